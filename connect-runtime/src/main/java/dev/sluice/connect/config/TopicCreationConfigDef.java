/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The per-group topic creation keys of a source connector ({@code topic.creation.<group>.include}, {@code exclude},
 * {@code replication.factor}, {@code partitions}). The default group must give replication factor and partitions;
 * other groups inherit them. Group names and display names copy Apache's, which users see through REST.
 */
final class TopicCreationConfigDef {

    static final String PREFIX = "topic.creation.";
    static final String DEFAULT_GROUP = "default";
    static final String INCLUDE = "include";
    static final String EXCLUDE = "exclude";
    static final String REPLICATION_FACTOR = "replication.factor";
    static final String PARTITIONS = "partitions";
    static final Set<String> GROUP_KEYS = Set.of(INCLUDE, EXCLUDE, REPLICATION_FACTOR, PARTITIONS);

    private static final String PATTERN_DOC = "A list of regular expression literals used to match the topic names"
            + " used by the source connector. This list is used to ";
    private static final String INCLUDE_DOC = PATTERN_DOC + "include topics that should be created using the topic"
            + " settings defined by this group.";
    private static final String EXCLUDE_DOC = PATTERN_DOC + "exclude topics from being created with the topic"
            + " settings defined by this group. Note that exclusion rules have precedent and override any inclusion"
            + " rules for the topics.";
    private static final String OPTIONAL_FOR_OTHER_GROUPS = " For the default group this configuration is required."
            + " For any other group defined in topic.creation.groups this config is optional and if it's missing it"
            + " gets the value of the default group";
    private static final String REPLICATION_FACTOR_DOC = "The replication factor for new topics created for this"
            + " connector using this group. This value may be -1 to use the broker'sdefault replication factor, or may"
            + " be a positive number not larger than the number of brokers in the Kafka cluster. A value larger than"
            + " the number of brokers in the Kafka cluster will result in an error when the new topic is created."
            + OPTIONAL_FOR_OTHER_GROUPS;
    private static final String PARTITIONS_DOC = "The number of partitions new topics created for this connector."
            + " This value may be -1 to use the broker's default number of partitions, or a positive number"
            + " representing the desired number of partitions." + OPTIONAL_FOR_OTHER_GROUPS;

    private TopicCreationConfigDef() {
    }

    /** True when any topic creation key is present, i.e. the connector asks for topic creation. */
    static boolean usesTopicCreation(Map<String, String> props) {
        for (String key : props.keySet()) {
            if (key != null && key.startsWith(PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** The default group followed by the groups of {@code topic.creation.groups}, without repeats. */
    static List<String> groups(Map<String, String> props) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(DEFAULT_GROUP);
        groups.addAll(TransformsConfigDef.aliases(props.get(SourceConnectorConfig.TOPIC_CREATION_GROUPS_CONFIG)));
        return List.copyOf(groups);
    }

    /** {@code baseDef} plus the keys of the default group and of every declared group. */
    static ConfigDef enrich(ConfigDef baseDef, Map<String, String> props) {
        ConfigDef def = new ConfigDef(baseDef);
        Object defaultReplication = parsed(props, REPLICATION_FACTOR, Type.SHORT);
        Object defaultPartitions = parsed(props, PARTITIONS, Type.INT);
        for (String group : groups(props)) {
            boolean isDefault = group.equals(DEFAULT_GROUP);
            String label = isDefault ? DEFAULT_GROUP : "Topic Creation: " + group;
            String groupName = label + ": " + label;
            String prefix = PREFIX + group + ".";
            def.define(key(prefix + INCLUDE, Type.LIST, isDefault ? List.of(".*") : List.of(), null, INCLUDE_DOC,
                    groupName, 0, "Inclusion Topic Pattern for " + label));
            def.define(key(prefix + EXCLUDE, Type.LIST, List.of(), null, EXCLUDE_DOC, groupName, 1,
                    "Exclusion Topic Pattern for " + label));
            def.define(key(prefix + REPLICATION_FACTOR, Type.SHORT,
                    isDefault ? ConfigDef.NO_DEFAULT_VALUE : defaultReplication,
                    TopicCreationConfigDef::checkReplication,
                    REPLICATION_FACTOR_DOC, groupName, 2, "Replication Factor for Topics in " + label));
            def.define(key(prefix + PARTITIONS, Type.INT, isDefault ? ConfigDef.NO_DEFAULT_VALUE : defaultPartitions,
                    TopicCreationConfigDef::checkPartitions, PARTITIONS_DOC, groupName, 3,
                    "Partition Count for Topics in " + label));
        }
        return def;
    }

    private static ConfigKey key(String name, Type type, Object defaultValue, ConfigDef.Validator validator,
                                 String doc, String group, int order, String display) {
        return new ConfigKey(name, type, defaultValue, validator, Importance.LOW, doc, group, order, Width.LONG,
                display, List.of(), null, false);
    }

    /** The default group's value for {@code key}, or no default when it is missing or invalid there. */
    private static Object parsed(Map<String, String> props, String key, Type type) {
        String value = props.get(PREFIX + DEFAULT_GROUP + "." + key);
        if (value == null) {
            return ConfigDef.NO_DEFAULT_VALUE;
        }
        try {
            return ConfigDef.parseType(key, value, type);
        } catch (ConfigException e) {
            return ConfigDef.NO_DEFAULT_VALUE;
        }
    }

    private static void checkReplication(String name, Object value) {
        if (value != null && ((Short) value) != -1 && ((Short) value) < 1) {
            throw new ConfigException(REPLICATION_FACTOR, value, "Replication factor must be positive and not larger"
                    + " than the number of brokers in the Kafka cluster, or -1 to use the broker's default");
        }
    }

    private static void checkPartitions(String name, Object value) {
        if (value != null && ((Integer) value) != -1 && ((Integer) value) < 1) {
            throw new ConfigException(PARTITIONS, value, "Number of partitions must be positive, or -1 to use the"
                    + " broker's default");
        }
    }
}
