/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.isolation.PluginFixtures;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator copies a connector's JAR into the plugin.path directory of a running worker: within seconds
 * GET /connector-plugins lists it and a connector of that class can be created, without a restart.
 */
@WithSharedKafka
class HotPluginInstallTest {

    private static final String CONNECTOR = "com.example.audit.AuditSinkConnector";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aJarCopiedIntoPluginPathIsListedAndUsableWithoutARestart(KafkaEndpoint kafka) throws Exception {
        Path pluginPath = Files.createDirectories(dir.resolve("plugins"));
        Map<String, String> props = new HashMap<>(StandaloneTestSettings.of(kafka, dir));
        props.put("plugin.path", pluginPath.toString());
        props.put("plugin.path.watch.interval.ms", "100");
        Path jar = PluginFixtures.jar(dir.resolve("staging/audit.jar"), PluginFixtures.compile(
                dir.resolve("audit-classes"), Map.of(CONNECTOR, PluginFixtures.sinkConnector(CONNECTOR, "3.1.4"))));
        try (StandaloneRuntime runtime = StandaloneRuntime.start(props)) {
            URI base = runtime.rest().serverUrl();
            assertFalse(get(base, "/connector-plugins").contains(CONNECTOR));

            // Copied beside the directory and moved in, as a careful operator does; the watcher copes with a slow
            // copy as well, but this keeps the test about the listing.
            Files.move(Files.copy(jar, pluginPath.resolveSibling("audit.jar.part")), pluginPath.resolve("audit.jar"),
                    StandardCopyOption.ATOMIC_MOVE);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            String listing = get(base, "/connector-plugins");
            while (!listing.contains(CONNECTOR) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                listing = get(base, "/connector-plugins");
            }
            JsonNode plugins = JSON.readTree(listing);
            JsonNode audit = null;
            for (JsonNode plugin : plugins) {
                if (plugin.path("class").asText().equals(CONNECTOR)) {
                    audit = plugin;
                }
            }
            assertNotNull(audit, listing);
            assertEquals("sink", audit.path("type").asText());
            assertEquals("3.1.4", audit.path("version").asText());
            // The worker knows it well enough to check a config against it.
            String validation = put(base, "/connector-plugins/AuditSinkConnector/config/validate",
                    "{\"connector.class\":\"AuditSinkConnector\",\"topics\":\"t\",\"name\":\"audit\"}");
            assertEquals(0, JSON.readTree(validation).path("error_count").asInt(), validation);
        }
    }

    private String get(URI base, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(DEADLINE)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private String put(URI base, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(DEADLINE)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
