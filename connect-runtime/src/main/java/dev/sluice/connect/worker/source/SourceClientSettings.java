/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.worker.ConnectorTaskId;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka client settings of a source task, layered like Apache Kafka Connect's so existing worker and connector
 * files behave the same: the runtime's own defaults, then the worker's {@code producer.*} / {@code admin.*}
 * settings, then the connector's {@code producer.override.*} / {@code admin.override.*} (which the worker's client
 * override policy must have allowed before this is called).
 */
public final class SourceClientSettings {

    static final String WORKER_PRODUCER_PREFIX = "producer.";
    static final String WORKER_ADMIN_PREFIX = "admin.";

    private SourceClientSettings() {
    }

    /**
     * The producer settings. The defaults are the values Apache's worker logs for a source task's producer: no
     * record is ever given up on by the client (unbounded delivery timeout and blocking), and one request in flight
     * per connection with acks from all replicas keeps each partition's records in order. {@code linger.ms} and
     * {@code retries} keep the client's own defaults, as in Apache.
     */
    public static Map<String, Object> producer(WorkerConfig worker, ConnectorConfig connector, ConnectorTaskId id) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, worker.bootstrapServers());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(Long.MAX_VALUE));
        // Apache's source producers run without idempotence (its logged config says false); ordering comes from
        // the single in-flight request instead.
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "connector-producer-" + id.connector() + "-" + id.task());
        settings.putAll(worker.originalsWithPrefix(WORKER_PRODUCER_PREFIX));
        settings.putAll(connector.originalsWithPrefix(ConnectorConfig.CONNECTOR_CLIENT_PRODUCER_OVERRIDES_PREFIX));
        return settings;
    }

    /** The settings of the admin client that creates the task's topics. */
    public static Map<String, Object> admin(WorkerConfig worker, ConnectorConfig connector, ConnectorTaskId id) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, worker.bootstrapServers());
        settings.put(CommonClientConfigs.CLIENT_ID_CONFIG, "connector-adminclient-" + id.connector() + "-" + id.task());
        settings.putAll(worker.originalsWithPrefix(WORKER_ADMIN_PREFIX));
        settings.putAll(connector.originalsWithPrefix(ConnectorConfig.CONNECTOR_CLIENT_ADMIN_OVERRIDES_PREFIX));
        return settings;
    }
}
