/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.WorkerConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigRequest;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigRequest.ClientType;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.health.ConnectorType;

/**
 * The Kafka client settings a connector's tasks get: the worker's connection settings, then the worker's
 * {@code producer.*}/{@code consumer.*}/{@code admin.*} settings, then the connector's
 * {@code producer.override.*}/{@code consumer.override.*}/{@code admin.override.*} settings — the latter only as far
 * as the worker's {@code connector.client.config.override.policy} allows.
 */
public final class ClientConfigOverrides {

    /** The {@code batch.size} of a source task's producer unless the worker or connector sets one. */
    public static final int SOURCE_BATCH_SIZE_BYTES = 128 * 1024;

    private final WorkerConfig workerConfig;
    private final ConnectorClientConfigOverridePolicy policy;

    public ClientConfigOverrides(WorkerConfig workerConfig, ConnectorClientConfigOverridePolicy policy) {
        this.workerConfig = workerConfig;
        this.policy = policy;
    }

    public ConnectorClientConfigOverridePolicy policy() {
        return policy;
    }

    /** The connector setting prefix that overrides one kind of client. */
    public static String overridePrefix(ClientType type) {
        return switch (type) {
            case PRODUCER -> ConnectorConfig.CONNECTOR_CLIENT_PRODUCER_OVERRIDES_PREFIX;
            case CONSUMER -> ConnectorConfig.CONNECTOR_CLIENT_CONSUMER_OVERRIDES_PREFIX;
            case ADMIN -> ConnectorConfig.CONNECTOR_CLIENT_ADMIN_OVERRIDES_PREFIX;
        };
    }

    /** The worker setting prefix that configures one kind of client for every connector. */
    static String workerPrefix(ClientType type) {
        return switch (type) {
            case PRODUCER -> "producer.";
            case CONSUMER -> "consumer.";
            case ADMIN -> "admin.";
        };
    }

    /**
     * Checks the connector's overrides of the clients its kind of connector uses (sources: producer and admin;
     * sinks: consumer and admin). Returned values are named with their full connector key, e.g.
     * {@code producer.override.acks}, and carry the policy's error when not allowed.
     */
    public List<ConfigValue> validate(String connectorName, Class<? extends Connector> connectorClass,
                                      ConnectorType connectorType, Map<String, String> connectorConfig) {
        List<ConfigValue> result = new ArrayList<>();
        List<ClientType> types = connectorType == ConnectorType.SINK
                ? List.of(ClientType.CONSUMER, ClientType.ADMIN)
                : List.of(ClientType.PRODUCER, ClientType.ADMIN);
        for (ClientType type : types) {
            result.addAll(validate(connectorName, connectorClass, connectorType, connectorConfig, type));
        }
        return result;
    }

    /** Checks the overrides of one client type; see {@link #validate(String, Class, ConnectorType, Map)}. */
    public List<ConfigValue> validate(String connectorName, Class<? extends Connector> connectorClass,
                                      ConnectorType connectorType, Map<String, String> connectorConfig,
                                      ClientType clientType) {
        String prefix = overridePrefix(clientType);
        Map<String, Object> requested = new LinkedHashMap<>(withPrefix(connectorConfig, prefix));
        if (requested.isEmpty()) {
            return List.of();
        }
        ConnectorClientConfigRequest request = new ConnectorClientConfigRequest(connectorName, connectorType,
                connectorClass, requested, clientType);
        List<ConfigValue> checked = policy.validate(request);
        List<ConfigValue> renamed = new ArrayList<>(checked.size());
        for (ConfigValue value : checked) {
            ConfigValue full = new ConfigValue(prefix + value.name(), value.value(), value.recommendedValues(),
                    new ArrayList<>(value.errorMessages()));
            full.visible(value.visible());
            renamed.add(full);
        }
        return renamed;
    }

