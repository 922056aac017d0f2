/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.domain.ConnectorTaskId;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;

/**
 * Group {@code source-task-metrics} of one source task, with Apache's attribute names: records polled from the task
 * (before transformations) and written to Kafka (after them), as rates and totals, and how long each
 * {@code poll()} took. Recorded once per batch, not per record.
 */
public final class SourceTaskMetrics implements AutoCloseable {

    public static final String GROUP = "source-task-metrics";

    private final TaskMetricsGroup group;
    private final Sensor polled;
    private final Sensor written;
    private final Sensor pollTime;

    public SourceTaskMetrics(Metrics metrics, ConnectorTaskId id) {
        group = new TaskMetricsGroup(metrics, GROUP, id);
        polled = group.counted("source-record-poll", "Records this task's poll returned, counted before"
                + " transformations");
        written = group.counted("source-record-write", "Records sent to Kafka for this task, after transformations"
                + " (records they dropped are not counted)");
        pollTime = group.timed("poll-batch", "poll for one batch");
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

    @Override
    public void close() {
        group.close();
    }
}
