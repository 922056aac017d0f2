/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

/**
 * Lets a source task decide where producer transactions end when exactly-once support is enabled and the connector
 * defines its own boundaries. When both a batch-level and a record-level request apply to the same batch, the
 * record-level one wins.
 */
public interface TransactionContext {

    /** Commits the transaction once the next batch returned by {@link SourceTask#poll()} has been processed. */
    void commitTransaction();

    /** Commits the transaction right after the given record, which becomes its last record. */
    void commitTransaction(SourceRecord record);

    /**
     * Aborts the transaction after the next batch from {@link SourceTask#poll()}. Its records are dropped but its
     * offsets are still committed, so they are not re-read; throw instead if the data must be reprocessed.
     */
    void abortTransaction();

    /**
     * Aborts the transaction right after the given record, which becomes its last record; offsets are still
     * committed as for {@link #abortTransaction()}.
     */
    void abortTransaction(SourceRecord record);
}
