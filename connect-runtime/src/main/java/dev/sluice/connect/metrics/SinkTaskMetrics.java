/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.function.IntSupplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;

/**
 * Group {@code sink-task-metrics} of one sink task, with Apache's attribute names: records read from Kafka (before
 * transformations) and sent to the task's {@code put} (after them), as rates and totals, how long each {@code put}
 * took, and how many partitions the task holds. Recorded once per batch, not per record.
 */
public final class SinkTaskMetrics implements AutoCloseable {

    public static final String GROUP = "sink-task-metrics";

    private final TaskMetricsGroup group;
    private final Sensor read;
    private final Sensor sent;
    private final Sensor putTime;

    /** @param partitionCount how many partitions the task is assigned now, read whenever a reporter asks */
    public SinkTaskMetrics(Metrics metrics, ConnectorTaskId id, IntSupplier partitionCount) {
        group = new TaskMetricsGroup(metrics, GROUP, id);
        read = group.counted("sink-record-read", "Records this task consumed from Kafka, counted before"
                + " transformations");
        sent = group.counted("sink-record-send", "Records handed to this task's put, after transformations"
                + " (records they dropped are not counted)");
        putTime = group.timed("put-batch", "put of one batch");
        MetricName partitions = group.name("partition-count", "Topic partitions assigned to this task now.");
        metrics.addMetric(partitions, (Measurable) (config, now) -> partitionCount.getAsInt());
        group.removeOnClose(partitions);
    }

    /** A poll returned {@code records} records. */
    public void read(int records) {
        read.record(records);
    }

    /** {@code put} took {@code millis} for {@code records} records. */
    public void put(int records, long millis) {
        sent.record(records);
        putTime.record(millis);
    }

    @Override
    public void close() {
        group.close();
    }
}
