/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import java.util.regex.Pattern;

/** Accepts a STRING config only when it compiles as a {@link Pattern}; the error carries the compiler's reason. */
public class RegexValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        try {
            Pattern.compile((String) value);
        } catch (Exception e) {
            throw new ConfigException(name, value, "Invalid regex: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "valid regex";
    }
}
