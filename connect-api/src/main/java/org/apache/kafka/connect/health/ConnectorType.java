/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

import java.util.Locale;

/** The kind of a connector. */
public enum ConnectorType {
    /** A source connector. */
    SOURCE,
    /** A sink connector. */
    SINK,
    /** A connector whose kind could not be determined. */
    UNKNOWN;

    /** The lower-case form shown in the REST API. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
