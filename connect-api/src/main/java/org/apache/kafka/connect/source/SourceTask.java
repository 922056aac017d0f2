/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.connector.Task;

/** A task that pulls records from another system for the worker to write to Kafka. */
public abstract class SourceTask implements Task {

    /** Key of the setting that chooses how transactions are delimited when exactly-once support is enabled. */
    public static final String TRANSACTION_BOUNDARY_CONFIG = "transaction.boundary";

    protected SourceTaskContext context;

    public SourceTask() {
    }

    /** Hands the task its context before {@link #start(Map)}. */
    public void initialize(SourceTaskContext context) {
        this.context = context;
    }

    @Override
    public abstract void start(Map<String, String> props);

    /**
     * Returns newly available records. Should block while there is no data but return (null is fine) regularly so
     * the task can be paused; {@link #stop()} is called from another thread and should make this return promptly.
     */
    public abstract List<SourceRecord> poll() throws InterruptedException;

    /**
     * Called when offsets are committed, for tasks that also track offsets in their own system. The worker records
     * offsets itself, so nothing is done by default.
     */
    public void commit() throws InterruptedException {
    }

    /** Signals the task to stop polling; it need not have stopped when this returns. */
    @Override
    public abstract void stop();

    /**
     * Called for each record once the producer acknowledged it, or with null metadata when the record was filtered
     * out or dropped under a tolerant error policy. Nothing is done by default.
     */
    public void commitRecord(SourceRecord record, RecordMetadata metadata) throws InterruptedException {
    }

    /** Allowed values of {@link #TRANSACTION_BOUNDARY_CONFIG}. */
    public enum TransactionBoundary {
        /** One transaction per batch returned by {@link SourceTask#poll()}. */
        POLL,
        /** Transactions are committed on a configured time interval. */
        INTERVAL,
        /** The connector delimits transactions through a {@link TransactionContext}. */
        CONNECTOR;

        /** The style used when none is configured. */
        public static final TransactionBoundary DEFAULT = POLL;

        /** Parses a configured value, ignoring case and surrounding whitespace. */
        public static TransactionBoundary fromProperty(String property) {
            Objects.requireNonNull(property, "Value for transaction boundary property may not be null");
            return TransactionBoundary.valueOf(property.trim().toUpperCase(Locale.ROOT));
        }

        /** The lower-case form used in configuration. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
