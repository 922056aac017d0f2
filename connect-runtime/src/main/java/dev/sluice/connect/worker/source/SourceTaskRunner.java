/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.metrics.SourceTaskMetrics;
import dev.sluice.connect.metrics.TaskErrorMetrics;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.worker.TaskStatusListener;
import dev.sluice.connect.worker.WorkerTask;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.connect.source.SourceTask.TransactionBoundary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link SourceTask}: poll, convert, and hand each record to its {@link SourceDelivery}, which sends it and
 * commits offsets: at least once (acknowledged offsets every {@code offset.flush.interval.ms}) or, with exactly-once
 * support, in transactions. A batch from {@code poll()} is sent completely before the next poll, so pausing takes
 * effect between batches. {@link #stop()} has the task's {@code stop()} called at once, so a blocked {@code poll()}
 * returns.
 */
public class SourceTaskRunner extends WorkerTask {

    private static final Logger log = LoggerFactory.getLogger(SourceTaskRunner.class);

    private final SourceTaskParts parts;
    private final SourceTask task;
    private final RecordConversion conversion;
    private final TaskTransactionContext transactionContext;
    private final SourceDelivery delivery;
    private final SourceTaskMetrics metrics;
    private final ConnectorTaskMetrics taskMetrics;
    private final Set<String> usedTopics = new HashSet<>();
    private final AtomicBoolean taskStopped = new AtomicBoolean();

    public SourceTaskRunner(ConnectorTaskId id, SourceTaskParts parts, TaskStatusListener listener,
                            TargetState initialState, ClassLoader pluginLoader) {
        super(id, listener, initialState, pluginLoader);
        this.parts = parts;
        this.task = parts.task();
        ExactlyOnceSettings exactlyOnce = parts.exactlyOnce();
        this.metrics = new SourceTaskMetrics(parts.metrics(), id, this::outstandingRecords, exactlyOnce != null);
        this.taskMetrics = keepUntilRemoved(new ConnectorTaskMetrics(parts.metrics(), id, stateClock(),
                parts.description()));
        keepUntilRemoved(new TaskErrorMetrics(parts.metrics(), id, parts.retryAndTolerance().stats()));
        DeliveryMetrics deliveryMetrics = new DeliveryMetrics(taskMetrics, metrics);
        this.conversion = new RecordConversion(parts.transformations().stages(), parts.keyConverter(),
                parts.valueConverter(), parts.headerConverter(), parts.retryAndTolerance());
        TaskCommitNotices notices = new TaskCommitNotices(task, toString());
        if (exactlyOnce == null) {
            this.transactionContext = null;
            this.delivery = new AcknowledgedDelivery(parts, notices, toString(), deliveryMetrics);
        } else {
            this.transactionContext = exactlyOnce.boundary() == TransactionBoundary.CONNECTOR
                    ? new TaskTransactionContext() : null;
            this.delivery = new TransactionalDelivery(parts.producer(), exactlyOnce, id.connector(),
                    new OffsetKeyCodec(), transactionContext, notices, toString(), deliveryMetrics);
        }
    }

    @Override
    protected void initializeAndStart() {
        delivery.open();
        task.initialize(new RunnerTaskContext(parts.taskConfig(), parts.offsetReader(), transactionContext,
                parts.pluginMetrics()));
        task.start(parts.taskConfig());
        log.info("{} Source task finished initialization and start", this);
    }

    @Override
    protected void execute() throws Exception {
        while (!isStopping()) {
            delivery.failOnProducerFailure();
            delivery.commitIfDue();
            if (isPaused()) {
                // Nothing commits while the loop waits, so let the records sent so far finish and commit them now.
                delivery.commitBeforePause();
                if (!awaitUnpause()) {
                    break;
                }
                continue;
            }
            long pollStarted = System.currentTimeMillis();
            List<SourceRecord> batch = poll();
            if (batch != null) {
                metrics.polled(batch.size(), System.currentTimeMillis() - pollStarted);
            }
            if (batch != null && !batch.isEmpty()) {
                taskMetrics.batch(batch.size());
                metrics.written(sendAll(batch));
                delivery.batchDelivered();
                metrics.active(delivery.outstanding());
            }
        }
        delivery.failOnProducerFailure();
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

    /** Hands the batch to the delivery; returns how many records are to be written (not dropped or skipped). */
    private int sendAll(List<SourceRecord> batch) {
        int written = 0;
        usedTopics.clear();
        for (int i = 0, size = batch.size(); i < size; i++) {
            SourceRecord record = batch.get(i);
            ProducerRecord<byte[], byte[]> producerRecord = conversion.convert(record);
            if (producerRecord != null) {
                String topic = producerRecord.topic();
                if (parts.topicCreator() != null) {
                    parts.topicCreator().ensureTopic(topic);
                }
                if (usedTopics.add(topic)) {
                    parts.topicListener().onTopicUsed(id, topic);
                }
                written++;
            }
            // Null: dropped by a transformation or skipped after a tolerated failure, done without an ack.
            delivery.deliver(record, producerRecord);
        }
        return written;
    }

    /**
     * Calls the task's {@code stop()} at once, so that a {@code poll()} blocked waiting for data returns, on a thread
     * of its own: a plugin whose {@code stop()} hangs must not hold the thread that asked (the herder's).
     */
    @Override
    protected void onStopRequested() {
        parts.retryAndTolerance().triggerStop();
        Thread stopper = new Thread(this::stopTask, "stop-" + id);
        stopper.setDaemon(true);
        stopper.start();
    }

    @Override
    protected void close() {
        if (!isCancelled()) {
            delivery.finish();
        }
        stopTask();
        closeQuietly("producer", () -> parts.producer().close(Duration.ofMillis(parts.offsetFlushTimeoutMs())));
        if (parts.topicCreator() != null) {
            closeQuietly("topic creator", parts.topicCreator()::close);
        }
        closeQuietly("transformations", parts.transformations()::close);
        closeQuietly("error handling", parts.retryAndTolerance()::close);
        closeQuietly("offset reader", parts.offsetReader()::close);
        closeQuietly("metrics", metrics::close);
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

    /** Records handed to the producer and not yet finished (acknowledged, or committed in a transaction). */
    public int outstandingRecords() {
        // Null only while the constructor runs, when a metrics reporter may already ask.
        SourceDelivery current = delivery;
        return current == null ? 0 : current.outstanding();
    }

    @Override
    public String toString() {
        return "SourceTaskRunner{id=" + id + '}';
    }
}
