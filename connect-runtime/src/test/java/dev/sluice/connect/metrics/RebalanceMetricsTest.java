/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import static dev.sluice.connect.metrics.MetricsFixtures.attribute;
import static dev.sluice.connect.metrics.MetricsFixtures.mbean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** A dashboard sees each rebalance of the worker start, end and how long it took, under Apache's names. */
class RebalanceMetricsTest {

    private static final ObjectName GROUP = mbean("kafka.connect:type=connect-worker-rebalance-metrics");

    @Test
    void rebalancesAreCountedAndTimedFromTheirStartToTheAssignment() {
        AtomicLong now = new AtomicLong(1_000);
        try (ConnectMetrics metrics = MetricsFixtures.workerRegistry()) {
            RebalanceMetrics rebalances = new RebalanceMetrics(metrics.registry(), now::get);
            assertEquals(0.0, attribute(GROUP, "rebalancing"));
            assertEquals(0.0, attribute(GROUP, "completed-rebalances-total"));
            assertEquals(Double.POSITIVE_INFINITY, attribute(GROUP, "time-since-last-rebalance-ms"));
            assertEquals(-1.0, attribute(GROUP, "epoch"));
            assertNull(attribute(GROUP, "leader-name"));

            rebalances.started();
            now.addAndGet(250);
            assertEquals(1.0, attribute(GROUP, "rebalancing"));
            rebalances.started();
            now.addAndGet(50);
            rebalances.completed("sessioned", "http://leader:8083/", 3);

            assertEquals(0.0, attribute(GROUP, "rebalancing"));
            assertEquals(1.0, attribute(GROUP, "completed-rebalances-total"));
            assertEquals(300.0, attribute(GROUP, "rebalance-max-time-ms"), "from the first start, not the second");
            assertEquals(3.0, attribute(GROUP, "epoch"));
            assertEquals("sessioned", attribute(GROUP, "connect-protocol"));
            assertEquals("http://leader:8083/", attribute(GROUP, "leader-name"));

            now.addAndGet(40);
            assertEquals(40.0, attribute(GROUP, "time-since-last-rebalance-ms"));
            rebalances.started();
            now.addAndGet(100);
            rebalances.completed("sessioned", "http://leader:8083/", 4);
            assertEquals(2.0, attribute(GROUP, "completed-rebalances-total"));
            assertEquals(200.0, attribute(GROUP, "rebalance-avg-time-ms"));
            assertEquals(300.0, attribute(GROUP, "rebalance-max-time-ms"));
            assertEquals(0.0, attribute(GROUP, "time-since-last-rebalance-ms"));
        }
    }
}
