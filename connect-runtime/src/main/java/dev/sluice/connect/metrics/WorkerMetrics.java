/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import java.util.function.IntSupplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.metrics.stats.Frequencies;

/**
 * Group {@code connect-worker-metrics} ({@code kafka.connect:type=connect-worker-metrics}): how many connectors and
 * tasks the worker runs, and how their starts went, with Apache's attribute names. The percentages are the share of
 * the starts within the sample window that succeeded or failed, as a fraction between 0 and 1.
 */
public final class WorkerMetrics {

    public static final String GROUP = "connect-worker-metrics";

    private final Startups connectorStartups;
    private final Startups taskStartups;

    /** Adds the group to {@code metrics}; the counts are read from the worker whenever a reporter asks. */
    public WorkerMetrics(Metrics metrics, IntSupplier connectorCount, IntSupplier taskCount) {
        metrics.addMetric(metrics.metricName("connector-count", GROUP, "Connectors this worker runs now."),
                gauge(connectorCount));
        metrics.addMetric(metrics.metricName("task-count", GROUP, "Tasks this worker runs now."), gauge(taskCount));
        this.connectorStartups = new Startups(metrics, "connector");
        this.taskStartups = new Startups(metrics, "task");
    }

    /** A connector start was attempted and ended as {@code succeeded} says. */
    public void connectorStartup(boolean succeeded) {
        connectorStartups.record(succeeded);
    }

    /** A task start was attempted and ended as {@code succeeded} says. */
    public void taskStartup(boolean succeeded) {
        taskStartups.record(succeeded);
    }

    private static Measurable gauge(IntSupplier count) {
        return (config, now) -> count.getAsInt();
    }

    /** The five startup attributes of connectors or of tasks: attempts, successes and failures, and their shares. */
    private static final class Startups {

        private final Sensor attempts;
        private final Sensor successes;
        private final Sensor failures;
        private final Sensor results;

        Startups(Metrics metrics, String what) {
            attempts = metrics.sensor(what + "-startup-attempts");
            attempts.add(name(metrics, what, "attempts-total", "Starts of a " + what + " this worker tried."),
                    new CumulativeSum());
            successes = metrics.sensor(what + "-startup-successes");
            successes.add(name(metrics, what, "success-total", "Starts of a " + what + " that succeeded."),
                    new CumulativeSum());
            failures = metrics.sensor(what + "-startup-failures");
            failures.add(name(metrics, what, "failure-total", "Starts of a " + what + " that failed."),
                    new CumulativeSum());
            results = metrics.sensor(what + "-startup-results");
            results.add(Frequencies.forBooleanValues(
                    name(metrics, what, "failure-percentage",
                            "Of the " + what + " starts in the sample window, the share that failed (0 to 1)."),
                    name(metrics, what, "success-percentage",
                            "Of the " + what + " starts in the sample window, the share that succeeded (0 to 1).")));
        }

        private static MetricName name(Metrics metrics, String what, String suffix, String description) {
            return metrics.metricName(what + "-startup-" + suffix, GROUP, description);
        }

        void record(boolean succeeded) {
            attempts.record();
            (succeeded ? successes : failures).record();
            results.record(succeeded ? 1.0 : 0.0);
        }
    }
}
