/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.connect.rest.ssl.RestSslConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code admin.listeners}: an operator moves {@code /admin/loggers} to a listener of its own (say, localhost only),
 * or turns it off; elsewhere those paths do not exist, and the admin listener answers nothing else.
 */
class AdminListenersTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onTheirOwnListenerTheAdminEndpointsAnswerThereOnly() throws Exception {
        RestServerConfig config = RestServerConfig.forListeners("http://localhost:0")
                .withAdmin(new AdminEndpoints(List.of("http://localhost:0"), RestSslConfig.defaults()));
        try (RestServer server = new RestServer(config)) {
            server.start(new FakeHerder());
            URI admin = server.adminUrls().get(0);
            URI api = server.serverUrl();
            assertEquals(200, status(admin.resolve("admin/loggers")));
            assertEquals(404, status(api.resolve("admin/loggers")));
            assertEquals(404, status(admin.resolve("connectors")));
            assertEquals(200, status(api.resolve("connectors")));
        }
    }

    @Test
    void anEmptyListTurnsThemOff() throws Exception {
        RestServerConfig config = RestServerConfig.forListeners("http://localhost:0")
                .withAdmin(new AdminEndpoints(List.of(), RestSslConfig.defaults()));
        try (RestServer server = new RestServer(config)) {
            server.start(new FakeHerder());
            assertEquals(404, status(server.serverUrl().resolve("admin/loggers")));
            assertEquals(200, status(server.serverUrl().resolve("connectors")));
        }
    }

    @Test
    void unsetTheyShareTheWorkersListeners() throws Exception {
        try (RestServer server = new RestServer(RestServerConfig.forListeners("http://localhost:0"))) {
            server.start(new FakeHerder());
            assertEquals(200, status(server.serverUrl().resolve("admin/loggers")));
            assertEquals(List.of(), server.adminUrls());
        }
    }

    @Test
    void theWorkerConfigKeyIsRead() {
        assertEquals(List.of("http://127.0.0.1:9093"), RestServerConfig.fromWorkerValues(
                Map.of("admin.listeners", List.of("http://127.0.0.1:9093"))).admin().listeners());
        assertNull(RestServerConfig.fromWorkerValues(Map.of()).admin().listeners());
    }

    private int status(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
