/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

/** Shared constants of the date and time logical types. */
final class LogicalTime {

    /** Days are a fixed 24 hours: the logical types ignore leap seconds and time zones. */
    static final long MILLIS_PER_DAY = 24L * 60 * 60 * 1000;

    private LogicalTime() {
    }
}
