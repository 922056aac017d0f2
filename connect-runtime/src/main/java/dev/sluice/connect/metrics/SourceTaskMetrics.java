/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.function.IntSupplier;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.Avg;
import org.apache.kafka.common.metrics.stats.Max;
import org.apache.kafka.common.metrics.stats.Min;

/**
 * Group {@code source-task-metrics} of one source task, with Apache's attribute names: records polled from the task
 * (before transformations) and written to Kafka (after them), as rates and totals, how long each {@code poll()}
 * took, how many records are on their way to Kafka (sent but not yet acknowledged, or not yet committed in a
 * transaction) and, for a task that writes in transactions, how many records each committed transaction held.
 * Recorded once per batch or transaction, not per record.
 */
public final class SourceTaskMetrics implements AutoCloseable {

    public static final String GROUP = "source-task-metrics";

    private final TaskMetricsGroup group;
    private final Sensor polled;
    private final Sensor written;
    private final Sensor pollTime;
    private final Sensor active;
    private final Sensor transactionSize;

    /**
     * @param activeRecords records handed to the producer and not yet finished, read whenever a reporter asks
     * @param transactional whether the task writes in transactions, so that its transaction sizes are measured
     */
    public SourceTaskMetrics(Metrics metrics, ConnectorTaskId id, IntSupplier activeRecords, boolean transactional) {
        group = new TaskMetricsGroup(metrics, GROUP, id);
        polled = group.counted("source-record-poll", "Records this task's poll returned, counted before"
                + " transformations");
        written = group.counted("source-record-write", "Records sent to Kafka for this task, after transformations"
                + " (records they dropped are not counted)");
        pollTime = group.timed("poll-batch", "poll for one batch");
        group.gauge("source-record-active-count", "Records of this task sent to Kafka and not yet acknowledged (or,"
                + " with transactions, not yet committed).", activeRecords::getAsInt);
        active = group.sensor("source-record-active");
        active.add(group.name("source-record-active-count-max", "The most records of this task on their way to"
                + " Kafka at once, as seen after each batch."), new Max());
        active.add(group.name("source-record-active-count-avg", "The mean number of records of this task on their"
                + " way to Kafka, as seen after each batch."), new Avg());
        if (transactional) {
            transactionSize = group.sensor("transaction-size");
            transactionSize.add(group.name("transaction-size-min", "The fewest records in one committed transaction"
                    + " of this task."), new Min());
            transactionSize.add(group.name("transaction-size-max", "The most records in one committed transaction"
                    + " of this task."), new Max());
            transactionSize.add(group.name("transaction-size-avg", "The mean number of records in the committed"
                    + " transactions of this task."), new Avg());
        } else {
            transactionSize = null;
        }
    }

    /** A {@code poll()} that took {@code millis} returned {@code records} records. */
    public void polled(int records, long millis) {
        pollTime.record(millis);
        polled.record(records);
    }

    /** Of a polled batch, {@code records} went to the producer (the rest were dropped or skipped). */
    public void written(int records) {
        written.record(records);
    }

    /** {@code records} records of this task are on their way to Kafka now. */
    public void active(int records) {
        active.record(records);
    }

    /** A transaction of {@code records} records was committed; ignored unless the task is transactional. */
    public void transactionCommitted(int records) {
        if (transactionSize != null) {
            transactionSize.record(records);
        }
    }

    @Override
    public void close() {
        group.close();
    }
}
