/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

/** Whether a source connector can deliver exactly-once with a given configuration. */
public enum ExactlyOnceSupport {
    /** The connector supports exactly-once delivery. */
    SUPPORTED,
    /** The connector does not support exactly-once delivery. */
    UNSUPPORTED
}
