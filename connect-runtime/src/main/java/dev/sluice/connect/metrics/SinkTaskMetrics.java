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
import org.apache.kafka.common.metrics.stats.Avg;
import org.apache.kafka.common.metrics.stats.Max;
import org.apache.kafka.common.metrics.stats.Value;

/**
 * Group {@code sink-task-metrics} of one sink task, with Apache's attribute names: records read from Kafka (before
 * transformations) and sent to the task's {@code put} (after them), as rates and totals, how long each {@code put}
 * took, and how many partitions the task holds; its asynchronous offset commits (sequence number, completions and
 * completions that came too late to count), and how many records it read whose offsets are not committed yet.
 * Recorded once per batch or commit, not per record.
 */
public final class SinkTaskMetrics implements AutoCloseable {

    public static final String GROUP = "sink-task-metrics";

    private final TaskMetricsGroup group;
    private final Sensor read;
    private final Sensor sent;
    private final Sensor putTime;
    private final Sensor commitSequence;
    private final Sensor commitCompleted;
    private final Sensor commitSkipped;
    private final Sensor active;

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
        commitSequence = group.sensor("offset-commit-seq-no");
        commitSequence.add(group.name("offset-commit-seq-no", "The sequence number of this task's latest"
                + " asynchronous offset commit."), new Value());
        commitSequence.record(0);
        commitCompleted = group.counted("offset-commit-completion", "Asynchronous offset commits of this task that"
                + " completed successfully");
        commitSkipped = group.counted("offset-commit-skip", "Offset commit completions of this task that arrived"
                + " after a newer commit had started, and were ignored");
        active = group.sensor("sink-record-active");
        active.add(group.name("sink-record-active-count", "Records this task read from Kafka whose offsets are not"
                + " committed yet."), new Value());
        active.add(group.name("sink-record-active-count-max", "The most records read and not yet committed, as seen"
                + " after each poll and commit."), new Max());
        active.add(group.name("sink-record-active-count-avg", "The mean number of records read and not yet"
                + " committed, as seen after each poll and commit."), new Avg());
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

    /** An asynchronous offset commit with sequence number {@code sequence} was sent. */
    public void commitStarted(int sequence) {
        commitSequence.record(sequence);
    }

    /** The current asynchronous offset commit completed successfully. */
    public void commitCompleted() {
        commitCompleted.record();
    }

    /** A commit completion arrived after a newer commit had started and was ignored. */
    public void commitSkipped() {
        commitSkipped.record();
    }

    /** {@code records} records read from Kafka are not committed yet. */
    public void active(long records) {
        active.record(records);
    }

    @Override
    public void close() {
        group.close();
    }
}
