/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.rest.ssl.RestSslConfig;
import dev.sluice.connect.rest.ssl.TestKeystores;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS listeners configured as Apache's worker configures them: {@code listeners=https://...} with the top-level
 * {@code ssl.*} settings, or with {@code listeners.https.ssl.*} which then replace them all, and
 * {@code ssl.client.auth} deciding whether clients must, may or need not present a certificate.
 */
class HttpsListenerTest {

    @TempDir
    static Path dir;
    static TestKeystores stores;

    @BeforeAll
    static void makeKeystores() {
        stores = TestKeystores.create(dir);
    }

    static RestServerConfig httpsServer(Map<String, String> workerSettings) {
        return RestServerConfig.forListeners("https://localhost:0")
                .withSsl(RestSslConfig.fromWorkerSettings(workerSettings));
    }

    static Map<String, String> with(Map<String, String> settings, String key, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(key, value);
        return changed;
    }

    static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootResourceAnswersOverHttps() throws Exception {
        try (RestHarness rest = new RestHarness(httpsServer(stores.workerSslSettings()),
                stores.clientWithoutCertificate())) {
            assertEquals("https", rest.server.serverUrl().getScheme());
            RestHarness.Reply root = rest.get("/");
            assertEquals(200, root.status());
            assertTrue(root.json().has("version"), root.body());
            assertEquals("cluster-1", root.json().get("kafka_cluster_id").asText());
        }
    }

    @Test
    void plainHttpToAnHttpsListenerIsNotServed() {
        try (RestHarness rest = new RestHarness(httpsServer(stores.workerSslSettings()))) {
            URI plain = URI.create(rest.server.serverUrl().toString().replace("https:", "http:"));
            HttpResponse<String> response;
            try {
                response = get(HttpClient.newHttpClient(), plain);
            } catch (IOException | InterruptedException refused) {
                return;
            }
            // Jetty may answer a cleartext request on a TLS port with a 400; it never serves the API.
            assertEquals(400, response.statusCode());
        }
    }

    @Test
    void requiredClientAuthRefusesAClientWithoutACertificateAndServesOneWithIt() throws Exception {
        Map<String, String> settings = with(stores.workerSslSettings(), "ssl.client.auth", "required");
        try (RestHarness rest = new RestHarness(httpsServer(settings))) {
            URI connectors = rest.uri("/connectors");
            assertThrows(IOException.class, () -> get(stores.clientWithoutCertificate(), connectors));
            HttpResponse<String> withCertificate = get(stores.clientWithCertificate(), connectors);
            assertEquals(200, withCertificate.statusCode());
            assertEquals("[]", withCertificate.body());
        }
    }

    @Test
    void requestedClientAuthServesClientsWithAndWithoutACertificate() throws Exception {
        Map<String, String> settings = with(stores.workerSslSettings(), "ssl.client.auth", "requested");
        try (RestHarness rest = new RestHarness(httpsServer(settings))) {
            URI connectors = rest.uri("/connectors");
            assertEquals(200, get(stores.clientWithoutCertificate(), connectors).statusCode());
            assertEquals(200, get(stores.clientWithCertificate(), connectors).statusCode());
        }
    }

    @Test
    void listenerPrefixedSettingsReplaceEveryTopLevelSslSetting() throws Exception {
        // The top-level keys (for the Kafka clients, say) are wrong for the REST API and ask for client
        // certificates; once one listeners.https. key is present none of them applies.
        Map<String, String> settings = new HashMap<>(stores.workerSslSettings("listeners.https."));
        settings.put("ssl.keystore.password", "not-the-rest-password");
        settings.put("ssl.client.auth", "required");
        try (RestHarness rest = new RestHarness(httpsServer(settings))) {
            assertEquals(200, get(stores.clientWithoutCertificate(), rest.uri("/connectors")).statusCode());
        }
        Map<String, String> prefixedAuth = with(stores.workerSslSettings("listeners.https."),
                "listeners.https.ssl.client.auth", "required");
        try (RestHarness rest = new RestHarness(httpsServer(prefixedAuth))) {
            assertThrows(IOException.class, () -> get(stores.clientWithoutCertificate(), rest.uri("/connectors")));
        }
    }

    @Test
    void aWrongKeystorePasswordFailsAtStartNamingTheKey() {
        ConfigException topLevel = assertThrows(ConfigException.class, () -> new RestServer(httpsServer(
                with(stores.workerSslSettings(), "ssl.keystore.password", "wrong-password"))));
        assertTrue(topLevel.getMessage().startsWith("Invalid value [hidden] for configuration ssl.keystore.password:"),
                topLevel.getMessage());
        assertTrue(topLevel.getMessage().contains(stores.worker().toString()), topLevel.getMessage());
        assertFalse(topLevel.getMessage().contains("wrong-password"), topLevel.getMessage());

        ConfigException prefixed = assertThrows(ConfigException.class, () -> new RestServer(httpsServer(
                with(stores.workerSslSettings("listeners.https."), "listeners.https.ssl.keystore.password", "nope"))));
        assertTrue(prefixed.getMessage().startsWith(
                "Invalid value [hidden] for configuration listeners.https.ssl.keystore.password:"),
                prefixed.getMessage());
    }

    @Test
    void aWrongTruststorePasswordOrKeystorePathFailsAtStartNamingTheKey() {
        ConfigException truststore = assertThrows(ConfigException.class, () -> new RestServer(httpsServer(
                with(stores.workerSslSettings(), "ssl.truststore.password", "wrong-password"))));
        assertTrue(truststore.getMessage().startsWith("Invalid value [hidden] for configuration"
                + " ssl.truststore.password:"), truststore.getMessage());

        String missing = dir.resolve("missing.p12").toString();
        ConfigException location = assertThrows(ConfigException.class, () -> new RestServer(httpsServer(
                with(stores.workerSslSettings(), "ssl.keystore.location", missing))));
        assertEquals("Invalid value " + missing + " for configuration ssl.keystore.location: no such file",
                location.getMessage());
    }

    @Test
    void anHttpsListenerWithoutAKeystoreFailsAtStartNamingTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> new RestServer(httpsServer(Map.of())));
        assertEquals("Invalid value null for configuration ssl.keystore.location: an HTTPS listener needs a"
                + " keystore holding the worker's key and certificate", e.getMessage());
    }

    @Test
    void theAdvertisedListenerCanBeTheHttpsOne() throws Exception {
        RestServerConfig config = RestServerConfig.forListeners("http://localhost:0", "https://localhost:0")
                .withSsl(RestSslConfig.fromWorkerSettings(stores.workerSslSettings()))
                .withAdvertisedListener("https");
        try (RestHarness rest = new RestHarness(config)) {
            URI advertised = rest.server.advertisedUrl();
            assertEquals("https", advertised.getScheme());
            assertTrue(advertised.getPort() != rest.server.serverUrl().getPort(), advertised.toString());
            assertEquals(200, get(stores.clientWithoutCertificate(), advertised.resolve("/connectors")).statusCode());
            assertEquals("http", rest.server.serverUrl().getScheme());
            assertEquals(200, rest.get("/connectors").status());
        }
    }
}