    /** The producer settings for a source task. */
    public Map<String, Object> producerConfigs(ConnectorTaskId id, Class<? extends Connector> connectorClass,
                                               ConnectorType type, Map<String, String> connectorConfig) {
        Map<String, Object> props = base();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // Source tasks must not lose or reorder records, and a slow broker must not fail them on its own.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(Long.MAX_VALUE));
        // A source task sends as fast as its connector reads, so batches fill long before linger.ms: 128 KiB batches
        // (the client's default is 16 KiB) take an eighth of the produce requests, on the worker and on the broker.
        // The price is memory: a producer keeps one such buffer per partition it writes to.
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(SOURCE_BATCH_SIZE_BYTES));
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "connector-producer-" + id);
        return withOrderingDefaults(layer(props, ClientType.PRODUCER, id.connector(), connectorClass, type,
                connectorConfig));
    }

    /**
     * Keeps a source task's records in order per partition, as fast as the layered settings allow. Apache's worker
     * pins one request in flight without idempotence; Sluice's default is an idempotent producer with up to five in
     * flight, which the broker keeps in order through retries (KIP-98 sequence numbers), and which sends while
     * earlier batches are still being acknowledged. Where the worker's or connector's settings rule idempotence out
     * (acks other than all, no retries, more than five in flight) or turn it off, the task gets Apache's single
     * request in flight unless those settings choose otherwise.
     */
    private static Map<String, Object> withOrderingDefaults(Map<String, Object> layered) {
        if (!layered.containsKey(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)) {
            layered.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, Boolean.toString(idempotenceAllowed(layered)));
        }
        if (!layered.containsKey(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)) {
            boolean idempotent = Boolean.parseBoolean(
                    String.valueOf(layered.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).trim());
            layered.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, idempotent ? "5" : "1");
        }
        return layered;
    }

    private static boolean idempotenceAllowed(Map<String, Object> layered) {
        String acks = String.valueOf(layered.get(ProducerConfig.ACKS_CONFIG)).trim();
        return (acks.equals("all") || acks.equals("-1"))
                && atMost(layered.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), 5, true)
                && !atMost(layered.get(ProducerConfig.RETRIES_CONFIG), 0, false);
    }

    /** Whether an optional integer setting is at most {@code limit}; {@code whenAbsent} when unset or not a number. */
    private static boolean atMost(Object value, int limit, boolean whenAbsent) {
        if (value == null) {
            return whenAbsent;
        }
        try {
            return Long.parseLong(value.toString().trim()) <= limit;
        } catch (NumberFormatException e) {
            return whenAbsent;
        }
    }

    /** The consumer settings for a sink task; the group is {@code connect-<connector>}. */
    public Map<String, Object> consumerConfigs(ConnectorTaskId id, Class<? extends Connector> connectorClass,
                                               ConnectorType type, Map<String, String> connectorConfig) {
        Map<String, Object> props = base();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "connect-" + id.connector());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "connector-consumer-" + id);
        return layer(props, ClientType.CONSUMER, id.connector(), connectorClass, type, connectorConfig);
    }

    /** The admin client settings for a task (topic creation, dead letter queue). */
    public Map<String, Object> adminConfigs(ConnectorTaskId id, Class<? extends Connector> connectorClass,
                                            ConnectorType type, Map<String, String> connectorConfig) {
        Map<String, Object> props = base();
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "connector-adminclient-" + id);
        return layer(props, ClientType.ADMIN, id.connector(), connectorClass, type, connectorConfig);
    }

    private Map<String, Object> base() {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, workerConfig.bootstrapServers());
        props.put(CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG,
                workerConfig.getString(WorkerConfig.CLIENT_DNS_LOOKUP_CONFIG));
        return props;
    }

    private Map<String, Object> layer(Map<String, Object> props, ClientType clientType, String connectorName,
                                      Class<? extends Connector> connectorClass, ConnectorType type,
                                      Map<String, String> connectorConfig) {
        props.putAll(workerConfig.originalsWithPrefix(workerPrefix(clientType)));
        List<ConfigValue> checked = validate(connectorName, connectorClass, type, connectorConfig, clientType);
        List<String> errors = checked.stream().flatMap(value -> value.errorMessages().stream()).toList();
        if (!errors.isEmpty()) {
            throw new ConnectException("Client config overrides of connector " + connectorName
                    + " are not allowed: " + String.join(" ", errors));
        }
        props.putAll(withPrefix(connectorConfig, overridePrefix(clientType)));
        return props;
    }

    private static Map<String, String> withPrefix(Map<String, String> config, String prefix) {
        Map<String, String> stripped = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                stripped.put(key.substring(prefix.length()), value);
            }
        });
        return stripped;
    }
}
