/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.e2e.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The few REST calls the cluster tests make against one worker, Apache's or Sluice's alike. Calls that can meet a
 * rebalance (a 409, or a 500 while the leader is unreachable) are retried until their deadline, because a worker
 * that is joining or losing its leader answers those for a while and that is not what a test is about.
 */
public final class ConnectRestClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final Supplier<String> diagnostics;

    /** A client for the worker at {@code base}; {@code diagnostics} (e.g. the worker's log tail) goes into failures. */
    public ConnectRestClient(URI base, Supplier<String> diagnostics) {
        this.base = base;
        this.diagnostics = diagnostics;
    }

    /** One answer: status code, content type (empty if none) and body. */
    public record Response(int status, String contentType, String body) {
    }

    public Response get(String path) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Response post(String path, Object jsonBody) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(jsonBody))));
    }

    public Response put(String path, Object jsonBody) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(jsonBody))));
    }

    public Response delete(String path) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** One REST call: its method, e.g. {@code PUT}, and path; {@link #call(Request)} sends it. */
    public record Request(String method, String path, Object jsonBody) {
    }

    /** Sends {@code request}: GET, POST, PUT (with its JSON body) or DELETE. */
    public Response call(Request request) throws IOException {
        return switch (request.method()) {
            case "GET" -> get(request.path());
            case "POST" -> post(request.path(), request.jsonBody());
            case "PUT" -> put(request.path(), request.jsonBody());
            case "DELETE" -> delete(request.path());
            default -> throw new IllegalArgumentException("unsupported method " + request.method());
        };
    }

    /**
     * Sends {@code request}, retried through rebalances (409, 5xx, no answer) until it answers 2xx. On a retry a
     * 404 also counts as done for a DELETE: an earlier attempt may have gone through without its answer arriving.
     */
    public Response awaitSuccess(Request request, Duration timeout) {
        AtomicReference<Response> success = new AtomicReference<>();
        AtomicReference<String> last = new AtomicReference<>("no answer yet");
        AtomicInteger attempts = new AtomicInteger();
        String what = request.method() + " " + request.path() + " at " + base;
        Eventually.await(what, timeout, () -> {
            try {
                boolean retry = attempts.getAndIncrement() > 0;
                Response response = call(request);
                last.set(response.status() + " " + response.body());
                if (response.status() / 100 == 2
                        || retry && response.status() == 404 && request.method().equals("DELETE")) {
                    success.set(response);
                    return true;
                }
                if (response.status() == 409 || response.status() >= 500) {
                    return false;
                }
                throw new AssertionError(what + " failed: " + last.get());
            } catch (IOException e) {
                last.set(e.toString());
                return false;
            }
        }, () -> "last answer: " + last.get() + "\n" + diagnostics.get());
        return success.get();
    }

    /** The worker serves its API: {@code GET /} answers 200 JSON (during startup Jetty answers an HTML 404). */
    public boolean serverInfoAvailable() {
        try {
            Response response = get("/");
            return response.status() == 200 && response.contentType().startsWith("application/json");
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code POST /connectors}, retried through rebalances until the worker answers 201 Created. */
    public void createConnector(String name, Map<String, String> config, Duration timeout) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("config", config);
        AtomicReference<String> last = new AtomicReference<>("no answer yet");
        AtomicInteger attempts = new AtomicInteger();
        Eventually.await("connector " + name + " created at " + base, timeout, () -> {
            try {
                boolean retry = attempts.getAndIncrement() > 0;
                Response response = post("/connectors", body);
                last.set(response.status() + " " + response.body());
                if (response.status() == 201) {
                    return true;
                }
                if (retry && response.status() == 409 && response.body().contains("already exists")) {
                    return true; // an earlier attempt timed out on the client side but went through
                }
                if (response.status() == 409 || response.status() >= 500) {
                    return false;
                }
                throw new AssertionError("creating " + name + " failed: " + last.get());
            } catch (IOException e) {
                last.set(e.toString());
                return false;
            }
        }, () -> "last answer: " + last.get() + "\n" + diagnostics.get());
    }

    /** {@code GET /connectors?expand=status}: every connector the worker knows, with its status. */
    public ClusterStatus clusterStatus() throws IOException {
        Response response = get("/connectors?expand=status");
        if (response.status() != 200) {
            throw new IOException("GET /connectors?expand=status answered " + response.status() + " "
                    + response.body());
        }
        return ClusterStatus.fromExpandedListing(JSON.readTree(response.body()));
    }

    /** Polls {@link #clusterStatus()} until {@code condition} holds and returns the status that satisfied it. */
    public ClusterStatus awaitClusterStatus(String what, Duration timeout, Predicate<ClusterStatus> condition) {
        AtomicReference<ClusterStatus> satisfied = new AtomicReference<>();
        AtomicReference<String> last = new AtomicReference<>("no answer yet");
        Eventually.await(what, timeout, () -> {
            try {
                ClusterStatus status = clusterStatus();
                last.set(status.toString());
                if (condition.test(status)) {
                    satisfied.set(status);
                    return true;
                }
                return false;
            } catch (IOException e) {
                last.set(e.toString());
                return false;
            }
        }, () -> "last status from " + base + ": " + last.get() + "\n" + diagnostics.get());
        return satisfied.get();
    }

    /** Waits until each named connector and all of its tasks are RUNNING, wherever they run. */
    public ClusterStatus awaitAllRunning(Collection<String> connectors, Duration timeout) {
        return awaitClusterStatus(connectors + " and their tasks RUNNING", timeout,
                status -> status.allRunning(connectors));
    }

    private Response send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
