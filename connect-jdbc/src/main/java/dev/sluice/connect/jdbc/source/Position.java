/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import java.sql.Timestamp;

/**
 * How far a table has been copied: the last row's incrementing value and/or timestamp (with its nanoseconds).
 * A null part means "from the beginning".
 */
record Position(Long incrementing, Timestamp timestamp) {

    static final Position BEGINNING = new Position(null, null);

    /** The incrementing bound to query above; with no row seen yet, below every value. */
    long incrementingOrMin() {
        return incrementing == null ? Long.MIN_VALUE : incrementing;
    }
}
