/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.herder.distributed.HttpInternalRequests;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * One in-process distributed worker on the shared test broker, with its own group and internal topics, and the
 * HTTP helpers the REST body specs share: send a request, poll until an answer reads as expected, compare errors.
 */
final class DistributedRestWorker implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration DEADLINE = Duration.ofSeconds(60);
    static final String TICKING = TickingConnectors.TickingSourceConnector.class.getName();
    static final String TICKING_TASK = TickingConnectors.TickingTask.class.getName();
    /** The version TickingConnectors report: statuses carry the connector's version, as Apache's do. */
    static final String TICKING_VERSION = "7.7.7";
    static final List<String> CONNECTOR_INFO = List.of("name", "config", "tasks", "type");

    private final HttpClient http = HttpClient.newHttpClient();
    private final DistributedRuntime runtime;
    private final URI base;

    private DistributedRestWorker(DistributedRuntime runtime) {
        this.runtime = runtime;
        this.base = runtime.rest().serverUrl();
    }

    /** Settings of a worker in a group of its own: unique group id and internal topics on the shared broker. */
    static Map<String, String> settings(KafkaEndpoint kafka) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("group.id", "rest-bodies-" + id);
        props.put("config.storage.topic", "rest-bodies-configs-" + id);
        props.put("offset.storage.topic", "rest-bodies-offsets-" + id);
        props.put("status.storage.topic", "rest-bodies-status-" + id);
        props.put("config.storage.replication.factor", "1");
        props.put("offset.storage.replication.factor", "1");
        props.put("status.storage.replication.factor", "1");
        props.put("offset.storage.partitions", "3");
        props.put("status.storage.partitions", "2");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("offset.flush.interval.ms", "200");
        props.put("listeners", "http://127.0.0.1:0");
        props.put("plugin.discovery", "hybrid_warn");
        return props;
    }

    /** Starts a worker with {@code settings} and waits until it has joined its group. */
    static DistributedRestWorker start(Map<String, String> settings) {
        DistributedRuntime runtime = DistributedRuntime.start(settings,
                config -> HttpInternalRequests.forWorker(config, Duration.ofSeconds(10)));
        DistributedRestWorker worker = new DistributedRestWorker(runtime);
        await("the worker joined its group", () -> runtime.herder().ready());
        return worker;
    }

    DistributedRuntime runtime() {
        return runtime;
    }

    /** The {@code worker_id} statuses name: the advertised REST host and port. */
    String workerId() {
        URI advertised = runtime.rest().advertisedUrl();
        return advertised.getHost() + ":" + advertised.getPort();
    }

    /** The absolute URL of {@code path} on this worker, as a client addresses it. */
    String url(String path) {
        return base.resolve(path).toString();
    }

    /** A fresh connector name, unique on the shared broker. */
    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The config of a one-task ticking source writing to {@code topic}, in the order a client would send it. */
    static String tickingConfig(String topic) {
        return "{\"connector.class\":\"" + TICKING + "\",\"tasks.max\":\"1\",\"topic\":\"" + topic + "\"}";
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(DEADLINE);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a ticking source named {@code name} writing to {@code topic}; fails unless created. */
    void createTicking(String name, String topic) throws Exception {
        HttpResponse<String> created = send("POST", "/connectors", "{\"name\":\"" + name + "\",\"config\":"
                + tickingConfig(topic) + "}");
        assertEquals(201, created.statusCode(), created.body());
    }

    /** Creates a ticking source and waits until it and its task run. */
    void createRunning(String name, String topic) throws Exception {
        createTicking(name, topic);
        awaitStates(name, "RUNNING", "RUNNING");
    }

    /** Polls the connector's status until the connector and its tasks are in {@code states}, in task order. */
    JsonNode awaitStates(String name, String connector, String... tasks) throws Exception {
        return awaitJson("/connectors/" + name + "/status", status -> {
            if (!status.path("connector").path("state").asText().equals(connector)
                    || status.path("tasks").size() != tasks.length) {
                return false;
            }
            for (int i = 0; i < tasks.length; i++) {
                if (!status.path("tasks").path(i).path("state").asText().equals(tasks[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Polls {@code path} until it answers 200 with a body that satisfies {@code condition}. */
    JsonNode awaitJson(String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            HttpResponse<String> response = send("GET", path, null);
            if (response.statusCode() == 200) {
                JsonNode body = JSON.readTree(response.body());
                if (condition.test(body)) {
                    return body;
                }
            }
            if (System.nanoTime() > deadline) {
                return fail("Timed out waiting on " + path + "; last answer " + response.statusCode() + " "
                        + response.body());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** Polls {@code path} until it answers {@code status}; returns that answer. */
    HttpResponse<String> awaitAnswer(String path, int status) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            HttpResponse<String> response = send("GET", path, null);
            if (response.statusCode() == status) {
                return response;
            }
            if (System.nanoTime() > deadline) {
                return fail("Timed out waiting for " + status + " on " + path + "; last answer "
                        + response.statusCode() + " " + response.body());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** Asserts an error answer: the status and Apache's body {@code {"error_code","message"}} exactly. */
    static void assertError(int status, String message, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("error_code", status);
        expected.put("message", message);
        assertEquals(JSON.writeValueAsString(expected), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
    }

    /** Asserts an answer without a body: 202 and 204 carry neither content nor a Content-Type, as Apache's. */
    static void assertEmpty(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("", response.body());
        assertEquals("", response.headers().firstValue("Content-Type").orElse(""), "no Content-Type");
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
