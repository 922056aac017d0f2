/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.metrics.RebalanceMetrics;
import dev.sluice.connect.storage.ConfigStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Group clusters, each polled on a thread of its own as the herder loop polls one, and stopped together. */
final class PolledClusters implements AutoCloseable {

    private final List<Thread> herders = new ArrayList<>();
    private final List<GroupCluster> clusters = new ArrayList<>();
    private volatile boolean running = true;

    /** A member of the group in {@code settings} at {@code url}, staying out {@code unsyncBackoff} when behind. */
    GroupCluster start(String url, Map<String, Object> settings, ConfigStore store, Duration unsyncBackoff,
                       RebalanceMetrics metrics) {
        GroupCluster cluster = new GroupCluster(self -> new WorkerGroupMember(settings, self::metadata, self, self),
                store, () -> url, Duration.ofMillis(500), unsyncBackoff, 0, null, departed -> true, metrics);
        clusters.add(cluster);
        Thread herder = new Thread(() -> {
            cluster.start();
            while (running) {
                cluster.poll(Duration.ofMillis(200));
            }
            cluster.stop();
        }, "herder-" + url);
        herders.add(herder);
        herder.start();
        return cluster;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        clusters.forEach(GroupCluster::wakeup);
        for (Thread herder : herders) {
            herder.join(10_000);
        }
    }
}
