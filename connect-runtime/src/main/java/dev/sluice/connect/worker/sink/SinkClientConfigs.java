/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.worker.ConnectorTaskId;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The Kafka client settings of a sink task: the worker's defaults, then the worker's {@code consumer.} /
 * {@code producer.} / {@code admin.} settings, then the connector's {@code *.override.} settings, so the most
 * specific wins. The names (group {@code connect-<connector>}, client ids) are Apache Kafka Connect's, so existing
 * ACLs, quotas and monitoring keep working.
 */
public final class SinkClientConfigs {

    static final String WORKER_CONSUMER_PREFIX = "consumer.";
    static final String WORKER_PRODUCER_PREFIX = "producer.";
    static final String WORKER_ADMIN_PREFIX = "admin.";

    private SinkClientConfigs() {
    }

    /** The consumer group every task of a sink connector joins. */
    public static String groupId(String connector) {
        return "connect-" + connector;
    }

    /** Settings of the task's byte-array consumer. */
    public static Map<String, Object> consumer(ConnectorTaskId id, WorkerConfig worker,
                                               Map<String, String> connectorProps) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, worker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(id.connector()));
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "connector-consumer-" + id.connector() + "-" + id.task());
        // Offsets are committed only for records the task has accepted, and a new group reads from the start.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putAll(worker.originalsWithPrefix(WORKER_CONSUMER_PREFIX));
        props.putAll(withPrefix(connectorProps, ConnectorConfig.CONNECTOR_CLIENT_CONSUMER_OVERRIDES_PREFIX));
        // The converters, not the consumer, turn bytes into data.
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /** Settings of the dead letter queue producer; serializers are set by the reporter. */
    public static Map<String, Object> deadLetterQueueProducer(ConnectorTaskId id, WorkerConfig worker,
                                                              Map<String, String> connectorProps) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, worker.bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "connector-dlq-producer-" + id.connector() + "-" + id.task());
        // A failed record is worth as much as a delivered one: wait for every replica.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putAll(worker.originalsWithPrefix(WORKER_PRODUCER_PREFIX));
        props.putAll(withPrefix(connectorProps, ConnectorConfig.CONNECTOR_CLIENT_PRODUCER_OVERRIDES_PREFIX));
        return props;
    }

    /** Settings of the admin client that creates a missing dead letter queue topic. */
    public static Map<String, Object> deadLetterQueueAdmin(ConnectorTaskId id, WorkerConfig worker,
                                                           Map<String, String> connectorProps) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, worker.bootstrapServers());
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "connector-dlq-adminclient-" + id.connector() + "-" + id.task());
        props.putAll(worker.originalsWithPrefix(WORKER_ADMIN_PREFIX));
        props.putAll(withPrefix(connectorProps, ConnectorConfig.CONNECTOR_CLIENT_ADMIN_OVERRIDES_PREFIX));
        return props;
    }

    private static Map<String, String> withPrefix(Map<String, String> props, String prefix) {
        Map<String, String> stripped = new HashMap<>();
        props.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                stripped.put(key.substring(prefix.length()), value);
            }
        });
        return stripped;
    }
}
