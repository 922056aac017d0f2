/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

import java.util.List;

/** Accepts a LIST config only when it holds at least one element. */
public class NonEmptyListValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null || ((List<?>) value).isEmpty()) {
            throw new ConfigException(name, value, "Empty list");
        }
    }

    @Override
    public String toString() {
        return "non-empty list";
    }
}
