/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import dev.sluice.connect.config.WorkerConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's own admin client (sink offsets, internal topics, the cluster id): created on first use, from the
 * worker's top-level client settings overlaid with {@code admin.*}; the cluster id is looked up without holding
 * start-up.
 */
final class AdminHolder {

    private static final Logger log = LoggerFactory.getLogger(AdminHolder.class);

    private final Map<String, Object> props;
    private final CompletableFuture<String> clusterId = new CompletableFuture<>();
    private Admin admin;
    private boolean closed;

    AdminHolder(WorkerConfig config, String clientId) {
        Map<String, Object> settings = new HashMap<>();
        config.originals().forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                settings.put(key, value);
            }
        });
        settings.putAll(config.originalsWithPrefix("admin."));
        settings.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        this.props = settings;
    }

    synchronized Admin get() {
        if (closed) {
            throw new IllegalStateException("The worker is stopping");
        }
        if (admin == null) {
            admin = Admin.create(props);
        }
        return admin;
    }

    CompletableFuture<String> clusterId() {
        return clusterId;
    }

    void lookUpClusterIdInBackground() {
        Thread lookup = new Thread(() -> {
            try {
                clusterId.complete(get().describeCluster().clusterId().get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                log.warn("Could not look up the Kafka cluster id: {}", e.toString());
                clusterId.complete(null);
            }
        }, "kafka-cluster-id-lookup");
        lookup.setDaemon(true);
        lookup.start();
    }

    synchronized void close() {
        closed = true;
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
