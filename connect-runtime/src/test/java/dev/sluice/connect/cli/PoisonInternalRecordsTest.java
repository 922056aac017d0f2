/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static dev.sluice.connect.cli.DistributedRestWorker.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Records in the internal topics that no Sluice or Apache worker wrote the way the herder expects (another tool,
 * another version, a broken hand-made record) never stop the herder: it skips what it cannot use, the worker stays
 * healthy, and connectors are still created, run and report their status and offsets.
 */
@WithSharedKafka
class PoisonInternalRecordsTest {

    private static final String HUGE = "x".repeat(900_000);

    @Test
    void aWorkerKeepsManagingConnectorsAfterGarbageInEveryInternalTopic(KafkaEndpoint kafka,
            KafkaTestClients clients) throws Exception {
        Map<String, String> settings = DistributedRestWorker.settings(kafka);
        try (DistributedRestWorker worker = DistributedRestWorker.start(settings)) {
            worker.createRunning("before", DistributedRestWorker.uniqueName("before"));

            List<ProducerRecord<String, String>> poison = new ArrayList<>();
            String configs = settings.get("config.storage.topic");
            for (String[] record : new String[][] {
                    {"connector-p1", "not json at all"},
                    {"connector-p2", "{\"properties\":5}"},
                    {"connector-p3", "{\"properties\":{\"connector.class\":null}}"},
                    {"connector-p4", "[1,2,3]"},
                    {"task-p5-x", "{\"properties\":{}}"},
                    {"task-p6-0", "{\"properties\":{\"a\":{\"nested\":true}}}"},
                    {"commit-p7", "{\"tasks\":\"many\"}"},
                    {"commit-p8", "{\"tasks\":-3}"},
                    {"target-state-p9", "{\"state\":\"SIDEWAYS\"}"},
                    {"target-state-before", "{\"state\":null}"},
                    {"session-key", "{\"key\":\"%%%\",\"algorithm\":5,\"creation-timestamp\":\"soon\"}"},
                    {"restart-connector-p10", "{\"only-failed\":\"maybe\"}"},
                    {"logger-cluster-org.example", "{\"level\":5}"},
                    {"connector-huge", "{\"properties\":{\"big\":\"" + HUGE + "\"}}"},
                    {"whatever", "\u0000\u0001\u0002"}}) {
                poison.add(new ProducerRecord<>(configs, record[0], record[1]));
            }
            String statuses = settings.get("status.storage.topic");
            poison.add(new ProducerRecord<>(statuses, "status-connector-before", "garbage"));
            poison.add(new ProducerRecord<>(statuses, "status-task-before-0", "{\"state\":7}"));
            poison.add(new ProducerRecord<>(statuses, "status-topic-t:connector-before", "{}"));
            String offsets = settings.get("offset.storage.topic");
            poison.add(new ProducerRecord<>(offsets, "not a json key", "{\"position\":1}"));
            poison.add(new ProducerRecord<>(offsets, "[\"before\",{\"ticker\":\"task-0\"}]", "not json"));
            poison.add(new ProducerRecord<>(offsets, "[5,6]", "[]"));
            clients.produce(poison);

            // A connector created after the garbage runs: the herder has read past every one of those records.
            String after = DistributedRestWorker.uniqueName("after");
            worker.createRunning(after, after);
            HttpResponse<String> health = worker.send("GET", "/health", null);
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("healthy", json(health).path("status").asText());
            JsonNode listed = worker.awaitJson("/connectors", names -> names.toString().contains(after));
            assertTrue(listed.toString().contains("\"before\""), listed.toString());
            worker.awaitStates("before", "RUNNING", "RUNNING");
            assertEquals(200, worker.send("GET", "/connectors/before/offsets", null).statusCode());
        }
    }
}
