/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.errors.ProcessingContext;
import dev.sluice.connect.errors.Stage;
import dev.sluice.connect.storage.SourceOffsetWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At-least-once delivery: records are sent without transactions, and the offsets of acknowledged records are
 * committed every {@code offset.flush.interval.ms}, before a pause and when the task ends. A crash re-sends what was
 * acknowledged after the last commit, never less.
 */
final class AcknowledgedDelivery implements SourceDelivery {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgedDelivery.class);

    private final SourceTaskParts parts;
    private final SourceOffsetWriter writer;
    private final InFlightOffsets inFlight;
    private final TaskCommitNotices notices;
    private final String taskName;
    private final DeliveryMetrics metrics;
    private volatile Throwable sendFailure;
    private long nextFlushMs;

    AcknowledgedDelivery(SourceTaskParts parts, TaskCommitNotices notices, String taskName, DeliveryMetrics metrics) {
        this.parts = parts;
        this.metrics = metrics;
        this.writer = parts.offsetWriter();
        this.inFlight = new InFlightOffsets(writer);
        this.notices = notices;
        this.taskName = taskName;
    }

    @Override
    public void open() {
        nextFlushMs = System.currentTimeMillis() + parts.offsetFlushIntervalMs();
    }

    @Override
    public void deliver(SourceRecord record, ProducerRecord<byte[], byte[]> converted) {
        InFlightOffsets.Submitted submitted = inFlight.submit(record.sourcePartition(), record.sourceOffset());
        if (converted == null) {
            inFlight.done(submitted);
            notices.recordCommitted(record, null);
            return;
        }
        parts.producer().send(converted, new Acknowledgement(record, submitted));
    }

    @Override
    public void batchDelivered() {
    }

    @Override
    public void commitIfDue() {
        if (System.currentTimeMillis() >= nextFlushMs) {
            commitOffsets();
        }
    }

    @Override
    public void commitBeforePause() {
        awaitOutstanding();
        commitOffsets();
    }

    @Override
    public void finish() {
        if (sendFailure == null) {
            // After a failed send the failed record never finishes, so waiting would only delay the commit.
            awaitOutstanding();
        }
        commitOffsets();
    }

    @Override
    public void failOnProducerFailure() {
        Throwable failure = sendFailure;
        if (failure != null) {
            throw new ConnectException("Unrecoverable exception from producer send callback", failure);
        }
    }

    @Override
    public int outstanding() {
        return inFlight.outstanding();
    }

    /** Receives the producer's verdict on one record, on the producer's I/O thread. */
    private final class Acknowledgement implements Callback {
        private final SourceRecord record;
        private final InFlightOffsets.Submitted submitted;

        Acknowledgement(SourceRecord record, InFlightOffsets.Submitted submitted) {
            this.record = record;
            this.submitted = submitted;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception == null) {
                inFlight.done(submitted);
                notices.recordCommitted(record, metadata);
                return;
            }
            handleSendFailure(record, submitted, exception);
        }
    }

    private void handleSendFailure(SourceRecord record, InFlightOffsets.Submitted submitted, Exception exception) {
        try {
            parts.retryAndTolerance().executeFailed(new ProcessingContext<>(record), Stage.KAFKA_PRODUCE,
                    parts.producer().getClass(), exception);
        } catch (ConnectException notTolerated) {
            log.error("{} failed to send record to {}", taskName, record.topic(), exception);
            if (sendFailure == null) {
                sendFailure = exception;
            }
            return;
        }
        log.warn("{} skipping record that could not be sent to {} (errors.tolerance=all)", taskName, record.topic(),
                exception);
        inFlight.done(submitted);
        notices.recordCommitted(record, null);
    }

    /**
     * Commits the offsets of every record acknowledged so far, then calls the task's {@code commit()}.
     *
     * @return whether the offsets were committed
     */
    boolean commitOffsets() {
        long started = System.currentTimeMillis();
        boolean committed = flushOffsets();
        metrics.offsetCommit(committed, started);
        return committed;
    }

    private boolean flushOffsets() {
        nextFlushMs = System.currentTimeMillis() + parts.offsetFlushIntervalMs();
        inFlight.handOverCommittable();
        long timeoutMs = parts.offsetFlushTimeoutMs();
        boolean flushing;
        try {
            flushing = writer.beginFlush(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.error("{} Timed out waiting for the previous offset flush to finish", taskName);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (flushing) {
            try {
                writer.doFlush().get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                log.error("{} Failed to commit offsets", taskName, e instanceof ExecutionException ? e.getCause() : e);
                writer.cancelFlush();
                return false;
            } catch (InterruptedException e) {
                writer.cancelFlush();
                Thread.currentThread().interrupt();
                return false;
            }
        }
        notices.offsetsCommitted();
        return true;
    }

    private void awaitOutstanding() {
        try {
            if (!inFlight.awaitAllDone(parts.offsetFlushTimeoutMs())) {
                log.warn("{} {} records were not acknowledged within {} ms; their offsets are not committed",
                        taskName, inFlight.outstanding(), parts.offsetFlushTimeoutMs());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
