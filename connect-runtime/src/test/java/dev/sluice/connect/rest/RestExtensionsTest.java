/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.rest.extension.RestExtensions;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code rest.extension.classes}: each named extension is configured with the worker's settings, registers JAX-RS
 * components that serve before the server starts, reads the cluster through {@code clusterState()} as the herder
 * reports it, and is closed when the server stops.
 */
class RestExtensionsTest {

    private static final String PROBE = ClusterStateProbeExtension.class.getName();
    private static final Map<String, String> WORKER_SETTINGS = Map.of("bootstrap.servers", "kafka:9092",
            "rest.extension.classes", PROBE);

    /** Nothing on plugin.path: the probe comes from the worker classpath. */
    private final Plugins plugins = Plugins.discover(List.of(), PluginDiscoveryMode.SERVICE_LOAD, false);

    @AfterEach
    void closePlugins() {
        plugins.close();
    }

    private RestHarness serverWith(RestExtensions extensions) {
        return new RestHarness(RestServerConfig.forListeners("http://localhost:0"), HttpClient.newHttpClient(),
                extensions);
    }

    private static ClusterStateProbeExtension probe(RestExtensions extensions) {
        return (ClusterStateProbeExtension) extensions.loaded().get(0);
    }

    @Test
    void anExtensionIsConfiguredWithTheWorkerSettings() {
        RestExtensions extensions = RestExtensions.load(List.of(PROBE), plugins, WORKER_SETTINGS);
        assertEquals(WORKER_SETTINGS, probe(extensions).settings);
        extensions.close();
    }

    @Test
    void registeredResourcesReadTheClusterAsTheHerderReportsIt() {
        try (RestHarness rest = serverWith(RestExtensions.load(List.of(PROBE), plugins, WORKER_SETTINGS))) {
            rest.createConnector("fs");
            rest.herder.fail("fs");

            assertEquals("[\"fs\"]", rest.get("/probe/connectors").body());
            assertEquals("{\"name\":\"fs\",\"state\":\"FAILED\",\"worker\":\"fake:8083\","
                    + "\"trace\":\"java.lang.RuntimeException: boom\",\"tasks\":{\"0\":\"0 FAILED on fake:8083\"},"
                    + "\"type\":\"source\"}", rest.get("/probe/health/fs").body());
            assertEquals("FakeSource", rest.get("/probe/config/fs").json().get("connector.class").asText());
            assertEquals("\"cluster-1\"", rest.get("/probe/cluster").body());
        }
    }

    @Test
    void anUnknownConnectorIsTheHerdersNotFound() {
        try (RestHarness rest = serverWith(RestExtensions.load(List.of(PROBE), plugins, WORKER_SETTINGS))) {
            RestHarness.Reply missing = rest.get("/probe/health/nope");
            assertEquals(404, missing.status());
            assertEquals("No status found for connector nope", missing.json().get("message").asText());
        }
    }

    @Test
    void registeredFiltersSeeEveryRequestOfTheApi() {
        try (RestHarness rest = serverWith(RestExtensions.load(List.of(PROBE), plugins, WORKER_SETTINGS))) {
            assertEquals("seen", rest.get("/connectors").header("X-Probe"));
            assertEquals("seen", rest.get("/").header("X-Probe"));
        }
    }

    @Test
    void stoppingTheServerClosesTheExtensions() {
        RestExtensions extensions = RestExtensions.load(List.of(PROBE), plugins, WORKER_SETTINGS);
        RestHarness rest = serverWith(extensions);
        assertFalse(probe(extensions).closed);
        rest.close();
        assertTrue(probe(extensions).closed);
    }

    @Test
    void aMissingClassOrOneThatIsNoExtensionIsAConfigErrorNamingTheKey() {
        ConfigException missing = assertThrows(ConfigException.class,
                () -> RestExtensions.load(List.of("com.example.NoSuchExtension"), plugins, WORKER_SETTINGS));
        assertEquals("Invalid value com.example.NoSuchExtension for configuration rest.extension.classes: no such"
                + " class on plugin.path or the worker classpath", missing.getMessage());
        ConfigException notAnExtension = assertThrows(ConfigException.class,
                () -> RestExtensions.load(List.of(String.class.getName()), plugins, WORKER_SETTINGS));
        assertEquals("Invalid value java.lang.String for configuration rest.extension.classes: not a"
                + " org.apache.kafka.connect.rest.ConnectRestExtension", notAnExtension.getMessage());
    }

    @Test
    void aFailingConfigureFailsTheLoadNamingTheExtension() {
        ConnectException e = assertThrows(ConnectException.class, () -> RestExtensions.load(List.of(PROBE), plugins,
                Map.of("probe.fail.configure", "true")));
        assertEquals("REST extension " + PROBE + " failed to configure: Invalid value true for configuration"
                + " probe.fail.configure: asked to fail", e.getMessage());
    }
}
