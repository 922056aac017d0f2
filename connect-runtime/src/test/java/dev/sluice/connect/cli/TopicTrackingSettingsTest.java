/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator who turns topic tracking off, or only its reset, gets Apache's 403 answers from the topic endpoints
 * rather than an empty list or a reset that did nothing.
 */
@WithSharedKafka
class TopicTrackingSettingsTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withTrackingOffBothTopicEndpointsAnswer403(KafkaEndpoint kafka) throws Exception {
        try (StandaloneRuntime runtime = start(kafka, "topic.tracking.enable", "false")) {
            URI base = runtime.rest().serverUrl();
            assertAnswer(403, "{\"error_code\":403,\"message\":\"Topic tracking is disabled.\"}",
                    send(base, "GET", "/connectors/any/topics"));
            assertAnswer(403, "{\"error_code\":403,\"message\":\"Topic tracking is disabled.\"}",
                    send(base, "PUT", "/connectors/any/topics/reset"));
        }
    }

    @Test
    void withResetDisallowedTheListStaysAndTheResetAnswers403(KafkaEndpoint kafka) throws Exception {
        try (StandaloneRuntime runtime = start(kafka, "topic.tracking.allow.reset", "false")) {
            URI base = runtime.rest().serverUrl();
            assertAnswer(200, "{\"any\":{\"topics\":[]}}", send(base, "GET", "/connectors/any/topics"));
            assertAnswer(403, "{\"error_code\":403,\"message\":\"Topic tracking reset is disabled.\"}",
                    send(base, "PUT", "/connectors/any/topics/reset"));
        }
    }

    private StandaloneRuntime start(KafkaEndpoint kafka, String key, String value) {
        Map<String, String> props = StandaloneTestSettings.of(kafka, dir);
        props.put(key, value);
        return StandaloneRuntime.start(props);
    }

    private HttpResponse<String> send(URI base, String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertAnswer(int status, String body, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(body, response.body());
    }
}
