/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Another worker as the wire sees it: records every request exactly (request line, headers, body bytes) and answers
 * each with one canned reply. For checking what a worker sends when it forwards, byte for byte.
 */
final class RecordingPeer implements AutoCloseable {

    /** One request as received. */
    record Received(String method, String pathAndQuery, Headers headers, byte[] body) {
        String header(String name) {
            return headers.getFirst(name);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 204;
    private volatile String location;
    private volatile String body = "";

    RecordingPeer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            byte[] reply = body.getBytes(StandardCharsets.UTF_8);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            if (reply.length > 0) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    /** Answers every request with {@code newStatus}, {@code newLocation} (or none) and {@code newBody}. */
    void answer(int newStatus, String newLocation, String newBody) {
        status = newStatus;
        location = newLocation;
        body = newBody;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The only request received so far. */
    Received single() {
        if (received.size() != 1) {
            throw new AssertionError("expected one request, got " + received.size());
        }
        return received.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
