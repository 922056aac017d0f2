/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import static dev.sluice.connect.config.ConnectorConfigTest.props;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.Plugins;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.source.SourceTask.TransactionBoundary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceConnectorConfigTest {

    static Plugins plugins;

    @BeforeAll
    static void discover() {
        plugins = Plugins.discover(List.of(), PluginDiscoveryMode.SERVICE_LOAD, true);
    }

    @AfterAll
    static void close() {
        plugins.close();
    }

    static Map<String, String> withTopicCreation(String... extra) {
        Map<String, String> props = props(extra);
        props.putIfAbsent("topic.creation.default.replication.factor", "1");
        props.putIfAbsent("topic.creation.default.partitions", "3");
        return props;
    }

    static String rejection(Map<String, String> props) {
        return assertThrows(ConfigException.class, () -> new SourceConnectorConfig(plugins, props, true))
                .getMessage();
    }

    @Test
    void sourceKeysAndGroupsFollowApache() {
        ConfigDef def = SourceConnectorConfig.configDef();
        assertEquals(24, def.configKeys().size());
        assertEquals(List.of("Common", "Transforms", "Predicates", "Error Handling", "Topic Creation",
                "Exactly Once Support", "offsets.topic"), def.groups());
        assertEquals("requested", def.configKeys().get("exactly.once.support").defaultValue);
        assertEquals("poll", def.configKeys().get("transaction.boundary").defaultValue);
    }

    @Test
    void topicCreationKeysAppearOnlyWhenTheWorkerCreatesTopics() {
        Map<String, String> props = withTopicCreation("topic.creation.groups", "g1");
        assertFalse(SourceConnectorConfig.enrichedConfigDef(plugins, props, false).configKeys()
                .containsKey("topic.creation.default.partitions"));
        Map<String, ConfigKey> keys = SourceConnectorConfig.enrichedConfigDef(plugins, props, true).configKeys();
        ConfigKey partitions = keys.get("topic.creation.default.partitions");
        assertEquals("default: default", partitions.group);
        assertEquals("Partition Count for Topics in default", partitions.displayName);
        assertEquals(List.of(".*"), keys.get("topic.creation.default.include").defaultValue);
        ConfigKey groupReplication = keys.get("topic.creation.g1.replication.factor");
        assertEquals("Topic Creation: g1: Topic Creation: g1", groupReplication.group);
        assertEquals((short) 1, groupReplication.defaultValue);
        assertEquals(List.of(), keys.get("topic.creation.g1.include").defaultValue);
    }

    @Test
    void defaultGroupMustGiveReplicationFactorAndPartitions() {
        Map<String, String> props = props("topic.creation.default.partitions", "1");
        assertEquals("Missing required configuration \"topic.creation.default.replication.factor\" which has no"
                + " default value.", rejection(props));
        assertFalse(new SourceConnectorConfig(plugins, props, false).usesTopicCreation());
    }

    @Test
    void otherGroupsInheritTheDefaultGroupsSettings() {
        SourceConnectorConfig config = new SourceConnectorConfig(plugins, withTopicCreation(
                "topic.creation.groups", "g1", "topic.creation.g1.include", "a.*",
                "topic.creation.g1.cleanup.policy", "compact"), true);
        assertTrue(config.usesTopicCreation());
        assertEquals(List.of("default", "g1"), config.topicCreationGroups());
        assertEquals(List.of("a.*"), config.topicCreationInclude("g1"));
        assertEquals(List.of(), config.topicCreationExclude("g1"));
        assertEquals(3, config.topicCreationPartitions("g1"));
        assertEquals((short) 1, config.topicCreationReplicationFactor("g1"));
        assertEquals(Map.of("cleanup.policy", "compact"), config.topicCreationOtherConfigs("g1"));
        assertEquals(List.of(".*"), config.topicCreationInclude("default"));
    }

    @Test
    void minusOneMeansTheBrokerDefault() {
        SourceConnectorConfig config = new SourceConnectorConfig(plugins, withTopicCreation("topic.creation.groups",
                "g1", "topic.creation.g1.partitions", "-1", "topic.creation.g1.replication.factor", "-1"), true);
        assertEquals(-1, config.topicCreationPartitions("g1"));
        assertEquals((short) -1, config.topicCreationReplicationFactor("g1"));
    }

    @Test
    void invalidPartitionsAndReplicationFactorsAreRejected() {
        assertEquals("Invalid value 0 for configuration partitions: Number of partitions must be positive, or -1 to"
                + " use the broker's default", rejection(withTopicCreation("topic.creation.default.partitions", "0")));
        assertEquals("Invalid value 0 for configuration replication.factor: Replication factor must be positive and"
                + " not larger than the number of brokers in the Kafka cluster, or -1 to use the broker's default",
                rejection(withTopicCreation("topic.creation.default.replication.factor", "0")));
        assertEquals("Invalid value [g1, g1] for configuration topic.creation.groups: Duplicate alias provided.",
                rejection(withTopicCreation("topic.creation.groups", "g1,g1")));
    }

    @Test
    void exactlyOnceSettingsAreValidated() {
        assertEquals("Invalid value bogus for configuration exactly.once.support: String must be one of (case"
                + " insensitive): REQUIRED, REQUESTED", rejection(props("exactly.once.support", "bogus")));
        assertEquals("Invalid value -1 for configuration transaction.boundary.interval.ms: Value must be at least 0",
                rejection(props("transaction.boundary.interval.ms", "-1")));
        assertEquals("Invalid value  for configuration offsets.storage.topic: String must be non-empty",
                rejection(props("offsets.storage.topic", "")));
        SourceConnectorConfig config = new SourceConnectorConfig(plugins, props("exactly.once.support", "REQUIRED",
                "transaction.boundary", "Interval", "transaction.boundary.interval.ms", "500"), true);
        assertTrue(config.exactlyOnceRequired());
        assertEquals(TransactionBoundary.INTERVAL, config.transactionBoundary());
        assertEquals(500L, config.transactionBoundaryInterval());
        assertNull(config.offsetsTopic());
    }
}
