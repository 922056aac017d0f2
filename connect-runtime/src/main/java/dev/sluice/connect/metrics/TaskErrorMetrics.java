/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.errors.ErrorStats;
import java.util.function.LongSupplier;
import org.apache.kafka.common.metrics.Metrics;

/**
 * Group {@code task-error-metrics} of one task, with Apache's attribute names: what the task's
 * {@code RetryAndTolerance} policy and its reporters (log, dead letter queue) counted since the task started. The
 * values are read from the task's {@link ErrorStats} when a reporter asks, so recording costs the task nothing more.
 */
public final class TaskErrorMetrics implements AutoCloseable {

    public static final String GROUP = "task-error-metrics";

    private final TaskMetricsGroup group;

    public TaskErrorMetrics(Metrics metrics, ConnectorTaskId id, ErrorStats stats) {
        group = new TaskMetricsGroup(metrics, GROUP, id);
        add("total-record-failures", "Attempts at a record stage that failed, each retry counted.",
                stats::recordFailures);
        add("total-record-errors", "Records whose failure stayed after any retries.", stats::recordErrors);
        add("total-records-skipped", "Failed records dropped because errors.tolerance is all.",
                stats::recordsSkipped);
        add("total-retries", "Retries of a stage after a retriable failure.", stats::retries);
        add("total-errors-logged", "Failures written to the log (errors.log.enable).", stats::errorsLogged);
        add("deadletterqueue-produce-requests", "Failed records sent to the dead letter queue topic.",
                stats::deadLetterQueueProduceRequests);
        add("deadletterqueue-produce-failures", "Sends to the dead letter queue topic that failed.",
                stats::deadLetterQueueProduceFailures);
        add("last-error-timestamp", "When the last record error happened, in ms since the epoch; -1 if none has.",
                stats::lastErrorTimestamp);
    }

    private void add(String name, String description, LongSupplier value) {
        group.gauge(name, description, value::getAsLong);
    }

    @Override
    public void close() {
        group.close();
    }
}
