/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import static dev.sluice.connect.metrics.MetricsFixtures.JMX;
import static dev.sluice.connect.metrics.MetricsFixtures.attribute;
import static dev.sluice.connect.metrics.MetricsFixtures.mbean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** A dashboard finds a task's status, state ratios, commit outcomes and batch sizes under Apache's names. */
class ConnectorTaskMetricsTest {

    private static final ObjectName TASK = mbean("kafka.connect:type=connector-task-metrics,connector=orders,task=2");

    @Test
    void statusRatiosCommitsAndBatchesAreMBeanAttributes() {
        AtomicLong now = new AtomicLong();
        TaskStateClock states = new TaskStateClock(State.UNASSIGNED, now::get);
        try (ConnectMetrics metrics = MetricsFixtures.workerRegistry()) {
            ConnectorTaskMetrics task = new ConnectorTaskMetrics(metrics.registry(), new ConnectorTaskId("orders", 2),
                    states, new TaskDescription("com.example.OrdersSource", "source", "2.1", "com.example.OrdersTask",
                            "2.1.3", "org.example.KeyConverter", "1.0", "org.example.ValueConverter", "undefined",
                            "org.example.HeaderConverter", null));
            assertEquals("unassigned", attribute(TASK, "status"));
            assertEquals("com.example.OrdersSource", attribute(TASK, "connector-class"));
            assertEquals("source", attribute(TASK, "connector-type"));
            assertEquals("2.1", attribute(TASK, "connector-version"));
            assertEquals("com.example.OrdersTask", attribute(TASK, "task-class"));
            assertEquals("2.1.3", attribute(TASK, "task-version"));
            assertEquals("org.example.KeyConverter", attribute(TASK, "key-converter-class"));
            assertEquals("1.0", attribute(TASK, "key-converter-version"));
            assertEquals("org.example.ValueConverter", attribute(TASK, "value-converter-class"));
            assertEquals("undefined", attribute(TASK, "value-converter-version"));
            assertEquals("org.example.HeaderConverter", attribute(TASK, "header-converter-class"));

            states.moveTo(State.RUNNING);
            now.addAndGet(300);
            states.moveTo(State.PAUSED);
            now.addAndGet(100);
            task.offsetCommitted(true, 10);
            task.offsetCommitted(false, 30);
            task.batch(4);
            task.batch(8);

            assertEquals("paused", attribute(TASK, "status"));
            assertEquals(0.75, attribute(TASK, "running-ratio"));
            assertEquals(0.25, attribute(TASK, "pause-ratio"));
            assertEquals(20.0, attribute(TASK, "offset-commit-avg-time-ms"));
            assertEquals(30.0, attribute(TASK, "offset-commit-max-time-ms"));
            assertEquals(0.5, attribute(TASK, "offset-commit-success-percentage"));
            assertEquals(0.5, attribute(TASK, "offset-commit-failure-percentage"));
            assertEquals(6.0, attribute(TASK, "batch-size-avg"));
            assertEquals(8.0, attribute(TASK, "batch-size-max"));

            task.close();
            assertFalse(JMX.isRegistered(TASK), "a task the worker let go of leaves no MBean behind");
        }
    }
}
