/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How one internal topic must look, read from the worker's settings as Apache's worker reads them: the name from
 * {@code <prefix>topic}, partitions from {@code <prefix>partitions} (the config topic always has one), replication
 * from {@code <prefix>replication.factor} ({@code -1}: the broker's default), and, after KIP-605, any other
 * {@code <prefix>X} as topic-level setting {@code X}. Every internal topic is compacted.
 *
 * @param name              the topic
 * @param topicSetting      the worker setting that named it, for error messages, e.g. {@code config.storage.topic}
 * @param partitions        partitions when creating it, {@code -1} for the broker's default
 * @param replicationFactor replicas when creating it, {@code -1} for the broker's default
 * @param configs           topic-level settings when creating it, including {@code cleanup.policy=compact}
 * @param singlePartition   whether an existing topic must have exactly one partition (the config topic, whose
 *                          records are only ordered if they share one)
 */
public record InternalTopicSpec(String name, String topicSetting, int partitions, short replicationFactor,
                                Map<String, String> configs, boolean singlePartition) {

    public static final String CONFIG_PREFIX = "config.storage.";
    public static final String OFFSETS_PREFIX = "offset.storage.";
    public static final String STATUS_PREFIX = "status.storage.";
    public static final int DEFAULT_OFFSETS_PARTITIONS = 25;
    public static final int DEFAULT_STATUS_PARTITIONS = 5;
    public static final short DEFAULT_REPLICATION_FACTOR = 3;

    private static final Set<String> NOT_TOPIC_SETTINGS = Set.of("topic", "partitions", "replication.factor");

    public InternalTopicSpec {
        configs = Collections.unmodifiableMap(new LinkedHashMap<>(configs));
    }

    /** The config topic: {@code config.storage.*}, one partition. */
    public static InternalTopicSpec configTopic(Map<String, ?> workerProps) {
        return read(workerProps, CONFIG_PREFIX, null, 1, true);
    }

    /** The worker's offsets topic: {@code offset.storage.*}, 25 partitions unless set. */
    public static InternalTopicSpec offsetsTopic(Map<String, ?> workerProps) {
        return read(workerProps, OFFSETS_PREFIX, null, DEFAULT_OFFSETS_PARTITIONS, false);
    }

    /** A connector's own offsets topic: named by the connector, otherwise set up like the worker's (KIP-618). */
    public static InternalTopicSpec connectorOffsetsTopic(Map<String, ?> workerProps, String topic) {
        return read(workerProps, OFFSETS_PREFIX, topic, DEFAULT_OFFSETS_PARTITIONS, false);
    }

    /** The status topic: {@code status.storage.*}, 5 partitions unless set. */
    public static InternalTopicSpec statusTopic(Map<String, ?> workerProps) {
        return read(workerProps, STATUS_PREFIX, null, DEFAULT_STATUS_PARTITIONS, false);
    }

    private static InternalTopicSpec read(Map<String, ?> props, String prefix, String fixedName,
                                          int defaultPartitions, boolean singlePartition) {
        String topicSetting = fixedName == null ? prefix + "topic" : "offsets.storage.topic";
        String name = fixedName != null ? fixedName : string(props, prefix + "topic", null);
        if (name == null || name.isBlank()) {
            throw new ConfigException("Missing required configuration \"" + topicSetting + "\" which has no "
                    + "default value.");
        }
        int partitions = singlePartition ? 1
                : atLeastOneOrDefault(props, prefix + "partitions", defaultPartitions);
        short replication = (short) atLeastOneOrDefault(props, prefix + "replication.factor",
                DEFAULT_REPLICATION_FACTOR);
        Map<String, String> configs = new LinkedHashMap<>();
        props.forEach((key, value) -> {
            if (key.startsWith(prefix) && value != null) {
                String setting = key.substring(prefix.length());
                if (!setting.isEmpty() && !NOT_TOPIC_SETTINGS.contains(setting)) {
                    configs.put(setting, value.toString());
                }
            }
        });
        String policy = configs.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy != null && !policy.trim().equalsIgnoreCase(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            throw new ConfigException(prefix + TopicConfig.CLEANUP_POLICY_CONFIG, policy, "Connect's internal "
                    + "topics must be compacted; remove the setting or set it to 'compact'.");
        }
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        return new InternalTopicSpec(name, topicSetting, partitions, replication, configs, singlePartition);
    }

    private static String string(Map<String, ?> props, String key, String defaultValue) {
        Object value = props.get(key);
        return value == null ? defaultValue : value.toString().trim();
    }

    private static int atLeastOneOrDefault(Map<String, ?> props, String key, int defaultValue) {
        String text = string(props, key, null);
        if (text == null) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, text, "Expected an integer");
        }
        if (value < 1 && value != -1) {
            throw new ConfigException(key, text, "Must be at least 1, or -1 to use the broker's default");
        }
        return value;
    }
}
