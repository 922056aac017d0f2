/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import java.util.Arrays;
import java.util.List;

/** How a source finds the rows it has not sent yet ({@code mode}). */
public enum Mode {
    /** Every row, every time: for small tables and tables without a column that tells what changed. */
    BULK("bulk"),
    /** Rows whose strictly increasing column is above the last one sent: new rows only. */
    INCREMENTING("incrementing"),
    /** Rows whose timestamp is after the last one sent: new and updated rows; ties may be missed. */
    TIMESTAMP("timestamp"),
    /** Timestamp, with ties between rows of the same timestamp resolved by the incrementing column. */
    TIMESTAMP_INCREMENTING("timestamp+incrementing");

    private final String configValue;

    Mode(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    public boolean usesIncrementing() {
        return this == INCREMENTING || this == TIMESTAMP_INCREMENTING;
    }

    public boolean usesTimestamp() {
        return this == TIMESTAMP || this == TIMESTAMP_INCREMENTING;
    }

    /** The value as {@code mode} spells it; the config's validator has already rejected anything else. */
    public static Mode of(String configValue) {
        for (Mode mode : values()) {
            if (mode.configValue.equals(configValue)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown mode " + configValue + "; known: " + configValues());
    }

    public static List<String> configValues() {
        return Arrays.stream(values()).map(Mode::configValue).toList();
    }
}
