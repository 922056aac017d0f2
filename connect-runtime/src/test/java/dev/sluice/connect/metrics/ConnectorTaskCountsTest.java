/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import static dev.sluice.connect.metrics.MetricsFixtures.JMX;
import static dev.sluice.connect.metrics.MetricsFixtures.attribute;
import static dev.sluice.connect.metrics.MetricsFixtures.mbean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** Each connector with tasks on the worker has its task counts by state in connect-worker-metrics. */
class ConnectorTaskCountsTest {

    private static final ObjectName ORDERS = mbean("kafka.connect:type=connect-worker-metrics,connector=orders");
    private static final ObjectName BILLING = mbean("kafka.connect:type=connect-worker-metrics,connector=billing");

    private final Map<ConnectorTaskId, State> tasks = new ConcurrentHashMap<>();

    private int count(String connector, State state) {
        return (int) tasks.entrySet().stream()
                .filter(task -> task.getKey().connector().equals(connector))
                .filter(task -> state == null || task.getValue() == state)
                .count();
    }

    @Test
    void countsFollowTheTasksStatesAndGoWithTheConnectorsLastTask() {
        try (ConnectMetrics metrics = MetricsFixtures.workerRegistry()) {
            ConnectorTaskCounts counts = new ConnectorTaskCounts(metrics.registry(), this::count);
            tasks.put(new ConnectorTaskId("orders", 0), State.RUNNING);
            tasks.put(new ConnectorTaskId("orders", 1), State.UNASSIGNED);
            tasks.put(new ConnectorTaskId("billing", 0), State.RUNNING);
            counts.track(Set.of("orders", "billing"));

            assertEquals(2.0, attribute(ORDERS, "connector-total-task-count"));
            assertEquals(1.0, attribute(ORDERS, "connector-running-task-count"));
            assertEquals(1.0, attribute(ORDERS, "connector-unassigned-task-count"));
            assertEquals(0.0, attribute(ORDERS, "connector-failed-task-count"));

            tasks.put(new ConnectorTaskId("orders", 0), State.PAUSED);
            tasks.put(new ConnectorTaskId("orders", 1), State.FAILED);
            assertEquals(1.0, attribute(ORDERS, "connector-paused-task-count"));
            assertEquals(1.0, attribute(ORDERS, "connector-failed-task-count"));
            assertEquals(0.0, attribute(ORDERS, "connector-running-task-count"));

            tasks.remove(new ConnectorTaskId("billing", 0));
            counts.track(Set.of("orders"));
            assertFalse(JMX.isRegistered(BILLING), "a connector without tasks here has no counts");
            assertTrue(JMX.isRegistered(ORDERS));
        }
    }
}
