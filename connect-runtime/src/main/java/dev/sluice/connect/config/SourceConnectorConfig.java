/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.Plugins;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.source.SourceTask.TransactionBoundary;

/**
 * Settings of a source connector: the common ones plus topic creation groups, exactly-once support, transaction
 * boundaries and a connector-specific offsets topic.
 */
public final class SourceConnectorConfig extends ConnectorConfig {

    static final String TOPIC_CREATION_GROUP = "Topic Creation";
    static final String EXACTLY_ONCE_SUPPORT_GROUP = "Exactly Once Support";
    static final String OFFSETS_TOPIC_GROUP = "offsets.topic";

    public static final String TOPIC_CREATION_PREFIX = TopicCreationConfigDef.PREFIX;
    public static final String TOPIC_CREATION_GROUPS_CONFIG = TOPIC_CREATION_PREFIX + "groups";
    public static final String DEFAULT_TOPIC_CREATION_GROUP = TopicCreationConfigDef.DEFAULT_GROUP;
    public static final String EXACTLY_ONCE_SUPPORT_CONFIG = "exactly.once.support";
    public static final String TRANSACTION_BOUNDARY_CONFIG = "transaction.boundary";
    public static final String TRANSACTION_BOUNDARY_INTERVAL_CONFIG = "transaction.boundary.interval.ms";
    public static final String OFFSETS_TOPIC_CONFIG = "offsets.storage.topic";

    private final boolean topicCreation;

    /**
     * @param createTopicsEnabled the worker's {@code topic.creation.enable}; topic creation keys are only parsed
     *                            (and the default group's replication factor and partitions only required) when set
     */
    public SourceConnectorConfig(Plugins plugins, Map<String, String> props, boolean createTopicsEnabled) {
        super(plugins, definition(createTopicsEnabled, props), props);
        this.topicCreation = createTopicsEnabled && usesTopicCreation(props);
    }

    /** The common connector settings plus the source ones. */
    public static ConfigDef configDef() {
        return ConnectorConfig.configDef()
                .define(TOPIC_CREATION_GROUPS_CONFIG, Type.LIST, List.of(), UniqueAliases.of("topic creation groups"),
                        Importance.LOW, "Groups of configurations for topics created by source connectors",
                        TOPIC_CREATION_GROUP, 1, Width.LONG, "Topic Creation Groups")
                .define(EXACTLY_ONCE_SUPPORT_CONFIG, Type.STRING, "requested",
                        ConfigDef.CaseInsensitiveValidString.in("REQUIRED", "REQUESTED"), Importance.MEDIUM,
                        "Permitted values are requested, required. If set to \"required\", forces a preflight check"
                        + " for the connector to ensure that it can provide exactly-once semantics with the given"
                        + " configuration. Some connectors may be capable of providing exactly-once semantics but not"
                        + " signal to Connect that they support this; in that case, documentation for the connector"
                        + " should be consulted carefully before creating it, and the value for this property should"
                        + " be set to \"requested\". Additionally, if the value is set to \"required\" but the worker"
                        + " that performs preflight validation does not have exactly-once support enabled for source"
                        + " connectors, requests to create or validate the connector will fail.",
                        EXACTLY_ONCE_SUPPORT_GROUP, 2, Width.SHORT, "Exactly once support")
                .define(TRANSACTION_BOUNDARY_CONFIG, Type.STRING, "poll",
                        ConfigDef.CaseInsensitiveValidString.in("INTERVAL", "POLL", "CONNECTOR"), Importance.MEDIUM,
                        "Permitted values are: poll, interval, connector. If set to 'poll', a new producer"
                        + " transaction will be started and committed for every batch of records that each task from"
                        + " this connector provides to Connect. If set to 'connector', relies on connector-defined"
                        + " transaction boundaries; note that not all connectors are capable of defining their own"
                        + " transaction boundaries, and in that case, attempts to instantiate a connector with this"
                        + " value will fail. Finally, if set to 'interval', commits transactions only after a"
                        + " user-defined time interval has passed.", EXACTLY_ONCE_SUPPORT_GROUP, 3, Width.SHORT,
                        "Transaction Boundary")
                .define(TRANSACTION_BOUNDARY_INTERVAL_CONFIG, Type.LONG, null,
                        ConfigDef.LambdaValidator.with(SourceConnectorConfig::checkInterval, () -> "[0,...] or unset"),
                        Importance.LOW, "If 'transaction.boundary' is set to 'interval', determines the interval for"
                        + " producer transaction commits by connector tasks. If unset, defaults to the value of the"
                        + " worker-level 'offset.flush.interval.ms' property. It has no effect if a different"
                        + " transaction.boundary is specified.", EXACTLY_ONCE_SUPPORT_GROUP, 4, Width.SHORT,
                        "Transaction boundary interval")
                .define(OFFSETS_TOPIC_CONFIG, Type.STRING, null, new ConfigDef.NonEmptyString(), Importance.LOW,
                        "The name of a separate offsets topic to use for this connector. If empty or not specified,"
                        + " the worker’s global offsets topic name will be used. If specified, the offsets topic will"
                        + " be created if it does not already exist on the Kafka cluster targeted by this connector"
                        + " (which may be different from the one used for the worker's global offsets topic if the"
                        + " bootstrap.servers property of the connector's producer has been overridden from the"
                        + " worker's). Only applicable in distributed mode; in standalone mode, setting this property"
                        + " will have no effect.", OFFSETS_TOPIC_GROUP, 1, Width.LONG, "Offsets topic");
    }

