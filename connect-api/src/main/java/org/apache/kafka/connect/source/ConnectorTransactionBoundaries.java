/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

/** Whether a source connector can define its own transaction boundaries for a given configuration. */
public enum ConnectorTransactionBoundaries {
    /** The connector's tasks will define transaction boundaries through a {@link TransactionContext}. */
    SUPPORTED,
    /** The connector cannot define transaction boundaries. */
    UNSUPPORTED
}
