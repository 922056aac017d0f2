/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.rest.ssl.TestKeystores;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone worker configured for HTTPS from its properties file, as with Apache's worker: it serves its API on
 * {@code https://} with the {@code listeners.https.ssl.*} settings, and a wrong keystore password stops it at
 * start with the name of the key to fix.
 */
@WithSharedKafka
class StandaloneHttpsTest {

    @TempDir
    Path dir;

    private Map<String, String> httpsWorker(KafkaEndpoint kafka, TestKeystores stores) {
        Map<String, String> props = StandaloneTestSettings.of(kafka, dir);
        props.put("listeners", "https://localhost:0");
        props.putAll(stores.workerSslSettings("listeners.https."));
        props.put("listeners.https.ssl.client.auth", "required");
        return props;
    }

    @Test
    void theWorkerServesItsApiOverHttps(KafkaEndpoint kafka) throws Exception {
        TestKeystores stores = TestKeystores.create(dir);
        try (StandaloneRuntime runtime = StandaloneRuntime.start(httpsWorker(kafka, stores))) {
            URI url = runtime.rest().serverUrl();
            assertEquals("https", url.getScheme());
            assertEquals("https", runtime.rest().advertisedUrl().getScheme());
            HttpResponse<String> root = stores.clientWithCertificate().send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, root.statusCode());
            assertTrue(root.body().contains("\"version\""), root.body());
        }
    }

    @Test
    void aWrongKeystorePasswordStopsTheWorkerAtStartNamingTheKey(KafkaEndpoint kafka) {
        TestKeystores stores = TestKeystores.create(dir);
        Map<String, String> props = httpsWorker(kafka, stores);
        props.put("listeners.https.ssl.keystore.password", "not-the-password");

        ConfigException e = assertThrows(ConfigException.class, () -> StandaloneRuntime.start(props));
        assertTrue(e.getMessage().startsWith(
                "Invalid value [hidden] for configuration listeners.https.ssl.keystore.password: the PKCS12 store "
                        + stores.worker() + " cannot be opened with this password"), e.getMessage());
    }
}
