/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A test starts a real schema registry, registers a schema, reads it back by the id it was given, and stops it. */
class SchemaRegistryProcessTest {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSchemaRegisteredThroughConfluentsApiReadsBackByItsId() throws Exception {
        String url;
        try (SchemaRegistryProcess registry = SchemaRegistryProcess.start()) {
            url = registry.url();
            String schema = "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"R\\\",\\\"fields\\\":[{\\\"name\\\":\\\"n\\\","
                    + "\\\"type\\\":\\\"int\\\"}]}";
            HttpResponse<String> registered = send("POST", url + "/subjects/kit-value/versions",
                    "{\"schema\":\"" + schema + "\"}");
            assertEquals(200, registered.statusCode(), registered.body());
            String id = registered.body().replaceAll("[^0-9]", "");

            HttpResponse<String> byId = send("GET", url + "/schemas/ids/" + id, null);
            assertEquals(200, byId.statusCode(), byId.body());
            assertTrue(byId.body().contains("\"name\\\":\\\"R\\\""), byId.body());
        }
        assertThrows(ConnectException.class, () -> send("GET", url + "/subjects", null));
    }

    private HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", CONTENT_TYPE);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", CONTENT_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
