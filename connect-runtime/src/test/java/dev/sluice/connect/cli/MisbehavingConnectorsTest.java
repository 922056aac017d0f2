/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Connectors that throw from every method, hang in {@code stop()} or leak threads, on a real standalone worker next
 * to a healthy connector: each fails or is stopped on its own, and the worker and the healthy connector go on.
 */
@WithSharedKafka
class MisbehavingConnectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String SOURCE = MisbehavingConnectors.MisbehavingSource.class.getName();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private KafkaTestClients kafka;
    private StandaloneRuntime runtime;
    private URI base;
    private String healthyTopic;

    @BeforeEach
    void start(KafkaTestClients kafka) throws Exception {
        this.kafka = kafka;
        Map<String, String> props = new HashMap<>(StandaloneTestSettings.of(new KafkaEndpoint(kafka.bootstrapServers()), dir));
        props.put("task.shutdown.graceful.timeout.ms", "2000");
        runtime = StandaloneRuntime.start(props);
        base = runtime.rest().serverUrl();
        healthyTopic = "healthy-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopic(healthyTopic, 1, 1);
        create("healthy", Map.of("connector.class", TickingConnectors.TickingSourceConnector.class.getName(),
                "topic", healthyTopic));
        awaitStatus("healthy", "RUNNING", "RUNNING");
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"connector-start", "task-start", "poll"})
    void aConnectorThatThrowsFailsOnItsOwnAndCanBeDeleted(String where) throws Exception {
        create("bad", Map.of("connector.class", SOURCE, "misbehave", where));

        JsonNode status = awaitStatusWhere("bad", where + " is reported FAILED",
                s -> s.toString().contains("\"FAILED\""));
        assertTrue(status.toString().contains("misbehaving on purpose in " + where), status.toString());
        assertEquals(204, send("DELETE", "/connectors/bad", null).statusCode());
        assertWorkerAndHealthyConnectorGoOn();
    }

    @Test
    void aConnectorWhoseTaskConfigsThrowKeepsRunningWithoutTasksAsOnApachesWorker() throws Exception {
        create("bad", Map.of("connector.class", SOURCE, "misbehave", "task-configs"));

        JsonNode status = awaitStatusWhere("bad", "the connector RUNNING without tasks",
                s -> "RUNNING".equals(s.at("/connector/state").asText()));
        assertEquals(0, status.path("tasks").size(), status.toString());
        assertEquals(204, send("DELETE", "/connectors/bad", null).statusCode());
        assertWorkerAndHealthyConnectorGoOn();
    }

    @ParameterizedTest
    @ValueSource(strings = {"connector-stop", "task-stop", "connector-hangs-in-stop", "task-hangs-in-stop"})
    void aConnectorThatThrowsOrHangsWhileStoppingIsDeletedWithinTheShutdownTimeouts(String where) throws Exception {
        create("bad", Map.of("connector.class", SOURCE, "misbehave", where));
        awaitStatus("bad", "RUNNING", "RUNNING");

        long began = System.nanoTime();
        assertEquals(204, send("DELETE", "/connectors/bad", null).statusCode());
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "deleting took " + took);
        assertEquals(404, send("GET", "/connectors/bad", null).statusCode());
        assertWorkerAndHealthyConnectorGoOn();
    }

    @Test
    void aSinkWhosePutThrowsFailsItsTaskAlone() throws Exception {
        create("bad-sink", Map.of("connector.class", MisbehavingConnectors.MisbehavingSink.class.getName(),
                "misbehave", "put", "topics", healthyTopic));

        JsonNode status = awaitStatusWhere("bad-sink", "the sink task FAILED",
                s -> "FAILED".equals(s.at("/tasks/0/state").asText()));
        assertTrue(status.at("/tasks/0/trace").asText().contains("misbehaving on purpose in put"), status.toString());
        assertEquals("RUNNING", status.at("/connector/state").asText());
        assertWorkerAndHealthyConnectorGoOn();
    }

    @Test
    void aTaskThatLeaksAThreadIsStoppedAndTheWorkerGoesOnWithTheThreadLeftBehind() throws Exception {
        create("leaky", Map.of("connector.class", SOURCE, "misbehave", "leak-thread"));
        awaitStatus("leaky", "RUNNING", "RUNNING");

        assertEquals(204, send("DELETE", "/connectors/leaky", null).statusCode());

        assertTrue(MisbehavingConnectors.LEAKED.stream().anyMatch(Thread::isAlive),
                "the plugin's thread is its own business and outlives the task");
        assertWorkerAndHealthyConnectorGoOn();
    }

    /** The REST API answers, a new connector can be created, and the healthy one is RUNNING and still writing. */
    private void assertWorkerAndHealthyConnectorGoOn() throws Exception {
        assertEquals(200, send("GET", "/", null).statusCode());
        awaitStatus("healthy", "RUNNING", "RUNNING");
        long written = endOffset(healthyTopic);
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (endOffset(healthyTopic) <= written) {
            if (System.nanoTime() > deadline) {
                fail("the healthy connector stopped writing");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        create("after", Map.of("connector.class", TickingConnectors.TickingSourceConnector.class.getName(),
                "topic", healthyTopic));
        awaitStatus("after", "RUNNING", "RUNNING");
    }

    private long endOffset(String topic) throws Exception {
        try (Admin admin = Admin.create(kafka.adminConfig())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
        }
    }

    private void create(String name, Map<String, String> config) throws IOException, InterruptedException {
        Map<String, String> withName = new HashMap<>(config);
        withName.put("name", name);
        HttpResponse<String> response = send("POST", "/connectors",
                JSON.writeValueAsString(Map.of("name", name, "config", withName)));
        assertEquals(201, response.statusCode(), response.body());
    }

    private void awaitStatus(String name, String connectorState, String taskState) throws Exception {
        awaitStatusWhere(name, name + " " + connectorState + " with task " + taskState,
                status -> connectorState.equals(status.at("/connector/state").asText())
                        && taskState.equals(status.at("/tasks/0/state").asText()));
    }

    private JsonNode awaitStatusWhere(String name, String what, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send("GET", "/connectors/" + name + "/status", null);
            if (response.statusCode() == 200) {
                status = JSON.readTree(response.body());
                if (condition.test(status)) {
                    return status;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new AssertionError("timed out waiting until " + what + "; last status " + status);
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(DEADLINE);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
