/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests a new user gets wrong, sent to a real standalone worker: each gets a 4xx with a JSON body that says what
 * to do, and nothing is stored. Names the REST API could never address again are refused up front (Apache's worker
 * accepts {@code a/b} and then answers every request for it with Jetty's HTML 400 page).
 */
@WithSharedKafka
class RestBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TICKING = TickingConnectors.TickingSourceConnector.class.getName();

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

    @Test
    void namesNoRestPathCanAddressAreRefusedAndNothingIsCreated() throws Exception {
        for (String name : List.of("a/b", "a\\b", "50%", "x;y")) {
            char refused = name.replaceAll("[a-z0-9]", "").charAt(0);
            HttpResponse<String> created = send("POST", "/connectors", "application/json",
                    JSON.writeValueAsString(Map.of("name", name, "config", Map.of("connector.class", TICKING,
                            "topic", "t"))));
            assertError(400, "Connector configuration is invalid and contains the following 1 error(s):\n"
                    + "Invalid value " + name + " for configuration name: the REST API cannot address a connector"
                    + " whose name contains '" + refused + "'; use a name without '/', '\\', '%' or ';'\n"
                    + "You can also find the above list of errors at the endpoint"
                    + " `/connector-plugins/{connectorType}/config/validate`", created);
        }
        assertEquals("[]", send("GET", "/connectors", null, null).body());
    }

    @Test
    void aBodyThatIsNotDeclaredJsonGetsA415SayingHowToSendIt() throws Exception {
        String body = "{\"name\":\"plain\",\"config\":{\"connector.class\":\"" + TICKING + "\",\"topic\":\"t\"}}";
        for (String contentType : new String[] {null, "text/plain", "application/x-www-form-urlencoded"}) {
            assertError(415, "Unsupported Media Type: send the request body as JSON with the header"
                    + " 'Content-Type: application/json'", send("POST", "/connectors", contentType, body));
        }
        assertEquals("[]", send("GET", "/connectors", null, null).body());
    }

    @Test
    void urisTheHttpServerRefusesGetJsonErrorsForEveryMethod() throws Exception {
        for (String method : List.of("GET", "PUT", "DELETE")) {
            RawHttp.Reply reply = RawHttp.exchange(base, method + " /connectors/a%2Fb/config HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\nContent-Length: 0\r\n\r\n");
            assertEquals("HTTP/1.1 400 Bad Request", reply.statusLine(), reply.body());
            assertEquals(Map.of("error_code", 400, "message",
                    "Request refused by the HTTP server: Ambiguous URI path separator"), jsonBody(reply), reply.body());
        }
        RawHttp.Reply tooLong = RawHttp.exchange(base, "GET /connectors?expand=" + "x".repeat(100_000)
                + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals("HTTP/1.1 414 URI Too Long", tooLong.statusLine(), tooLong.body());
        assertEquals(414, JSON.readTree(tooLong.body()).path("error_code").asInt(), tooLong.body());
        // The worker goes on serving.
        assertEquals(200, send("GET", "/connectors", null, null).statusCode());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> jsonBody(RawHttp.Reply reply) throws IOException {
        JsonNode json = JSON.readTree(reply.body());
        return Map.of("error_code", json.path("error_code").asInt(), "message", json.path("message").asText());
    }

    private static void assertError(int status, String message, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode json = JSON.readTree(response.body());
        assertEquals(status, json.path("error_code").asInt(), response.body());
        assertEquals(message, json.path("message").asText());
    }
}
