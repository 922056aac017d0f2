/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user tries a connector config before creating it, and looks at what a running connector would produce next: the
 * records come back as they would be written (source) or handed to the task (sink), after the transformations and
 * converters, and nothing is written to Kafka and no offset moves.
 */
@WithSharedKafka
class RecordPreviewTest {

    private static final String TICKING = TickingConnectors.TickingSourceConnector.class.getName();
    private static final String COLLECTING = "dev.sluice.connect.worker.FactoryConnectors$CollectingSinkConnector";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private StandaloneRuntime runtime;
    private URI base;
    private KafkaTestClients kafka;

    @BeforeEach
    void start(KafkaEndpoint endpoint) {
        kafka = endpoint.clients();
        Map<String, String> settings = new HashMap<>(StandaloneTestSettings.of(endpoint, dir));
        settings.put("offset.flush.interval.ms", "100");
        runtime = StandaloneRuntime.start(settings);
        base = runtime.rest().serverUrl();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void aSourceConfigIsPreviewedThroughItsTransformationsWithoutWritingAnything() throws Exception {
        String topic = "preview-ticks-" + id;
        JsonNode preview = call("PUT", "/connector-plugins/TickingSourceConnector/preview?limit=3", """
                {"name": "ticks-%s", "connector.class": "%s", "topic": "%s",
                 "transforms": "origin,route",
                 "transforms.origin.type": "org.apache.kafka.connect.transforms.InsertHeader",
                 "transforms.origin.header": "origin", "transforms.origin.value.literal": "preview",
                 "transforms.route.type": "org.apache.kafka.connect.transforms.RegexRouter",
                 "transforms.route.regex": "(.*)", "transforms.route.replacement": "$1-routed"}
                """.formatted(id, TICKING, topic), 200);

        assertEquals("source", preview.path("type").asText());
        List<String> values = new ArrayList<>();
        for (JsonNode record : preview.path("records")) {
            assertEquals("converted", record.path("outcome").asText(), record.toString());
            assertEquals(topic + "-routed", record.path("topic").asText());
            assertEquals("origin", record.path("headers").path(0).path("key").asText());
            assertEquals("preview", record.path("headers").path(0).path("value").path("utf8").asText());
            values.add(record.path("value").path("utf8").asText());
        }
        // A config that was never created starts from no offsets.
        assertEquals(List.of("tick-1", "tick-2", "tick-3"), values);
        assertEquals(1, preview.path("records").path(0).path("source_offset").path("position").asInt());
        assertFalse(kafka.listTopics().contains(topic + "-routed"), "the preview created the routed topic");
        assertEquals(404, send("GET", "/connectors/ticks-" + id, null).statusCode());
    }

    @Test
    void aRecordAStageFailsOnIsShownWithTheStageAndTheRecordsBeforeAndAfterStillCount() throws Exception {
        JsonNode preview = call("PUT", "/connector-plugins/TickingSourceConnector/preview?limit=2", """
                {"name": "casts-%s", "connector.class": "%s", "topic": "t",
                 "transforms": "cast", "transforms.cast.type": "org.apache.kafka.connect.transforms.Cast$Value",
                 "transforms.cast.spec": "int32"}
                """.formatted(id, TICKING), 200);

        assertEquals(2, preview.path("records").size(), preview.toString());
        for (JsonNode record : preview.path("records")) {
            assertEquals("failed", record.path("outcome").asText());
            assertEquals("TRANSFORMATION", record.path("failure").path("stage").asText());
            assertEquals("org.apache.kafka.connect.transforms.Cast$Value",
                    record.path("failure").path("class").asText());
            assertTrue(record.path("failure").path("message").asText().contains("tick-"), record.toString());
            assertFalse(record.has("value"));
        }
    }

    @Test
    void aStoppedConnectorIsPreviewedFromItsCommittedOffsetsWhichStayWhereTheyAre() throws Exception {
        String name = "ticker-" + id;
        call("POST", "/connectors", """
                {"name": "%s", "config": {"connector.class": "%s", "topic": "preview-ticker-%s"}}
                """.formatted(name, TICKING, id), 201);
        awaitCommittedPosition(name);
        call("PUT", "/connectors/" + name + "/stop", null, 204);
        long committed = awaitCommittedPosition(name);

        JsonNode preview = call("POST", "/connectors/" + name + "/preview?limit=2&timeoutMs=5000", null, 200);

        assertEquals(committed + 1, preview.path("records").path(0).path("source_offset").path("position").asLong());
        assertEquals("tick-" + (committed + 2), preview.path("records").path(1).path("value").path("utf8").asText());
        assertEquals(committed, committedPosition(name), "the preview moved the committed offset");
    }

    @Test
    void aSinkConfigIsPreviewedOnASampleOfItsTopicAsTheTaskWouldBeHandedIt() throws Exception {
        String topic = "preview-orders-" + id;
        kafka.createTopic(topic, 1, 1);
        ProducerRecord<String, String> first = new ProducerRecord<>(topic, "k1", "shipped");
        first.headers().add(new RecordHeader("source", "web".getBytes(StandardCharsets.UTF_8)));
        kafka.produce(List.of(first, new ProducerRecord<>(topic, "k2", "returned")));

        JsonNode preview = call("PUT", "/connector-plugins/CollectingSinkConnector/preview?limit=2", """
                {"name": "orders-%s", "connector.class": "%s", "topics": "%s",
                 "transforms": "hoist", "transforms.hoist.type": "org.apache.kafka.connect.transforms.HoistField$Value",
                 "transforms.hoist.field": "status"}
                """.formatted(id, COLLECTING, topic), 200);

        assertEquals("sink", preview.path("type").asText());
        JsonNode record = preview.path("records").path(0);
        assertEquals("converted", record.path("outcome").asText(), preview.toString());
        assertEquals(topic, record.path("topic").asText());
        assertEquals(0, record.path("offset").asLong());
        assertEquals("k1", record.path("key").path("data").asText());
        assertEquals("STRUCT", record.path("value").path("schema").asText());
        assertEquals("shipped", record.path("value").path("data").path("status").asText());
        assertEquals("web", record.path("headers").path(0).path("value").path("data").asText());
        assertEquals("returned", preview.path("records").path(1).path("value").path("data").path("status").asText());
        // The preview's consumer committed nothing for the connector's group.
        try (var admin = org.apache.kafka.clients.admin.Admin.create(kafka.adminConfig())) {
            assertTrue(admin.listConsumerGroupOffsets("connect-orders-" + id).partitionsToOffsetAndMetadata()
                    .get().isEmpty());
        }
    }

    @Test
    void limitsOutOfRangeAndAnInvalidConfigAreRefusedWithTheReason() throws Exception {
        HttpResponse<String> tooMany = send("PUT", "/connector-plugins/TickingSourceConnector/preview?limit=5000",
                "{\"name\":\"x\",\"connector.class\":\"" + TICKING + "\",\"topic\":\"t\"}");
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("1 to 1000 records"), tooMany.body());
        HttpResponse<String> noTime = send("POST", "/connectors/any/preview?timeoutMs=0", null);
        assertEquals(400, noTime.statusCode());
        assertTrue(noTime.body().contains("at most 60000 ms"), noTime.body());

        HttpResponse<String> invalid = send("PUT", "/connector-plugins/TickingSourceConnector/preview",
                "{\"name\":\"x\",\"connector.class\":\"" + TICKING + "\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("topic"), invalid.body());

        assertEquals(404, send("POST", "/connectors/no-such-" + id + "/preview", null).statusCode());
    }

    private long awaitCommittedPosition(String name) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        long position = committedPosition(name);
        while (position <= 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            position = committedPosition(name);
        }
        assertTrue(position > 0, "no offset committed for " + name);
        return position;
    }

    private long committedPosition(String name) throws Exception {
        JsonNode offsets = call("GET", "/connectors/" + name + "/offsets", null, 200).path("offsets");
        return offsets.isEmpty() ? 0 : offsets.path(0).path("offset").path("position").asLong();
    }

    private JsonNode call(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        assertEquals(expected, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(DEADLINE)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
