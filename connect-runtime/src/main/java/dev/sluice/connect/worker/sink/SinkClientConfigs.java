/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.worker.ClientConfigOverrides;
import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.health.ConnectorType;

/**
 * The Kafka client settings of a sink task. The layering (worker connection, worker {@code consumer.} /
 * {@code producer.} / {@code admin.}, connector {@code *.override.}) and the client defaults live in
 * {@link ClientConfigOverrides}; this class adds only what differs for sinks: the dead letter queue clients' names
 * and the byte-array deserializers, which nothing may replace. Callers must have checked the connector's overrides
 * against the worker's policy already (the task factory does).
 */
public final class SinkClientConfigs {

    // The policy was applied when the task was built; layering here must not refuse anything a second time.
    private static final AllConnectorClientConfigOverridePolicy ALREADY_CHECKED =
            new AllConnectorClientConfigOverridePolicy();

    private SinkClientConfigs() {
    }

    /** The consumer group every task of a sink connector joins. */
    public static String groupId(String connector) {
        return "connect-" + connector;
    }

    /** Settings of the task's byte-array consumer. */
    public static Map<String, Object> consumer(ConnectorTaskId id, WorkerConfig worker,
                                               Map<String, String> connectorProps) {
        Map<String, Object> props = overrides(worker).consumerConfigs(id, null, ConnectorType.SINK, connectorProps);
        // The converters, not the consumer, turn bytes into data.
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /** Settings of the dead letter queue producer: a source task's producer settings under the DLQ's own name. */
    public static Map<String, Object> deadLetterQueueProducer(ConnectorTaskId id, WorkerConfig worker,
                                                              Map<String, String> connectorProps) {
        Map<String, Object> props = overrides(worker).producerConfigs(id, null, ConnectorType.SINK, connectorProps);
        return renamed(props, "connector-producer-" + id, "connector-dlq-producer-" + id);
    }

    /** Settings of the admin client that creates a missing dead letter queue topic. */
    public static Map<String, Object> deadLetterQueueAdmin(ConnectorTaskId id, WorkerConfig worker,
                                                           Map<String, String> connectorProps) {
        Map<String, Object> props = overrides(worker).adminConfigs(id, null, ConnectorType.SINK, connectorProps);
        return renamed(props, "connector-adminclient-" + id, "connector-dlq-adminclient-" + id);
    }

    // Only the default name is replaced: a client.id the worker or the connector chose is kept.
    private static Map<String, Object> renamed(Map<String, Object> props, String defaultName, String name) {
        props.replace(CommonClientConfigs.CLIENT_ID_CONFIG, defaultName, name);
        return props;
    }

    private static ClientConfigOverrides overrides(WorkerConfig worker) {
        return new ClientConfigOverrides(worker, ALREADY_CHECKED);
    }
}
