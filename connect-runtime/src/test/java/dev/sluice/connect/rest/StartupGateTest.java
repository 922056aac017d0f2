/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A distributed worker listens before it has read its internal topics. Meanwhile /health says "starting", and every
 * other request (GET / too, which scripts poll) waits rather than answering from an empty picture.
 */
class StartupGateTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void stateRequestsWaitUntilTheStoresAreReadWhileHealthAnswersAtOnce() throws Exception {
        FakeHerder herder = new FakeHerder();
        herder.ready = false;
        herder.putConnectorConfig("orders", Map.of("connector.class", "FileStreamSource", "file", "/tmp/in.txt",
                "topic", "orders"), null, false).get(10, TimeUnit.SECONDS);
        try (RestServer server = new RestServer(RestServerConfig.forListeners("http://localhost:0"))) {
            server.startHoldingRequests(herder);
            CompletableFuture<HttpResponse<String>> connectors = get(server, "connectors");
            CompletableFuture<HttpResponse<String>> root = get(server, "");

            HttpResponse<String> health = get(server, "health").get(10, TimeUnit.SECONDS);
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("\"starting\""), health.body());
            Thread.sleep(300);
            assertFalse(connectors.isDone(), "GET /connectors answered before the stores were read");
            assertFalse(root.isDone(), "GET / answered before the stores were read");

            server.openRequests();
            HttpResponse<String> answer = connectors.get(10, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode());
            assertEquals("[\"orders\"]", answer.body());
            assertEquals(200, root.get(10, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void aRequestStillHeldWhenTheRequestTimeoutEndsIsAnswered503() throws Exception {
        RestServerConfig quick = RestServerConfig.forListeners("http://localhost:0")
                .withRequestTimeout(Duration.ofMillis(200));
        try (RestServer server = new RestServer(quick)) {
            server.startHoldingRequests(new FakeHerder());
            HttpResponse<String> answer = get(server, "connectors").get(10, TimeUnit.SECONDS);
            assertEquals(503, answer.statusCode());
            assertTrue(answer.body().contains("still starting"), answer.body());
        }
    }

    private CompletableFuture<HttpResponse<String>> get(RestServer server, String path) {
        URI uri = server.serverUrl().resolve(path);
        return client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
