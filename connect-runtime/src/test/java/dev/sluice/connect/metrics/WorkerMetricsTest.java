/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sluice.connect.config.StandaloneConfig;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** A Connect dashboard reads kafka.connect:type=connect-worker-metrics over JMX and finds Apache's attributes. */
class WorkerMetricsTest {

    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();

    @Test
    void countsAndStartupOutcomesAreMBeanAttributesUnderApachesNames() throws Exception {
        AtomicInteger connectors = new AtomicInteger();
        ObjectName group = new ObjectName("kafka.connect:type=connect-worker-metrics");
        try (ConnectMetrics metrics = ConnectMetrics.forWorker(new StandaloneConfig(Map.of(
                "bootstrap.servers", "localhost:9092",
                "key.converter", "org.apache.kafka.connect.storage.StringConverter",
                "value.converter", "org.apache.kafka.connect.storage.StringConverter",
                "offset.storage.file.filename", "offsets")))) {
            WorkerMetrics worker = new WorkerMetrics(metrics.registry(), connectors::get, () -> 3);
            connectors.set(2);
            worker.connectorStartup(true);
            worker.connectorStartup(false);
            worker.taskStartup(true);

            assertEquals(2.0, JMX.getAttribute(group, "connector-count"));
            assertEquals(3.0, JMX.getAttribute(group, "task-count"));
            assertEquals(2.0, JMX.getAttribute(group, "connector-startup-attempts-total"));
            assertEquals(1.0, JMX.getAttribute(group, "connector-startup-success-total"));
            assertEquals(1.0, JMX.getAttribute(group, "connector-startup-failure-total"));
            assertEquals(0.5, JMX.getAttribute(group, "connector-startup-success-percentage"));
            assertEquals(0.5, JMX.getAttribute(group, "connector-startup-failure-percentage"));
            assertEquals(1.0, JMX.getAttribute(group, "task-startup-attempts-total"));
            assertEquals(1.0, JMX.getAttribute(group, "task-startup-success-percentage"));
            assertEquals(0.0, JMX.getAttribute(group, "task-startup-failure-total"));
        }
        assertFalse(JMX.isRegistered(group), "a stopped worker leaves no MBean behind");
    }
}
