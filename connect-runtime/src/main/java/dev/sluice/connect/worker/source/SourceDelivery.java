/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * How a {@link SourceTaskRunner} hands converted records to Kafka and commits their source offsets: at least once
 * ({@link AcknowledgedDelivery}, offsets of acknowledged records committed periodically) or exactly once
 * ({@link TransactionalDelivery}, records and offsets in one producer transaction). Every method but
 * {@link #outstanding()} is called on the task thread.
 */
interface SourceDelivery {

    /** Before the task starts; a transactional producer claims its id here, fencing out older instances. */
    void open();

    /**
     * Sends one record.
     *
     * @param converted the record to send, or null when a transformation dropped it or its failure was tolerated;
     *                  its offset still counts as done
     */
    void deliver(SourceRecord record, ProducerRecord<byte[], byte[]> converted);

    /** All records of one {@code poll()} were handed to {@link #deliver}. */
    void batchDelivered();

    /** Commits when a periodic commit is due; called on every pass of the task loop. */
    void commitIfDue();

    /** Commits everything delivered so far: before the task pauses, so nothing waits while it is paused. */
    void commitBeforePause();

    /** The task ends without being cancelled: waits for what was sent and commits what may be committed. */
    void finish();

    /** Throws, on the task thread, a producer failure that ends the task. */
    void failOnProducerFailure();

    /** Records handed to the producer and not yet finished. */
    int outstanding();
}
