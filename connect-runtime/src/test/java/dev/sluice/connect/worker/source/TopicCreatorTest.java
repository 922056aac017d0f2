/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import static dev.sluice.connect.worker.source.RunnerHarness.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import dev.sluice.connect.domain.TargetState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class TopicCreatorTest {

    private KafkaTestClients kafka;
    private Admin admin;

    @BeforeEach
    void connect(KafkaTestClients kafka) {
        this.kafka = kafka;
        this.admin = Admin.create(kafka.adminConfig());
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> topicCreationProps(String... extra) {
        Map<String, String> props = new HashMap<>(Map.of("name", "creator", "connector.class", "FileStreamSink",
                "topic.creation.default.replication.factor", "1",
                "topic.creation.default.partitions", "3"));
        for (int i = 0; i < extra.length; i += 2) {
            props.put(extra[i], extra[i + 1]);
        }
        return props;
    }

    private static TopicCreator creator(Map<String, String> props, Admin admin) {
        return TopicCreator.forConnector(new SourceConnectorConfig(RunnerHarness.plugins(), props, true), admin);
    }

    private TopicDescription describe(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    }

    @Test
    void runnerCreatesItsTopicWithTheDefaultGroupsPartitionsBeforeTheFirstRecord() throws Exception {
        String topic = unique("created-");
        try (RunnerHarness harness = new RunnerHarness(kafka)) {
            harness.connectorProps.putAll(topicCreationProps());
            harness.connectorProps.put("name", harness.connector);
            ScriptedSourceTask task = new ScriptedSourceTask(3, 3, topic);
            harness.start(task, TargetState.STARTED);

            eventually("the records are acknowledged", () -> task.committedMetadata.size() == 3);
            assertEquals(3, describe(topic).partitions().size());
        }
    }

    @Test
    void firstMatchingGroupDecidesPartitionsAndTopicSettings() throws Exception {
        String topic = unique("compacted-");
        TopicCreator creator = creator(topicCreationProps(
                "topic.creation.groups", "compacted",
                "topic.creation.compacted.include", "compacted-.*",
                "topic.creation.compacted.partitions", "2",
                "topic.creation.compacted.cleanup.policy", "compact"), admin);

        creator.ensureTopic(topic);

        assertEquals(2, describe(topic).partitions().size());
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        assertEquals("compact", config.get("cleanup.policy").value());
    }

    @Test
    void existingTopicIsLeftAsItIs() throws Exception {
        String topic = unique("existing-");
        kafka.createTopic(topic, 1, 1);

        creator(topicCreationProps(), admin).ensureTopic(topic);

        assertEquals(1, describe(topic).partitions().size());
    }

    @Test
    void exclusionWinsOverInclusionAndUnclaimedTopicsAreNotCreated() throws Exception {
        TopicCreator creator = creator(topicCreationProps(
                "topic.creation.groups", "logs",
                "topic.creation.logs.include", "logs-.*",
                "topic.creation.logs.exclude", "logs-secret.*",
                "topic.creation.default.exclude", "raw-.*"), admin);

        assertEquals("logs", creator.groupFor("logs-app").name());
        assertEquals("default", creator.groupFor("logs-secret-1").name());
        assertEquals("default", creator.groupFor("orders").name());
        assertNull(creator.groupFor("raw-events"));

        String unclaimed = unique("raw-");
        creator.ensureTopic(unclaimed);
        assertEquals(false, admin.listTopics().names().get().contains(unclaimed));
    }

    @Test
    void connectorWithoutTopicCreationSettingsGetsNoCreator() {
        Map<String, String> props = Map.of("name", "plain", "connector.class", "FileStreamSink");
        assertNull(creator(props, admin));
    }
}
