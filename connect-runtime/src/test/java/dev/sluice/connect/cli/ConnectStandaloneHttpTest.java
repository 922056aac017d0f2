/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator starts a standalone worker and manages it with plain HTTP, as with curl. */
@WithSharedKafka
class ConnectStandaloneHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private StandaloneRuntime runtime;
    private URI base;

    @BeforeEach
    void start(KafkaEndpoint kafka) {
        Map<String, String> props = StandaloneTestSettings.of(kafka, dir);
        runtime = StandaloneRuntime.start(props);
        base = runtime.rest().serverUrl();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(DEADLINE)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitJson(String path, java.util.function.Predicate<JsonNode> condition) throws Exception {
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
                fail("Timed out waiting on " + path + "; last answer " + response.statusCode() + " "
                        + response.body());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    @Test
    void connectorPostedOverHttpReachesRunningAndCanBeDeleted() throws Exception {
        String name = "http-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\""
                + TickingConnectors.TickingSourceConnector.class.getName() + "\",\"topic\":\"" + name
                + "\",\"tasks.max\":\"1\"}}";
        HttpResponse<String> created = send("POST", "/connectors", body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(409, send("POST", "/connectors", body).statusCode());

        JsonNode status = awaitJson("/connectors/" + name + "/status",
                json -> json.path("connector").path("state").asText().equals("RUNNING")
                        && json.path("tasks").path(0).path("state").asText().equals("RUNNING"));
        assertEquals("7.7.7", status.path("connector").path("version").asText());
        assertEquals(base.getPort(), Integer.parseInt(status.path("connector").path("worker_id").asText()
                .replaceAll(".*:", "")));

        assertEquals(204, send("DELETE", "/connectors/" + name, null).statusCode());
        assertEquals(404, send("GET", "/connectors/" + name + "/status", null).statusCode());
    }

    @Test
    void aPrometheusScrapeSeesTheCountersMoveWhileAPipelineRuns() throws Exception {
        HttpResponse<String> before = send("GET", "/metrics", null);
        assertEquals(200, before.statusCode(), before.body());
        // Prometheus' text format, version 0.0.4 (Jetty writes the parameters in an order of its own).
        String contentType = before.headers().firstValue("Content-Type").orElse("").replace(" ", "");
        assertTrue(contentType.startsWith("text/plain;") && contentType.contains("version=0.0.4"), contentType);
        assertTrue(before.body().contains("\nkafka_connect_connect_worker_metrics_connector_count 0.0\n"),
                before.body());

        String name = "scraped-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, send("POST", "/connectors", "{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\""
                + TickingConnectors.TickingSourceConnector.class.getName() + "\",\"topic\":\"" + name
                + "\",\"tasks.max\":\"1\"}}").statusCode());
        awaitJson("/connectors/" + name + "/status",
                json -> json.path("tasks").path(0).path("state").asText().equals("RUNNING"));

        String after = send("GET", "/metrics", null).body();
        for (String sample : List.of("kafka_connect_connect_worker_metrics_connector_count 1.0",
                "kafka_connect_connect_worker_metrics_task_count 1.0",
                "kafka_connect_connect_worker_metrics_connector_startup_success_total 1.0",
                "kafka_connect_connect_worker_metrics_task_startup_attempts_total 1.0",
                "# TYPE kafka_connect_connect_worker_metrics_task_startup_attempts_total counter")) {
            assertTrue(after.contains("\n" + sample + "\n"), sample + " in\n" + after);
        }
        // The task ticks every 20 ms: what it polled and wrote keeps growing from one scrape to the next.
        String polled = "kafka_connect_source_task_metrics_source_record_poll_total{connector=\"" + name
                + "\",task=\"0\"}";
        String written = "kafka_connect_source_task_metrics_source_record_write_total{connector=\"" + name
                + "\",task=\"0\"}";
        double polledFirst = sample(after, polled);
        double writtenFirst = sample(after, written);
        Thread.sleep(500);
        String later = send("GET", "/metrics", null).body();
        assertTrue(sample(later, polled) > polledFirst, later);
        assertTrue(sample(later, written) > writtenFirst, later);
        assertTrue(later.contains("\nkafka_connect_source_task_metrics_poll_batch_avg_time_ms{connector=\""
                + name + "\",task=\"0\"} "), later);

        assertEquals(204, send("DELETE", "/connectors/" + name, null).statusCode());
        awaitJson("/connectors", json -> json.isArray() && json.isEmpty());
        assertFalse(send("GET", "/metrics", null).body().contains(polled), "a deleted task's metrics are gone");
    }

    /** The value of the sample {@code series} (a name with its labels) in a scrape; fails if it is missing. */
    private static double sample(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1));
            }
        }
        return fail(series + " missing from\n" + scrape);
    }

    @Test
    void serverInfoLearnsTheClusterIdWithoutDelayingStartupAndHealthIsReady() throws Exception {
        JsonNode info = awaitJson("/", json -> !json.path("kafka_cluster_id").isNull()
                && !json.path("kafka_cluster_id").asText().isEmpty());
        assertFalse(info.path("version").asText().isEmpty());
        HttpResponse<String> health = send("GET", "/health", null);
        assertEquals(200, health.statusCode(), health.body());
    }

    @Test
    void pluginListingsIncludeTheTestConnectorAndOtherPluginTypesOnRequest() throws Exception {
        String connectorsOnly = send("GET", "/connector-plugins", null).body();
        assertTrue(connectorsOnly.contains(TickingConnectors.TickingSourceConnector.class.getName()));
        assertFalse(connectorsOnly.contains("\"transformation\""));
        String all = send("GET", "/connector-plugins?connectorsOnly=false", null).body();
        assertTrue(all.contains("\"transformation\"") && all.contains("\"converter\""), all);
        JsonNode config = JSON.readTree(send("GET", "/connector-plugins/"
                + TickingConnectors.TickingSourceConnector.class.getSimpleName() + "/config", null).body());
        assertTrue(config.findValuesAsText("name").containsAll(java.util.List.of("connector.class", "topic")));
        assertEquals(404, send("GET", "/connector-plugins/Nope/config", null).statusCode());
    }
}
