/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import java.util.Locale;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.Avg;
import org.apache.kafka.common.metrics.stats.Frequencies;
import org.apache.kafka.common.metrics.stats.Max;

/**
 * Group {@code connector-task-metrics} of one source or sink task, with Apache's attribute names: its status (text,
 * so JMX only), the shares of its life spent running and paused, how long its offset commits took and how many of
 * them failed, how large the batches it handled were, and which plugins it runs with ({@link TaskDescription}). It outlives the task's thread on purpose: a failed task
 * keeps showing {@code failed} and its last numbers until the worker lets go of it (restart, revocation, deletion).
 */
public final class ConnectorTaskMetrics implements AutoCloseable {

    public static final String GROUP = "connector-task-metrics";

    private final TaskMetricsGroup group;
    private final Sensor commitTime;
    private final Sensor commitOutcomes;
    private final Sensor batchSize;

    /** @param states the task's state clock, read whenever a reporter asks */
    public ConnectorTaskMetrics(Metrics metrics, ConnectorTaskId id, TaskStateClock states,
                                TaskDescription plugins) {
        group = new TaskMetricsGroup(metrics, GROUP, id);
        describe(plugins);
        group.text("status", "What the task reports now: unassigned, running, paused or failed.",
                () -> states.state().name().toLowerCase(Locale.ROOT));
        group.gauge("running-ratio", "Share of the task's life so far (0 to 1) spent running.",
                () -> states.ratio(State.RUNNING));
        group.gauge("pause-ratio", "Share of the task's life so far (0 to 1) spent paused.",
                () -> states.ratio(State.PAUSED));
        commitTime = group.timed("offset-commit", "offset commit of this task");
        commitOutcomes = group.sensor("offset-commit-outcomes");
        commitOutcomes.add(Frequencies.forBooleanValues(
                group.name("offset-commit-failure-percentage",
                        "Of this task's offset commits in the sample window, the share that failed (0 to 1)."),
                group.name("offset-commit-success-percentage",
                        "Of this task's offset commits in the sample window, the share that succeeded (0 to 1).")));
        batchSize = group.sensor("batch-size");
        batchSize.add(group.name("batch-size-max", "The most records in one batch this task handled (a poll's"
                + " records for a source task, a put's for a sink task)."), new Max());
        batchSize.add(group.name("batch-size-avg", "The mean number of records in the batches this task handled."),
                new Avg());
    }

    private void describe(TaskDescription plugins) {
        group.text("connector-class", "The connector's class.", plugins::connectorClass);
        group.text("connector-type", "source or sink.", plugins::connectorType);
        group.text("connector-version", "The version of the connector's plugin.", plugins::connectorVersion);
        group.text("task-class", "The task's class.", plugins::taskClass);
        group.text("task-version", "The version the task reports.", plugins::taskVersion);
        group.text("key-converter-class", "The class of the task's key converter.", plugins::keyConverterClass);
        group.text("key-converter-version", "The version the key converter reports.", plugins::keyConverterVersion);
        group.text("value-converter-class", "The class of the task's value converter.",
                plugins::valueConverterClass);
        group.text("value-converter-version", "The version the value converter reports.",
                plugins::valueConverterVersion);
        group.text("header-converter-class", "The class of the task's header converter.",
                plugins::headerConverterClass);
        group.text("header-converter-version", "The version the header converter reports.",
                plugins::headerConverterVersion);
    }

    /** An offset commit ended as {@code succeeded} says after {@code millis}. */
    public void offsetCommitted(boolean succeeded, long millis) {
        commitTime.record(millis);
        commitOutcomes.record(succeeded ? 1.0 : 0.0);
    }

    /** The task handled a batch of {@code records} records. */
    public void batch(int records) {
        batchSize.record(records);
    }

    @Override
    public void close() {
        group.close();
    }
}
