/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.domain.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;

/**
 * The per-connector part of {@code connect-worker-metrics}
 * ({@code kafka.connect:type=connect-worker-metrics,connector=<name>}): how many of the connector's tasks this worker
 * runs, in total and by the state each reported last. A connector's MBean is there while the worker runs at least
 * one of its tasks. Apache also has destroyed and restarting counts; a task here never reports those states (a
 * restart goes through unassigned, a deleted connector's tasks are stopped and forgotten), so they are left out.
 */
public final class ConnectorTaskCounts {

    /** The states counted, with the attribute each count goes by. */
    private static final Map<State, String> COUNTED = Map.of(
            State.RUNNING, "connector-running-task-count",
            State.PAUSED, "connector-paused-task-count",
            State.FAILED, "connector-failed-task-count",
            State.UNASSIGNED, "connector-unassigned-task-count");

    private final Metrics metrics;
    private final ToIntBiFunction<String, State> tasksInState;
    private final Map<String, List<MetricName>> registered = new HashMap<>();

    /**
     * @param tasksInState how many of a connector's tasks on this worker are in a state, or, given null for the
     *                     state, how many there are at all; asked whenever a reporter reads a count
     */
    public ConnectorTaskCounts(Metrics metrics, ToIntBiFunction<String, State> tasksInState) {
        this.metrics = metrics;
        this.tasksInState = tasksInState;
    }

    /** Adds the counts of connectors that now have tasks here and removes those of connectors that have none. */
    public synchronized void track(Set<String> connectorsWithTasks) {
        registered.keySet().removeIf(connector -> {
            if (connectorsWithTasks.contains(connector)) {
                return false;
            }
            registered.get(connector).forEach(metrics::removeMetric);
            return true;
        });
        for (String connector : connectorsWithTasks) {
            registered.computeIfAbsent(connector, this::register);
        }
    }

    private List<MetricName> register(String connector) {
        List<MetricName> names = new ArrayList<>();
        names.add(add(connector, "connector-total-task-count", "Tasks of the connector this worker runs.", null));
        COUNTED.forEach((state, attribute) -> names.add(add(connector, attribute,
                "Tasks of the connector on this worker whose last reported state is "
                        + state.name().toLowerCase(Locale.ROOT) + ".", state)));
        return names;
    }

    private MetricName add(String connector, String attribute, String description, State state) {
        MetricName name = metrics.metricName(attribute, WorkerMetrics.GROUP, description,
                Map.of("connector", connector));
        metrics.addMetric(name, (Measurable) (config, now) -> tasksInState.applyAsInt(connector, state));
        return name;
    }
}
