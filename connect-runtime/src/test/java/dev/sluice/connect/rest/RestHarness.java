/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.rest.extension.RestExtensions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** A RestServer on a free port in front of a {@link FakeHerder}, and a small HTTP client for it. */
final class RestHarness implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without a logback-test.xml the test JVM logs at DEBUG; Jetty's and Jersey's startup chatter drowns the rest.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger("org.eclipse.jetty").setLevel(Level.INFO);
        context.getLogger("org.glassfish").setLevel(Level.INFO);
    }

    final FakeHerder herder = new FakeHerder();
    final RestServer server;
    private final HttpClient client;

    RestHarness() {
        this(RestServerConfig.forListeners("http://localhost:0"));
    }

    RestHarness(RestServerConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** A server for {@code config}, asked through {@code client} (one with an SSL context for HTTPS listeners). */
    RestHarness(RestServerConfig config, HttpClient client) {
        this(config, client, RestExtensions.none());
    }

    /** A server for {@code config} with {@code extensions} registered. */
    RestHarness(RestServerConfig config, HttpClient client, RestExtensions extensions) {
        this.client = client;
        server = new RestServer(config, extensions);
        // Every resource the worker has, so that what Jersey checks at start is what a worker registers.
        server.exposeMetrics(Map::of);
        herder.clusterLoggerLevels = server.clusterLoggerLevels();
        server.start(herder);
    }

    /** A status, headers and body of one exchange. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply post(String path, String body) {
        return send("POST", path, body);
    }

    Reply put(String path, String body) {
        return send("PUT", path, body);
    }

    Reply patch(String path, String body) {
        return send("PATCH", path, body);
    }

    Reply send(String method, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json"), method, body);
    }

    Reply send(HttpRequest.Builder request, String method, String body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        try {
            HttpResponse<String> response = client.send(request.method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This worker's URL as other workers name it (with the trailing slash, like a leader URL). */
    String url() {
        return server.serverUrl().toString();
    }

    URI uri(String path) {
        return server.serverUrl().resolve(path);
    }

    /** Creates a connector through REST and checks it was created. */
    void createConnector(String name) {
        Reply reply = post("/connectors", "{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\"FakeSource\","
                + "\"topic\":\"t\"}}");
        if (reply.status() != 201) {
            throw new AssertionError("create " + name + " answered " + reply);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
