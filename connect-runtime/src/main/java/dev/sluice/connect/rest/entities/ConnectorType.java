/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a connector is a source or a sink; UNKNOWN while its class cannot be loaded. */
public enum ConnectorType {
    SOURCE, SINK, UNKNOWN;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case JSON form. */
    @JsonCreator
    public static ConnectorType forValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
