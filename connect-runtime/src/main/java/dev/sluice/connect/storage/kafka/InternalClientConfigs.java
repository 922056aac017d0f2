/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Settings of the clients that read and write the worker's internal topics.
 *
 * <p>Like Apache's worker, these clients are configured from the worker's own top-level settings
 * ({@code bootstrap.servers}, {@code security.protocol}, {@code ssl.*}, {@code sasl.*}, timeouts, …), never from
 * the {@code producer.}/{@code consumer.}/{@code admin.} prefixed ones, which are for connectors' clients. Sluice
 * passes on only the worker keys the client type defines, so the clients do not warn about the worker's other
 * keys; a custom security plugin that reads keys of its own needs them named like client settings.
 *
 * <p>The settings the journal depends on are fixed on top: byte-array (de)serializers; for producers
 * {@code acks=all} and idempotence, so a retried batch is neither duplicated nor reordered; for consumers no group,
 * no auto commit, reading from the earliest offset, and {@code read_committed} so records of open or aborted
 * transactions (exactly-once source offsets) are never applied.
 */
public final class InternalClientConfigs {

    private final Map<String, ?> workerProps;
    private final String clientIdPrefix;

    /**
     * @param workerProps    the worker's properties as given (originals)
     * @param clientIdPrefix the start of every client id, e.g. {@code connect-cluster}; a role is appended
     */
    public InternalClientConfigs(Map<String, ?> workerProps, String clientIdPrefix) {
        this.workerProps = Map.copyOf(workerProps);
        this.clientIdPrefix = clientIdPrefix;
    }

    /** The client id for a role such as {@code configs}, {@code offsets} or {@code statuses}. */
    public String clientId(String role) {
        return clientIdPrefix + "-" + role;
    }

    /** Producer settings for appending to a journal. */
    public Map<String, Object> producer(String role) {
        Map<String, Object> props = known(ProducerConfig.configNames());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId(role));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // Internal records are small and rare; a transactional id would make this a different producer entirely.
        props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return props;
    }

    /** Consumer settings for tailing a journal: assigned partitions, no group. */
    public Map<String, Object> consumer(String role) {
        Map<String, Object> props = known(ConsumerConfig.configNames());
        // The worker's group.id names the Connect cluster; a journal consumer must not join or commit to it.
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId(role));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Only InternalTopics creates internal topics, compacted; never let a read create one with broker defaults.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        // A read-to-end barrier whose fetch is parked at the broker would otherwise wait out the default 500 ms;
        // every config write waits for one, so it would cost half a second. Internal topics carry little data.
        props.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        return props;
    }

    /** Admin settings for creating and checking the internal topics. */
    public Map<String, Object> admin(String role) {
        Map<String, Object> props = known(AdminClientConfig.configNames());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId(role));
        return props;
    }

    private Map<String, Object> known(Set<String> names) {
        Map<String, Object> props = new HashMap<>();
        workerProps.forEach((key, value) -> {
            if (names.contains(key) && value != null) {
                props.put(key, value);
            }
        });
        return props;
    }
}
