/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.security.auth.login.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apache's own basic-auth REST extension (connect-basic-auth-extension 4.3.1, unchanged, from {@code plugin.path})
 * protecting a standalone worker: JAAS names its {@code PropertyFileLoginModule} and the users file, requests
 * without valid credentials get 401, the right ones are served, and the internal requests between workers (task
 * configs, fencing) pass through to be judged by their signature instead.
 *
 * <p>JAAS reads its file from a JVM-wide system property and caches what it read; each test sets both for itself
 * and puts back what was there, so other tests in the same JVM see JAAS as before.
 */
@WithSharedKafka
class BasicAuthRestExtensionTest {

    private static final String EXTENSION =
            "org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension";
    private static final String JAAS_PROPERTY = "java.security.auth.login.config";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private String previousJaasFile;
    private StandaloneRuntime runtime;

    @BeforeEach
    void start(KafkaEndpoint kafka) throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "alice: wonderland\nbob: builder\n");
        Path jaas = dir.resolve("connect-jaas.conf");
        Files.writeString(jaas, "KafkaConnect {\n"
                + "  org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule required\n"
                + "  file=\"" + users + "\";\n"
                + "};\n");
        previousJaasFile = System.setProperty(JAAS_PROPERTY, jaas.toString());
        Configuration.setConfiguration(null); // JAAS reads the file named now, not what it cached before

        Map<String, String> props = StandaloneTestSettings.of(kafka, dir);
        props.put("plugin.path", restExtensionsDir().toString());
        props.put("rest.extension.classes", EXTENSION);
        runtime = StandaloneRuntime.start(props);
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        if (previousJaasFile == null) {
            System.clearProperty(JAAS_PROPERTY);
        } else {
            System.setProperty(JAAS_PROPERTY, previousJaasFile);
        }
        Configuration.setConfiguration(null);
    }

    /** Where the build copied the extension's jar: {@code target/test-rest-extensions/basic-auth/}. */
    private static Path restExtensionsDir() throws URISyntaxException {
        Path testClasses = Path.of(BasicAuthRestExtensionTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path dir = testClasses.getParent().resolve("test-rest-extensions");
        assertTrue(Files.isDirectory(dir.resolve("basic-auth")), "missing " + dir);
        return dir;
    }

    private HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
        URI uri = runtime.rest().serverUrl().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theExtensionComesFromPluginPathNotTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(EXTENSION));
    }

    @Test
    void requestsWithoutCredentialsAreRefused() throws Exception {
        assertEquals(401, send("GET", "/connectors", null, null).statusCode());
        assertEquals(401, send("GET", "/", null, null).statusCode());
        assertEquals(401, send("POST", "/connectors", null, "{\"name\":\"x\",\"config\":{}}").statusCode());
    }

    @Test
    void aWrongPasswordOrUnknownUserIsRefused() throws Exception {
        assertEquals(401, send("GET", "/connectors", "alice:looking-glass", null).statusCode());
        assertEquals(401, send("GET", "/connectors", "mallory:wonderland", null).statusCode());
    }

    @Test
    void theRightCredentialsAreServed() throws Exception {
        HttpResponse<String> alice = send("GET", "/connectors", "alice:wonderland", null);
        assertEquals(200, alice.statusCode());
        assertEquals("[]", alice.body());
        assertEquals(200, send("GET", "/", "bob:builder", null).statusCode());
    }

    @Test
    void internalRequestsPassToTheWorkerWhileReadingTasksNeedsCredentials() throws Exception {
        // The worker, not the filter, answers: the signature check of such requests is the worker's business.
        HttpResponse<String> internal = send("POST", "/connectors/x/tasks", null, "[]");
        assertEquals(404, internal.statusCode(), internal.body());
        assertEquals("{\"error_code\":404,\"message\":\"Connector x not found\"}", internal.body());
        HttpResponse<String> fence = send("PUT", "/connectors/x/fence", null, null);
        assertEquals(404, fence.statusCode(), fence.body());
        assertEquals("{\"error_code\":404,\"message\":\"Connector x not found\"}", fence.body());

        assertEquals(401, send("GET", "/connectors/x/tasks", null, null).statusCode());
    }
}
