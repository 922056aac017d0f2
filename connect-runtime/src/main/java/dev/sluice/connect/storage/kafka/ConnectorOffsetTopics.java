/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.storage.LayeredOffsetStore;
import dev.sluice.connect.storage.OffsetStoreLease;
import dev.sluice.connect.storage.SourceOffsetStore;
import dev.sluice.connect.storage.SourceOffsetStores;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distributed worker's {@link SourceOffsetStores}. A source connector uses its own offsets topic when it names
 * one ({@code offsets.storage.topic}) or when its producer writes to another Kafka cluster than the worker's (then
 * a topic named like the worker's, on that cluster), as KIP-618 describes; its offsets then live in that topic
 * layered on the worker's ({@link LayeredOffsetStore}). Everything else shares the worker's store.
 *
 * <p>A connector's topic is created when missing, set up like the worker's ({@code offset.storage.*}), on the
 * cluster the connector's admin client reaches. The tasks and the connector of one connector on this worker share
 * one journal over it, opened by the first lease and stopped when the last lease is closed.
 */
public final class ConnectorOffsetTopics implements SourceOffsetStores {

    private static final Logger log = LoggerFactory.getLogger(ConnectorOffsetTopics.class);
    private static final String TOPIC_CONFIG = "offsets.storage.topic";

    private final Map<String, Object> workerProps;
    private final SourceOffsetStore workerStore;
    private final ConnectorClients connectorClients;
    private final Supplier<String> workerClusterId;
    private final Duration timeout;
    private final Map<Location, Shared> open = new HashMap<>();

    /** How a connector's clients are configured: the worker's settings with the connector's overrides. */
    public interface ConnectorClients {
        Map<String, Object> producer(String connector, Map<String, String> connectorConfig);

        Map<String, Object> admin(String connector, Map<String, String> connectorConfig);
    }

    /**
     * @param workerProps     the worker's settings as given
     * @param workerStore     the worker's offsets store, started and stopped by the caller
     * @param workerClusterId the id of the worker's Kafka cluster, or null when unknown
     * @param timeout         how long setting up a connector's topic may take
     */
    public ConnectorOffsetTopics(Map<String, Object> workerProps, SourceOffsetStore workerStore,
                                 ConnectorClients connectorClients, Supplier<String> workerClusterId,
                                 Duration timeout) {
        this.workerProps = Map.copyOf(workerProps);
        this.workerStore = workerStore;
        this.connectorClients = connectorClients;
        this.workerClusterId = workerClusterId;
        this.timeout = timeout;
    }

    @Override
    public OffsetStoreLease lease(String connector, Map<String, String> connectorConfig) {
        Location location = location(connector, connectorConfig);
        if (location == null) {
            return OffsetStoreLease.ofShared(workerStore);
        }
        Shared shared;
        synchronized (this) {
            shared = open.computeIfAbsent(location, ignored -> new Shared());
            shared.users++;
        }
        try {
            SourceOffsetStore own = shared.store(() -> start(connector, connectorConfig, location));
            return new OffsetStoreLease(new LayeredOffsetStore(own, workerStore), () -> release(location, shared));
        } catch (RuntimeException e) {
            release(location, shared);
            throw e;
        }
    }

    /** Where the connector's own topic is, or null when the connector uses the worker's store. */
    private Location location(String connector, Map<String, String> connectorConfig) {
        String workerTopic = (String) workerProps.get(InternalTopicSpec.OFFSETS_PREFIX + "topic");
        String ownTopic = connectorConfig.get(TOPIC_CONFIG);
        String topic = ownTopic == null || ownTopic.isBlank() ? workerTopic : ownTopic.trim();
        Set<String> workerServers = servers(workerProps.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
        Set<String> servers = servers(connectorClients.producer(connector, connectorConfig)
                .get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
        boolean sameCluster = servers.equals(workerServers) || sameClusterId(connector, connectorConfig);
        if (sameCluster && topic.equals(workerTopic)) {
            return null;
        }
        return new Location(sameCluster ? workerServers : servers, topic);
    }

    /** Different bootstrap lists may still reach one cluster: ask it for its id. */
    private boolean sameClusterId(String connector, Map<String, String> connectorConfig) {
        String workerCluster = workerClusterId.get();
        if (workerCluster == null) {
            return false;
        }
        try (Admin admin = Admin.create(connectorClients.admin(connector, connectorConfig))) {
            return workerCluster.equals(admin.describeCluster().clusterId()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            throw new ConnectException("Could not reach the Kafka cluster of connector " + connector
                    + "'s producer to look up its id", e);
        }
    }

    private KafkaOffsetStore start(String connector, Map<String, String> connectorConfig, Location location) {
        Map<String, Object> admin = connectorClients.admin(connector, connectorConfig);
        try (Admin client = Admin.create(admin)) {
            new InternalTopics(client, timeout).ensure(
                    InternalTopicSpec.connectorOffsetsTopic(workerProps, location.topic()));
        }
        Map<String, Object> clientProps = new HashMap<>(workerProps);
        clientProps.putAll(connectorClients.producer(connector, connectorConfig));
        String prefix = "sluice-" + workerProps.get(CommonClientConfigs.GROUP_ID_CONFIG) + "-" + location.topic();
        KafkaOffsetStore store = new KafkaOffsetStore(location.topic(),
                new InternalClientConfigs(clientProps, prefix));
        store.start();
        log.info("Connector {} keeps its offsets in topic {} (bootstrap servers {})", connector, location.topic(),
                location.servers());
        return store;
    }

    private void release(Location location, Shared shared) {
        KafkaOffsetStore toStop = null;
        synchronized (this) {
            if (--shared.users == 0) {
                open.remove(location, shared);
                toStop = shared.started;
            }
        }
        if (toStop != null) {
            toStop.stop();
        }
    }

    private static Set<String> servers(Object value) {
        Set<String> servers = new TreeSet<>();
        if (value instanceof Iterable<?> list) {
            list.forEach(server -> servers.add(server.toString().trim()));
        } else if (value != null) {
            Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(servers::add);
        }
        return servers;
    }

    private record Location(Set<String> servers, String topic) {
    }

    /** One connector topic's store and how many leases use it. */
    private static final class Shared {
        private int users;
        private volatile KafkaOffsetStore started;

        synchronized SourceOffsetStore store(Supplier<KafkaOffsetStore> starter) {
            if (started == null) {
                started = Objects.requireNonNull(starter.get());
            }
            return started;
        }
    }
}
