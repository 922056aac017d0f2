/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.errors.ProcessingContext;
import dev.sluice.connect.errors.Stage;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.worker.TaskStatusListener;
import dev.sluice.connect.worker.WorkerTask;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link SourceTask}: poll, convert, produce, and commit offsets of acknowledged records every
 * {@code offset.flush.interval.ms} and when the task ends. A batch from {@code poll()} is sent completely before
 * the next poll, so pausing takes effect between batches. {@link #stop()} calls the task's {@code stop()} on the
 * requesting thread so a blocked {@code poll()} returns.
 */
public class SourceTaskRunner extends WorkerTask {

    private static final Logger log = LoggerFactory.getLogger(SourceTaskRunner.class);

    private final SourceTaskParts parts;
    private final SourceTask task;
    private final InFlightOffsets inFlight;
    private final RecordConversion conversion;
    private final Set<String> usedTopics = new HashSet<>();
    private final AtomicBoolean taskStopped = new AtomicBoolean();
    private volatile Throwable sendFailure;
    private long nextFlushMs;

    public SourceTaskRunner(ConnectorTaskId id, SourceTaskParts parts, TaskStatusListener listener,
                            TargetState initialState, ClassLoader pluginLoader) {
        super(id, listener, initialState, pluginLoader);
        this.parts = parts;
        this.task = parts.task();
        this.inFlight = new InFlightOffsets(parts.offsetWriter());
        this.conversion = new RecordConversion(parts.transformations().stages(), parts.keyConverter(),
                parts.valueConverter(), parts.headerConverter(), parts.retryAndTolerance());
    }

    @Override
    protected void initializeAndStart() {
        task.initialize(new RunnerTaskContext(parts.taskConfig(), parts.offsetReader(), parts.pluginMetrics()));
        task.start(parts.taskConfig());
        log.info("{} Source task finished initialization and start", this);
    }

    @Override
    protected void execute() throws Exception {
        nextFlushMs = System.currentTimeMillis() + parts.offsetFlushIntervalMs();
        while (!isStopping()) {
            failOnSendFailure();
            if (System.currentTimeMillis() >= nextFlushMs) {
                commitOffsets();
            }
            if (isPaused()) {
                // Nothing commits while the loop waits, so let the records sent so far finish and commit them now.
                awaitOutstanding();
                commitOffsets();
                if (!awaitUnpause()) {
                    break;
                }
                continue;
            }
            List<SourceRecord> batch = poll();
            if (batch != null && !batch.isEmpty()) {
                sendAll(batch);
            }
        }
        failOnSendFailure();
    }

    private List<SourceRecord> poll() {
        try {
            return task.poll();
        } catch (InterruptedException e) {
            // A task interrupted on the way to stopping simply returns nothing.
            return null;
        } catch (RetriableException | org.apache.kafka.common.errors.RetriableException e) {
            log.warn("{} failed to poll records from the source task; will poll again", this, e);
            return null;
        }
    }

    private void sendAll(List<SourceRecord> batch) {
        for (int i = 0, size = batch.size(); i < size; i++) {
            SourceRecord record = batch.get(i);
            ProducerRecord<byte[], byte[]> producerRecord = conversion.convert(record);
            if (producerRecord == null) {
                // Dropped by a transformation or skipped after a tolerated failure: done without an ack.
                inFlight.done(inFlight.submit(record.sourcePartition(), record.sourceOffset()));
                commitRecord(record, null);
                continue;
            }
            String topic = producerRecord.topic();
            if (parts.topicCreator() != null) {
                parts.topicCreator().ensureTopic(topic);
            }
            InFlightOffsets.Submitted submitted = inFlight.submit(record.sourcePartition(), record.sourceOffset());
            parts.producer().send(producerRecord, new Acknowledgement(record, submitted));
            if (usedTopics.add(topic)) {
                parts.topicListener().onTopicUsed(id, topic);
            }
        }
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
                commitRecord(record, metadata);
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
            log.error("{} failed to send record to {}", this, record.topic(), exception);
            if (sendFailure == null) {
                sendFailure = exception;
            }
            return;
        }
        log.warn("{} skipping record that could not be sent to {} (errors.tolerance=all)", this, record.topic(),
                exception);
        inFlight.done(submitted);
        commitRecord(record, null);
    }

    private void failOnSendFailure() {
        Throwable failure = sendFailure;
        if (failure != null) {
            throw new ConnectException("Unrecoverable exception from producer send callback", failure);
        }
    }

    private void commitRecord(SourceRecord record, RecordMetadata metadata) {
        try {
            task.commitRecord(record, metadata);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            log.error("{} Exception thrown while calling task.commitRecord()", this, t);
        }
    }

    /**
     * Commits the offsets of every record acknowledged so far, then calls the task's {@code commit()}.
     *
     * @return whether the offsets were committed
     */
    boolean commitOffsets() {
        nextFlushMs = System.currentTimeMillis() + parts.offsetFlushIntervalMs();
        long timeoutMs = parts.offsetFlushTimeoutMs();
        boolean flushing;
        try {
            flushing = parts.offsetWriter().beginFlush(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.error("{} Timed out waiting for the previous offset flush to finish", this);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (flushing) {
            try {
                parts.offsetWriter().doFlush().get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                log.error("{} Failed to commit offsets", this, e instanceof ExecutionException ? e.getCause() : e);
                parts.offsetWriter().cancelFlush();
                return false;
            } catch (InterruptedException e) {
                parts.offsetWriter().cancelFlush();
                Thread.currentThread().interrupt();
                return false;
            }
        }
        try {
            task.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            log.error("{} Exception thrown while calling task.commit()", this, t);
        }
        return true;
    }

    @Override
    protected void onStopRequested() {
        parts.retryAndTolerance().triggerStop();
        stopTask();
    }

    @Override
    protected void close() {
        if (!isCancelled()) {
            if (sendFailure == null) {
                // After a failed send the failed record never finishes, so waiting would only delay the commit.
                awaitOutstanding();
            }
            commitOffsets();
        }
        stopTask();
        closeQuietly("producer", () -> parts.producer().close(Duration.ofMillis(parts.offsetFlushTimeoutMs())));
        if (parts.topicCreator() != null) {
            closeQuietly("topic creator", parts.topicCreator()::close);
        }
        closeQuietly("transformations", parts.transformations()::close);
        closeQuietly("error handling", parts.retryAndTolerance()::close);
        closeQuietly("offset reader", parts.offsetReader()::close);
    }

    private void awaitOutstanding() {
        try {
            if (!inFlight.awaitAllDone(parts.offsetFlushTimeoutMs())) {
                log.warn("{} {} records were not acknowledged within {} ms; their offsets are not committed", this,
                        inFlight.outstanding(), parts.offsetFlushTimeoutMs());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The task's {@code stop()}, at most once, whichever of stop request and close comes first. */
    private void stopTask() {
        if (!taskStopped.compareAndSet(false, true)) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(task.getClass().getClassLoader());
        try {
            task.stop();
        } catch (Throwable t) {
            log.warn("{} Source task threw while stopping", this, t);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void closeQuietly(String what, Runnable closer) {
        try {
            closer.run();
        } catch (Throwable t) {
            log.warn("{} Failed to close the {}", this, what, t);
        }
    }

    /** Records handed to the producer whose acknowledgement is still outstanding. */
    public int outstandingRecords() {
        return inFlight.outstanding();
    }

    @Override
    public String toString() {
        return "SourceTaskRunner{id=" + id + '}';
    }
}
