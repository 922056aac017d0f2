/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.storage.OffsetKeyCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TransactionAbortedException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask.TransactionBoundary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once delivery (KIP-618): the task's records and the source offsets they reach are written by one
 * transactional producer in one transaction, so a reader with {@code read_committed} sees a record exactly when its
 * offset is committed. A transaction ends after every batch ({@code poll}), every interval ({@code interval}), or
 * when the task asks through its {@link TaskTransactionContext} ({@code connector}). An aborted transaction discards
 * its records but still commits their offsets, so the task does not produce them again.
 *
 * <p>A newer instance of the task (after a rebalance, or the leader's zombie fencing) fences this producer out: the
 * next commit fails and the task stops with a failure instead of writing as a zombie.
 */
final class TransactionalDelivery implements SourceDelivery {

    private static final Logger log = LoggerFactory.getLogger(TransactionalDelivery.class);

    private record Sent(SourceRecord record, Future<RecordMetadata> ack) {
    }

    private final Producer<byte[], byte[]> producer;
    private final ExactlyOnceSettings settings;
    private final String connector;
    private final OffsetKeyCodec codec;
    private final TaskTransactionContext context;
    private final TaskCommitNotices notices;
    private final String taskName;
    private final DeliveryMetrics metrics;
    private final List<Sent> sent = new ArrayList<>();
    private final Map<Map<String, ?>, Map<String, ?>> offsets = new LinkedHashMap<>();
    private volatile Exception sendFailure;
    private volatile int outstanding;
    private boolean inTransaction;
    private boolean fenced;
    private long nextCommitMs;

    /** @param context the task's transaction context; null unless the connector defines the boundaries */
    TransactionalDelivery(Producer<byte[], byte[]> producer, ExactlyOnceSettings settings, String connector,
                          OffsetKeyCodec codec, TaskTransactionContext context, TaskCommitNotices notices,
                          String taskName, DeliveryMetrics metrics) {
        this.metrics = metrics;
        this.producer = producer;
        this.settings = settings;
        this.connector = connector;
        this.codec = codec;
        this.context = context;
        this.notices = notices;
        this.taskName = taskName;
    }

    @Override
    public void open() {
        try {
            producer.initTransactions();
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            fenced = true;
            throw fencedOut(e);
        }
        nextCommitMs = System.currentTimeMillis() + settings.intervalMs();
        log.info("{} writes its records and offsets (topic {}) in transactions, boundary {}", taskName,
                settings.offsetsTopic(), settings.boundary());
    }

    @Override
    public void deliver(SourceRecord record, ProducerRecord<byte[], byte[]> converted) {
        failOnProducerFailure();
        if (!inTransaction) {
            producer.beginTransaction();
            inTransaction = true;
        }
        Future<RecordMetadata> ack = null;
        if (converted != null) {
            ack = producer.send(converted, (metadata, exception) -> {
                // Records of a transaction this runner aborted fail with TransactionAbortedException: as intended.
                if (exception != null && !(exception instanceof TransactionAbortedException) && sendFailure == null) {
                    sendFailure = exception;
                }
            });
        }
        sent.add(new Sent(record, ack));
        outstanding = sent.size();
        if (record.sourcePartition() != null && record.sourceOffset() != null) {
            offsets.put(record.sourcePartition(), record.sourceOffset());
        }
        if (context != null) {
            act(context.takeFor(record));
        }
    }

    @Override
    public void batchDelivered() {
        if (settings.boundary() == TransactionBoundary.POLL) {
            commit();
        } else if (context != null) {
            act(context.takeForBatch());
        }
    }

    private void act(TaskTransactionContext.Request request) {
        if (request == TaskTransactionContext.Request.COMMIT) {
            commit();
        } else if (request == TaskTransactionContext.Request.ABORT) {
            abort();
        }
    }

    @Override
    public void commitIfDue() {
        if (settings.boundary() == TransactionBoundary.INTERVAL && System.currentTimeMillis() >= nextCommitMs) {
            commit();
        }
    }

    @Override
    public void commitBeforePause() {
        // A transaction must not stay open while the task is paused; it would time out at the coordinator.
        commit();
    }

    /**
     * Commits the open transaction, unless a send failed, the producer was fenced, or the connector defines the
     * boundaries (it did not ask to commit these records, so they are aborted and polled again after a restart).
     */
    @Override
    public void finish() {
        if (!inTransaction || fenced) {
            return;
        }
        try {
            if (sendFailure != null || settings.boundary() == TransactionBoundary.CONNECTOR) {
                producer.abortTransaction();
                inTransaction = false;
                log.info("{} aborted its open transaction of {} records on stopping", taskName, sent.size());
            } else {
                commit();
            }
        } catch (RuntimeException e) {
            log.warn("{} could not end its open transaction on stopping; the next instance of the task aborts it",
                    taskName, e);
        }
    }

    @Override
    public void failOnProducerFailure() {
        Exception failure = sendFailure;
        if (failure == null) {
            return;
        }
        if (failure instanceof ProducerFencedException || failure instanceof InvalidProducerEpochException) {
            fenced = true;
            throw fencedOut(failure);
        }
        throw new ConnectException("Unrecoverable exception from producer send callback; the transaction of "
                + taskName + " is aborted", failure);
    }

    @Override
    public int outstanding() {
        return outstanding;
    }

    /** Writes the offsets reached, commits, then tells the task; nothing happens without an open transaction. */
    void commit() {
        if (!inTransaction) {
            return;
        }
        failOnProducerFailure();
        long started = System.currentTimeMillis();
        try {
            writeOffsets();
            producer.commitTransaction();
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            metrics.offsetCommit(false, started);
            fenced = true;
            throw fencedOut(e);
        } catch (KafkaException e) {
            metrics.offsetCommit(false, started);
            throw new ConnectException("Failed to commit the transaction of " + taskName, e);
        }
        metrics.offsetCommit(true, started);
        metrics.transactionCommitted((int) sent.stream().filter(record -> record.ack() != null).count());
        inTransaction = false;
        nextCommitMs = System.currentTimeMillis() + settings.intervalMs();
        for (Sent record : sent) {
            notices.recordCommitted(record.record(), metadata(record.ack()));
        }
        clear();
    }

    /** Discards the records of the open transaction and commits their offsets in a transaction of their own. */
    void abort() {
        if (!inTransaction) {
            return;
        }
        try {
            producer.abortTransaction();
            inTransaction = false;
            if (!offsets.isEmpty()) {
                producer.beginTransaction();
                inTransaction = true;
                writeOffsets();
                producer.commitTransaction();
                inTransaction = false;
            }
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            fenced = true;
            throw fencedOut(e);
        } catch (KafkaException e) {
            throw new ConnectException("Failed to abort the transaction of " + taskName, e);
        }
        log.debug("{} aborted a transaction of {} records at the task's request", taskName, sent.size());
        for (Sent record : sent) {
            notices.recordCommitted(record.record(), null);
        }
        clear();
    }

    private void clear() {
        sent.clear();
        offsets.clear();
        outstanding = 0;
        notices.offsetsCommitted();
    }

    private void writeOffsets() {
        for (Map.Entry<Map<String, ?>, Map<String, ?>> entry : offsets.entrySet()) {
            ByteBuffer key = codec.encodeKey(connector, entry.getKey());
            ByteBuffer value = codec.encodeValue(connector, entry.getValue());
            producer.send(new ProducerRecord<>(settings.offsetsTopic(), bytes(key), bytes(value)));
        }
    }

    private static RecordMetadata metadata(Future<RecordMetadata> ack) {
        if (ack == null) {
            return null;
        }
        try {
            return ack.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // Unreachable after a successful commit; the task is told the record was not written.
            return null;
        }
    }

    private ConnectException fencedOut(Exception cause) {
        return new ConnectException(taskName + " was fenced out: a newer instance of this task (or the leader's"
                + " zombie fencing) took over its transactional id, so it stops without writing anything more",
                cause);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }
}
