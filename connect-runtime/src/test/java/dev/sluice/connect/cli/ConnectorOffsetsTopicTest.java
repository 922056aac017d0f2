/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static dev.sluice.connect.cli.DistributedRestWorker.assertEmpty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A source connector that names its own {@code offsets.storage.topic} (KIP-618) keeps its offsets in that topic,
 * created like the worker's, and also in the worker's topic; it resumes from the worker's topic while its own has
 * nothing yet, and a reset clears both.
 */
@WithSharedKafka
class ConnectorOffsetsTopicTest {

    private static DistributedRestWorker worker;
    private static Map<String, String> settings;

    @BeforeAll
    static void start(KafkaEndpoint kafka) {
        settings = DistributedRestWorker.settings(kafka);
        worker = DistributedRestWorker.start(settings);
    }

    @AfterAll
    static void stop() {
        if (worker != null) {
            worker.close();
        }
    }

    private static String config(String topic, String offsetsTopic) {
        String own = offsetsTopic == null ? "" : ",\"offsets.storage.topic\":\"" + offsetsTopic + "\"";
        return DistributedRestWorker.tickingConfig(topic).replace("}", own + "}");
    }

    @Test
    void offsetsGoToTheConnectorsOwnTopicAndToTheWorkers(KafkaTestClients kafka) throws Exception {
        String name = DistributedRestWorker.uniqueName("own-offsets");
        String ownTopic = name + "-offsets";
        assertEquals(201, worker.send("PUT", "/connectors/" + name + "/config", config(name, ownTopic)).statusCode());
        worker.awaitStates(name, "RUNNING", "RUNNING");
        JsonNode listed = worker.awaitJson("/connectors/" + name + "/offsets",
                json -> json.path("offsets").path(0).path("offset").path("position").asLong() >= 3);
        assertEquals("{\"ticker\":\"task-0\"}", listed.path("offsets").path(0).path("partition").toString());

        try (Admin admin = Admin.create(kafka.adminConfig())) {
            TopicDescription created = admin.describeTopics(List.of(ownTopic)).allTopicNames().get().get(ownTopic);
            assertEquals(3, created.partitions().size(), "partitions as the worker's offset.storage.partitions");
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, ownTopic);
            Config topicConfig = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertEquals("compact", topicConfig.get("cleanup.policy").value());
        }
        String key = "[\"" + name + "\",{\"ticker\":\"task-0\"}]";
        DistributedRestWorker.await("offsets in both topics", () ->
                latestValues(kafka, ownTopic).containsKey(key) && latestValues(kafka, workerTopic()).containsKey(key));
        assertTrue(latestValues(kafka, ownTopic).get(key).startsWith("{\"position\":"));
    }

    @Test
    void aConnectorMovedToItsOwnTopicResumesFromTheWorkersAndAResetClearsBoth(KafkaTestClients kafka)
            throws Exception {
        String name = DistributedRestWorker.uniqueName("moved-offsets");
        String ownTopic = name + "-offsets";
        worker.createRunning(name, name);
        stopConnector(name);
        assertEquals(200, worker.send("PATCH", "/connectors/" + name + "/offsets",
                "{\"offsets\":[{\"partition\":{\"ticker\":\"task-0\"},\"offset\":{\"position\":1000}}]}")
                .statusCode());

        assertEquals(200, worker.send("PUT", "/connectors/" + name + "/config", config(name, ownTopic)).statusCode());
        assertEmpty(202, worker.send("PUT", "/connectors/" + name + "/resume", null));
        worker.awaitStates(name, "RUNNING", "RUNNING");
        DistributedRestWorker.await("the task resumed from the worker's topic", () ->
                readToEnd(kafka, name).stream().anyMatch(record -> "tick-1001".equals(record.value())));
        DistributedRestWorker.await("the new offsets reached the connector's topic", () ->
                latestValues(kafka, ownTopic).containsKey("[\"" + name + "\",{\"ticker\":\"task-0\"}]"));

        stopConnector(name);
        assertEquals(200, worker.send("DELETE", "/connectors/" + name + "/offsets", null).statusCode());
        worker.awaitJson("/connectors/" + name + "/offsets", json -> json.path("offsets").isEmpty());
        String key = "[\"" + name + "\",{\"ticker\":\"task-0\"}]";
        assertFalse(latestValues(kafka, ownTopic).containsKey(key), "reset in the connector's topic");
        assertFalse(latestValues(kafka, workerTopic()).containsKey(key), "reset in the worker's topic");
    }

    private static String workerTopic() {
        return settings.get("offset.storage.topic");
    }

    private static void stopConnector(String name) throws Exception {
        assertEmpty(204, worker.send("PUT", "/connectors/" + name + "/stop", null));
        worker.awaitStates(name, "STOPPED");
    }

    /** The last value of every key in {@code topic}; a reset removes the key. */
    private static Map<String, String> latestValues(KafkaTestClients kafka, String topic) {
        Map<String, String> latest = new HashMap<>();
        for (ConsumerRecord<String, String> record : readToEnd(kafka, topic)) {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                latest.put(record.key(), record.value());
            }
        }
        return latest;
    }

    /** Every record of {@code topic} from the beginning to its current end. */
    private static List<ConsumerRecord<String, String>> readToEnd(KafkaTestClients kafka, String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerConfig(null))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
