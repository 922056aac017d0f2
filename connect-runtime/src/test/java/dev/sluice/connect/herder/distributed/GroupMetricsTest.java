/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static dev.sluice.connect.herder.distributed.GroupWorker.awaitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.metrics.RebalanceMetrics;
import dev.sluice.connect.storage.MemoryConfigStore;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each worker's rebalances show in connect-worker-rebalance-metrics, and what the group assigned it in the
 * coordinator's assigned-connectors and assigned-tasks, as workers join a real group.
 */
@WithSharedKafka
class GroupMetricsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final PolledClusters clusters = new PolledClusters();
    private final List<Metrics> registries = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        clusters.close();
        registries.forEach(Metrics::close);
    }

    /** A cluster polled on its own thread, as the herder loop polls it, with its rebalance metrics in {@code into}. */
    private GroupCluster start(String url, Map<String, Object> settings, MemoryConfigStore store, Metrics into) {
        return clusters.start(url, settings, store, Duration.ofSeconds(1),
                new RebalanceMetrics(into, System::currentTimeMillis));
    }

    @Test
    void rebalancesAndAssignedWorkAreMeasuredAsWorkersJoin(KafkaEndpoint kafka) {
        String groupId = "group-metrics-" + UUID.randomUUID();
        MemoryConfigStore store = new MemoryConfigStore();
        store.putConnectorConfig("a", Map.of("connector.class", "Whatever"), TargetState.STARTED);
        store.putConnectorConfig("b", Map.of("connector.class", "Whatever"), TargetState.STARTED);
        Metrics leaderMetrics = registry();
        GroupCluster leader = start("http://leader:8083/", settings(kafka, groupId, "metrics-leader"), store,
                leaderMetrics);
        awaitUntil(DEADLINE, "the leader assigned", () -> !leader.rebalancing() && leader.isLeader());

        assertEquals(1.0, value(leaderMetrics, "completed-rebalances-total"));
        assertEquals((double) leader.generation(), value(leaderMetrics, "epoch"));
        assertEquals(0.0, value(leaderMetrics, "rebalancing"));
        assertEquals("sessioned", leaderMetrics.metric(name("connect-protocol")).metricValue());
        assertEquals("http://leader:8083/", leaderMetrics.metric(name("leader-name")).metricValue());
        assertEquals(2.0, assigned("metrics-leader", "assigned-connectors"));
        assertEquals(0.0, assigned("metrics-leader", "assigned-tasks"));

        Metrics followerMetrics = registry();
        GroupCluster follower = start("http://follower:8083/", settings(kafka, groupId, "metrics-follower"), store,
                followerMetrics);
        awaitUntil(DEADLINE, "the follower got one of the two connectors", () -> !follower.rebalancing()
                && !leader.rebalancing() && assigned("metrics-follower", "assigned-connectors") == 1.0
                && assigned("metrics-leader", "assigned-connectors") == 1.0);
        assertEquals("http://leader:8083/", followerMetrics.metric(name("leader-name")).metricValue());
        awaitUntil(DEADLINE, "the leader counted the rebalances the follower caused",
                () -> value(leaderMetrics, "completed-rebalances-total") >= 2.0);
        assertEquals((double) follower.generation(), value(followerMetrics, "epoch"));
    }

    private Metrics registry() {
        Metrics metrics = new Metrics();
        registries.add(metrics);
        return metrics;
    }

    private static Map<String, Object> settings(KafkaEndpoint kafka, String groupId, String clientId) {
        Map<String, Object> settings = new HashMap<>(GroupWorker.settings(kafka.bootstrapServers(), groupId,
                ConnectProtocol.SESSIONED));
        settings.put("client.id", clientId);
        return settings;
    }

    private static MetricName name(String attribute) {
        return new MetricName(attribute, RebalanceMetrics.GROUP, "", Map.of());
    }

    private static double value(Metrics metrics, String attribute) {
        return ((Number) metrics.metric(name(attribute)).metricValue()).doubleValue();
    }

    /** The member's coordinator metric over JMX, where Apache's dashboards read it; -1 while not registered. */
    private static double assigned(String clientId, String attribute) {
        try {
            ObjectName mbean = new ObjectName("kafka.connect:type=connect-coordinator-metrics,client-id=" + clientId);
            if (!ManagementFactory.getPlatformMBeanServer().isRegistered(mbean)) {
                return -1;
            }
            return ((Number) ManagementFactory.getPlatformMBeanServer().getAttribute(mbean, attribute)).doubleValue();
        } catch (JMException e) {
            throw new AssertionError(e);
        }
    }
}
