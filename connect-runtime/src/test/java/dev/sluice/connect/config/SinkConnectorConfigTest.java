/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import static dev.sluice.connect.config.ConnectorConfigTest.props;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.Plugins;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SinkConnectorConfigTest {

    static Plugins plugins;

    @BeforeAll
    static void discover() {
        plugins = Plugins.discover(List.of(), PluginDiscoveryMode.SERVICE_LOAD, true);
    }

    @AfterAll
    static void close() {
        plugins.close();
    }

    static String rejection(Map<String, String> props) {
        return assertThrows(ConfigException.class, () -> SinkConnectorConfig.validate(props)).getMessage();
    }

    @Test
    void sinkKeysFollowTheCommonOnes() {
        ConfigDef def = SinkConnectorConfig.configDef();
        assertEquals(24, def.configKeys().size());
        assertEquals("Topics regex", def.configKeys().get("topics.regex").displayName);
        assertEquals((short) 3, def.configKeys().get("errors.deadletterqueue.topic.replication.factor").defaultValue);
        assertEquals("Error Handling", def.configKeys().get("errors.deadletterqueue.topic.name").group);
        assertEquals(8, def.configKeys().get("errors.deadletterqueue.context.headers.enable").orderInGroup);
    }

    @Test
    void sinkWithTopicsAndTopicsRegexIsRejected() {
        assertEquals("Invalid value t for configuration topics: topics and topics.regex are mutually exclusive"
                + " options, but both are set.", rejection(props("topics", "t", "topics.regex", "t.*")));
    }

    @Test
    void sinkWithNeitherTopicsNorTopicsRegexIsRejected() {
        assertEquals("Invalid value null for configuration topics: Must configure one of topics or topics.regex",
                rejection(props()));
        assertEquals("Invalid value  for configuration topics: Must configure one of topics or topics.regex",
                rejection(props("topics", "")));
    }

    @Test
    void deadLetterQueueTopicAmongConsumedTopicsIsRejected() {
        assertEquals("Invalid value t,dlq for configuration topics: The DLQ topic 'dlq' may not be included in the"
                + " list of topics ('topics=[t, dlq]') consumed by the connector",
                rejection(props("topics", "t,dlq", "errors.deadletterqueue.topic.name", "dlq")));
    }

    @Test
    void deadLetterQueueTopicMatchedByTheRegexIsRejected() {
        assertEquals("Invalid value d.* for configuration topics.regex: The DLQ topic 'dlq' may not be matched by the"
                + " regex for the topics ('topics.regex=d.*') consumed by the connector",
                rejection(props("topics.regex", "d.*", "errors.deadletterqueue.topic.name", "dlq")));
    }

    @Test
    void validSinkTopicSettingsPass() {
        SinkConnectorConfig.validate(props("topics", "a,b", "errors.deadletterqueue.topic.name", "dlq"));
        SinkConnectorConfig.validate(props("topics.regex", "a.*", "errors.deadletterqueue.topic.name", "dlq"));
    }

    @Test
    void validationAttachesTopicErrorsToBothKeys() {
        Map<String, ConfigValue> values = SinkConnectorConfig.validateAll(plugins,
                props("topics", "t", "topics.regex", "t.*"));
        String both = "topics and topics.regex are mutually exclusive options, but both are set.";
        assertEquals(List.of(both), values.get("topics").errorMessages());
        assertEquals(List.of(both), values.get("topics.regex").errorMessages());
    }

    @Test
    void duplicateAndBlankTopicsAreReported() {
        Map<String, ConfigValue> values = SinkConnectorConfig.validateAll(plugins, props("topics", "t,t"));
        assertEquals(List.of("Configuration 'topics' values must not be duplicated."),
                values.get("topics").errorMessages());
        assertEquals("Configuration 'topics' values must not be empty.", assertThrows(ConfigException.class,
                () -> new SinkConnectorConfig(plugins, props("topics", "t, ,u"))).getMessage());
    }

    @Test
    void invalidTopicsRegexNamesTheKey() {
        String message = assertThrows(ConfigException.class,
                () -> new SinkConnectorConfig(plugins, props("topics.regex", "(("))).getMessage();
        assertTrue(message.startsWith("Invalid value (( for configuration topics.regex: Invalid regex: Unclosed group"),
                message);
    }

    @Test
    void topicsListIsTrimmedAndSkipsEmptyEntries() {
        assertEquals(List.of("a", "b", "c"), SinkConnectorConfig.parseTopicsList(props("topics", " a , b ,,c")));
    }

    @Test
    void deadLetterQueueIsOffByDefault() {
        SinkConnectorConfig config = new SinkConnectorConfig(plugins, props("topics", "t"));
        assertEquals("", config.dlqTopicName());
        assertFalse(config.isDlqContextHeadersEnabled());
        assertFalse(config.enableErrantRecordReporter());
        assertEquals(List.of("t"), config.topics());
        SinkConnectorConfig withDlq = new SinkConnectorConfig(plugins, props("topics", "t",
                "errors.deadletterqueue.topic.name", "dlq", "errors.deadletterqueue.topic.replication.factor", "1"));
        assertTrue(withDlq.enableErrantRecordReporter());
        assertEquals((short) 1, withDlq.dlqTopicReplicationFactor());
    }
}
