/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.storage.ConfigSnapshot;
import dev.sluice.connect.storage.ConfigStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the task configs a connector generated into the config store: the leader writes them itself; a follower
 * sends them to the leader in the background, so a slow or unreachable leader never holds up the herder thread,
 * and asks for the connector's configs again after a back-off when that fails.
 */
final class TaskConfigPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TaskConfigPublisher.class);
    private static final long RETRY_BACKOFF_MS = 1_000;

    private final ConfigStore configStore;
    private final Cluster cluster;
    private final InternalRequests internal;
    private final Consumer<String> regenerate;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "task-config-sender");
        thread.setDaemon(true);
        return thread;
    });

    /** @param regenerate asks the herder to generate the connector's task configs again */
    TaskConfigPublisher(ConfigStore configStore, Cluster cluster, InternalRequests internal,
                        Consumer<String> regenerate) {
        this.configStore = configStore;
        this.cluster = cluster;
        this.internal = internal;
        this.regenerate = regenerate;
    }

    /** Publishes {@code configs} as the connector's tasks; called on the herder thread. */
    void publish(String connector, List<Map<String, String>> configs, ConfigSnapshot snapshot) {
        if (cluster.isLeader()) {
            log.info("Writing {} task configs for connector {}", configs.size(), connector);
            configStore.putTaskConfigs(connector, configs);
            return;
        }
        String leaderUrl = cluster.leaderUrl();
        if (leaderUrl == null) {
            log.info("Connector {} generated task configs while the cluster has no leader; retrying", connector);
            retryLater(connector);
            return;
        }
        sender.execute(() -> {
            try {
                internal.sendTaskConfigs(leaderUrl, connector, configs, snapshot.sessionKey());
                log.info("Sent {} task configs for connector {} to the leader at {}", configs.size(), connector,
                        leaderUrl);
            } catch (RuntimeException e) {
                log.warn("Could not send the task configs of connector {} to the leader at {}: {}", connector,
                        leaderUrl, e.getMessage());
                retryLater(connector);
            }
        });
    }

    private void retryLater(String connector) {
        if (!sender.isShutdown()) {
            sender.schedule(() -> regenerate.accept(connector), RETRY_BACKOFF_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
