/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.VersionRange;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;

/** Accepts an unset version or a parsable version requirement, so a typo fails at validation, not at start. */
final class PluginVersionValidator implements ConfigDef.Validator {

    static final PluginVersionValidator INSTANCE = new PluginVersionValidator();

    private PluginVersionValidator() {
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            return;
        }
        try {
            VersionRange.parse(value.toString());
        } catch (ConnectException | IllegalArgumentException e) {
            throw new ConfigException(name, value, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "a version or version range";
    }
}