    /**
     * The source definition plus the keys of the configured transformations, predicates and (when the worker
     * creates topics) topic creation groups.
     */
    public static ConfigDef enrichedConfigDef(Plugins plugins, Map<String, String> props,
                                              boolean createTopicsEnabled) {
        return ConnectorConfig.enrichedConfigDef(plugins, definition(createTopicsEnabled, props), props);
    }

    /** Every key of the enriched source definition with its errors. */
    public static Map<String, ConfigValue> validateAll(Plugins plugins, Map<String, String> props,
                                                       boolean createTopicsEnabled) {
        return ConnectorConfig.validate(plugins, definition(createTopicsEnabled, props), props);
    }

    /** True when any {@code topic.creation.*} key is set. */
    public static boolean usesTopicCreation(Map<String, String> props) {
        return TopicCreationConfigDef.usesTopicCreation(props);
    }

    private static ConfigDef definition(boolean createTopicsEnabled, Map<String, String> props) {
        ConfigDef def = configDef();
        return createTopicsEnabled && usesTopicCreation(props) ? TopicCreationConfigDef.enrich(def, props) : def;
    }

    public boolean usesTopicCreation() {
        return topicCreation;
    }

    /** The default group first, then the declared groups; empty when topic creation is not in use. */
    public List<String> topicCreationGroups() {
        return topicCreation ? TopicCreationConfigDef.groups(originalsStrings()) : List.of();
    }

    public List<String> topicCreationInclude(String group) {
        return getList(groupKey(group, TopicCreationConfigDef.INCLUDE));
    }

    public List<String> topicCreationExclude(String group) {
        return getList(groupKey(group, TopicCreationConfigDef.EXCLUDE));
    }

    public Short topicCreationReplicationFactor(String group) {
        return getShort(groupKey(group, TopicCreationConfigDef.REPLICATION_FACTOR));
    }

    public Integer topicCreationPartitions(String group) {
        return getInt(groupKey(group, TopicCreationConfigDef.PARTITIONS));
    }

    /** The group's other topic settings (e.g. {@code cleanup.policy}), passed to the broker as topic configs. */
    public Map<String, Object> topicCreationOtherConfigs(String group) {
        Map<String, Object> others = new HashMap<>(originalsWithPrefix(TOPIC_CREATION_PREFIX + group + "."));
        others.keySet().removeAll(TopicCreationConfigDef.GROUP_KEYS);
        return others;
    }

    public boolean exactlyOnceRequired() {
        return "required".equals(getString(EXACTLY_ONCE_SUPPORT_CONFIG).toLowerCase(Locale.ROOT));
    }

    public TransactionBoundary transactionBoundary() {
        return TransactionBoundary.fromProperty(getString(TRANSACTION_BOUNDARY_CONFIG));
    }

    public Long transactionBoundaryInterval() {
        return getLong(TRANSACTION_BOUNDARY_INTERVAL_CONFIG);
    }

    public String offsetsTopic() {
        return getString(OFFSETS_TOPIC_CONFIG);
    }

    private String groupKey(String group, String key) {
        if (!topicCreation) {
            throw new ConfigException("Topic creation is not enabled for this connector");
        }
        return TOPIC_CREATION_PREFIX + group + "." + key;
    }

    private static void checkInterval(String name, Object value) {
        if (value != null && (Long) value < 0) {
            throw new ConfigException(name, value, "Value must be at least 0");
        }
    }
}
