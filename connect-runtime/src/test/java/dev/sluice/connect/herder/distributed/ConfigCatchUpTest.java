/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static dev.sluice.connect.herder.distributed.GroupWorker.awaitUntil;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.metrics.RebalanceMetrics;
import dev.sluice.connect.storage.ConfigStore;
import dev.sluice.connect.storage.MemoryConfigStore;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.metrics.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A worker whose assignment names config it cannot read within {@code worker.sync.timeout.ms} leaves the group
 * and stays out for {@code worker.unsync.backoff.ms} (REST writes answer 409 meanwhile), then joins again.
 */
@WithSharedKafka
class ConfigCatchUpTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration BACKOFF = Duration.ofSeconds(3);

    private final PolledClusters clusters = new PolledClusters();

    @AfterEach
    void stop() throws InterruptedException {
        clusters.close();
    }

    /** A cluster polled on its own thread, as the herder loop polls it. */
    private GroupCluster start(String url, Map<String, Object> settings, ConfigStore store) {
        return clusters.start(url, settings, store, BACKOFF,
                new RebalanceMetrics(new Metrics(), System::currentTimeMillis));
    }

    /** A config store that is behind the leader's and, while {@code stuck}, cannot catch up. */
    private static ConfigStore laggingStore(AtomicBoolean stuck) {
        MemoryConfigStore behind = new MemoryConfigStore();
        return (ConfigStore) Proxy.newProxyInstance(ConfigStore.class.getClassLoader(),
                new Class<?>[] {ConfigStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("refresh") && stuck.get()) {
                        throw new TimeoutException("the config topic is unreachable");
                    }
                    try {
                        return method.invoke(behind, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aWorkerThatCannotCatchUpLeavesTheGroupForTheBackoffThenJoinsAgain(KafkaEndpoint kafka)
            throws InterruptedException {
        Map<String, Object> settings = GroupWorker.settings(kafka.bootstrapServers(),
                "catch-up-" + UUID.randomUUID(), ConnectProtocol.SESSIONED);
        MemoryConfigStore leaderStore = new MemoryConfigStore();
        leaderStore.putConnectorConfig("a", Map.of("connector.class", "Whatever"), TargetState.STARTED);
        leaderStore.putConnectorConfig("b", Map.of("connector.class", "Whatever"), TargetState.STARTED);
        GroupCluster leader = start("http://leader:8083/", settings, leaderStore);
        awaitUntil(DEADLINE, "the leader assigned", () -> !leader.rebalancing() && leader.isLeader());

        AtomicBoolean stuck = new AtomicBoolean(true);
        GroupCluster lagging = start("http://lagging:8083/", settings, laggingStore(stuck));
        int generationBefore = leader.generation();
        awaitUntil(DEADLINE, "the lagging worker was assigned, fell behind and left",
                () -> leader.generation() > generationBefore + 1);
        assertTrue(lagging.rebalancing(), "out of the group, the lagging worker refuses writes");
        assertNull(lagging.leaderUrl(), "and knows no leader to forward them to");

        stuck.set(false);
        Thread.sleep(1_000);
        assertTrue(lagging.rebalancing(), "it stays out for worker.unsync.backoff.ms even once it could catch up");
        awaitUntil(DEADLINE, "the lagging worker joined again", () -> !lagging.rebalancing());
        assertTrue(lagging.generation() > generationBefore + 1);
    }
}
