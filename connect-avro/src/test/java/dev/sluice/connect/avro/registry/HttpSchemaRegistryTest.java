/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP client puts on the wire: credentials, content type, subject encoding, and how it reads error bodies.
 * The server here only records requests and answers canned bodies; registry behaviour is tested against a real
 * registry in {@code AvroWithRealRegistryTest}.
 */
class HttpSchemaRegistryTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"id\":41}";

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " auth="
                + exchange.getRequestHeaders().getFirst("Authorization") + " type="
                + exchange.getRequestHeaders().getFirst("Content-Type") + " body=" + body);
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String url(String userInfo) {
        return "http://" + (userInfo == null ? "" : userInfo + "@") + "127.0.0.1:" + server.getAddress().getPort()
                + "/apis/ccompat/v7/";
    }

    @Test
    void registeringSendsTheSchemaAsJsonWithBasicCredentials() {
        HttpSchemaRegistry registry = new HttpSchemaRegistry(new RegistrySettings(List.of(url(null)), "ada:s3cret",
                null, true, 5_000));
        assertEquals(41, registry.register("orders value/x", Schema.create(Schema.Type.STRING)));
        assertEquals(List.of("POST /apis/ccompat/v7/subjects/orders%20value%2Fx/versions auth=Basic YWRhOnMzY3JldA=="
                + " type=application/vnd.schemaregistry.v1+json body={\"schema\":\"\\\"string\\\"\"}"), requests);
    }

    @Test
    void credentialsInTheUrlAreUsedWhenNoUserInfoIsGiven() {
        HttpSchemaRegistry registry = new HttpSchemaRegistry(new RegistrySettings(List.of(url("bob:pw")), null, null,
                true, 5_000));
        answer = "{\"schema\":\"\\\"long\\\"\"}";
        assertEquals(Schema.create(Schema.Type.LONG), registry.schemaById(7));
        assertEquals("GET /apis/ccompat/v7/schemas/ids/7 auth=Basic Ym9iOnB3 type=null body=", requests.get(0));
    }

    @Test
    void anErrorBodyBecomesTheExceptionsMessageAndCode() {
        HttpSchemaRegistry registry = new HttpSchemaRegistry(new RegistrySettings(List.of(url(null)), null, null,
                true, 5_000));
        status = 409;
        answer = "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}";
        SchemaRegistryException error = assertThrows(SchemaRegistryException.class,
                () -> registry.register("s", Schema.create(Schema.Type.INT)));
        assertEquals(409, error.status());
        assertEquals("Schema being registered is incompatible; error code: 409", error.getMessage());

        status = 502;
        answer = "<html>bad gateway</html>";
        assertEquals("<html>bad gateway</html>; error code: 502",
                assertThrows(SchemaRegistryException.class, () -> registry.schemaById(1)).getMessage());
    }
}
