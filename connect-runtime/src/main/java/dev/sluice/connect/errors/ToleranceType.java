/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.Locale;
import org.apache.kafka.common.config.ConfigException;

/** The values of {@code errors.tolerance}. */
public enum ToleranceType {
    /** The first failure fails the task. */
    NONE,
    /** Failed records are reported and skipped. */
    ALL;

    /** The value as written in a connector config. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a config value, ignoring case. */
    public static ToleranceType parse(String value) {
        for (ToleranceType type : values()) {
            if (type.value().equalsIgnoreCase(value.trim())) {
                return type;
            }
        }
        throw new ConfigException(ErrorHandlingSettings.TOLERANCE, value, "Must be one of: none, all");
    }
}
