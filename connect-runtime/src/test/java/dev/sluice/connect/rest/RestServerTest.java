/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.sluice.connect.rest.RestHarness.Reply;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The server around the resources: listeners, advertised URL, CORS, access log, start and stop. */
class RestServerTest {

    @Test
    void allInterfacesListenerServesOnLoopback() {
        try (RestHarness rest = new RestHarness(RestServerConfig.forListeners("http://:0"))) {
            int port = rest.server.serverUrl().getPort();
            Reply reply = rest.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/")),
                    "GET", null);
            assertEquals(200, reply.status());
        }
    }

    @Test
    void advertisedUrlIsTheListenerHostAndBoundPortByDefault() {
        try (RestHarness rest = new RestHarness()) {
            int port = rest.server.serverUrl().getPort();
            assertEquals("http://localhost:" + port + "/", rest.server.advertisedUrl().toString());
        }
    }

    @Test
    void advertisedHostAndPortOverrideTheListener() {
        RestServerConfig config = RestServerConfig.forListeners("http://localhost:0")
                .withAdvertised("worker-1.example.com", 9999);
        try (RestHarness rest = new RestHarness(config)) {
            assertEquals("http://worker-1.example.com:9999/", rest.server.advertisedUrl().toString());
        }
    }

    @Test
    void withoutAllowOriginThereAreNoCorsHeaders() {
        try (RestHarness rest = new RestHarness()) {
            Reply reply = rest.send(HttpRequest.newBuilder(rest.uri("/")).header("Origin", "http://ui.example"),
                    "GET", null);
            assertEquals(200, reply.status());
            assertNull(reply.header("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void allowedOriginGetsCorsHeadersAndPreflightListsAllowedMethods() {
        RestServerConfig config = RestServerConfig.forListeners("http://localhost:0")
                .withCors("http://ui.example", "GET,PUT,DELETE");
        try (RestHarness rest = new RestHarness(config)) {
            Reply simple = rest.send(HttpRequest.newBuilder(rest.uri("/")).header("Origin", "http://ui.example"),
                    "GET", null);
            assertEquals("http://ui.example", simple.header("Access-Control-Allow-Origin"));

            Reply preflight = rest.send(HttpRequest.newBuilder(rest.uri("/connectors/x"))
                    .header("Origin", "http://ui.example")
                    .header("Access-Control-Request-Method", "DELETE"), "OPTIONS", null);
            assertEquals(200, preflight.status());
            assertEquals("http://ui.example", preflight.header("Access-Control-Allow-Origin"));
            assertEquals(java.util.Set.of("GET", "PUT", "DELETE"),
                    java.util.Set.of(preflight.header("Access-Control-Allow-Methods").split(",")));
            assertEquals("Content-Type", preflight.header("Access-Control-Allow-Headers"));
            assertEquals("60", preflight.header("Access-Control-Max-Age"));
            assertEquals("HEAD,DELETE,GET,OPTIONS", preflight.header("Allow"));

            Reply other = rest.send(HttpRequest.newBuilder(rest.uri("/")).header("Origin", "http://evil.example"),
                    "GET", null);
            assertNull(other.header("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void wildcardOriginsMatchAnything() {
        assertEquals(List.of(".*"), List.copyOf(Cors.originPatterns("*")));
        assertEquals(List.of("\\Qhttp://\\E.*\\Q.example.com\\E", "\\Qhttp://a\\E"),
                List.copyOf(Cors.originPatterns("http://*.example.com, http://a")));
    }

    @Test
    void everyRequestIsOneAccessLogLine() {
        Logger accessLogger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(RestServer.ACCESS_LOGGER);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        accessLogger.addAppender(appender);
        List<String> lines;
        try (RestHarness rest = new RestHarness()) {
            rest.get("/connectors");
            rest.get("/connectors/nope");
            // Jetty writes the line after the response has gone out, so give it a moment.
            long deadline = System.nanoTime() + 5_000_000_000L;
            do {
                lines = accessLines(appender);
            } while (lines.size() < 2 && System.nanoTime() < deadline && parkBriefly());
        } finally {
            accessLogger.detachAppender(appender);
        }
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("\"GET /connectors HTTP/1.1\" 200"), lines.get(0));
        assertTrue(lines.get(1).contains("\"GET /connectors/nope HTTP/1.1\" 404"), lines.get(1));
    }

    @Test
    void jerseyFindsNothingToWarnAboutWhenTheServerStarts() {
        java.util.logging.Logger jersey = java.util.logging.Logger.getLogger("org.glassfish");
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // Jersey builds the application while the server starts: that is when it checks what was registered.
        jersey.addHandler(handler);
        RestHarness rest;
        try {
            rest = new RestHarness();
        } finally {
            jersey.removeHandler(handler);
        }
        try (rest) {
            assertEquals(List.of(), warnings);
            assertEquals(200, rest.get("/connectors").status());
            assertEquals(200, rest.get("/").status());
        }
    }

    private static List<String> accessLines(ListAppender<ILoggingEvent> appender) {
        synchronized (appender) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(line -> line.contains("HTTP/1.1")).toList();
        }
    }

    private static boolean parkBriefly() {
        java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        return true;
    }

    @Test
    void startsWellWithinTheWorkerStartupBudgetAndReleasesThePortOnStop() throws Exception {
        new RestHarness().close(); // the first start in a JVM pays for class loading
        long start = System.nanoTime();
        RestHarness rest = new RestHarness();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int port = rest.server.serverUrl().getPort();
        assertEquals(200, rest.get("/").status());
        rest.close();
        assertTrue(millis < 1_000, "started in " + millis + " ms");
        assertThrows(ConnectException.class, () -> new Socket("localhost", port).close());
    }
}
