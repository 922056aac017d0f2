/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.HttpsURLConnection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.avro.Schema;

/**
 * A schema registry reached over HTTP with Confluent's REST API ({@code /subjects/…}, {@code /schemas/ids/…}), as
 * Confluent Schema Registry, Apicurio's {@code /apis/ccompat/v7} and others serve it. Requests go to the URL that
 * answered last; when a URL cannot be reached the next one is tried, so a list of URLs fails over.
 */
public final class HttpSchemaRegistry implements SchemaRegistry {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistrySettings settings;
    private volatile int current;

    public HttpSchemaRegistry(RegistrySettings settings) {
        if (settings.urls().isEmpty()) {
            throw new IllegalArgumentException("No schema registry URL");
        }
        this.settings = settings;
    }

    @Override
    public int register(String subject, Schema schema) {
        return call("POST", "/subjects/" + encode(subject) + "/versions", body(schema)).path("id").asInt();
    }

    @Override
    public int idOf(String subject, Schema schema) {
        return call("POST", "/subjects/" + encode(subject), body(schema)).path("id").asInt();
    }

    @Override
    public Schema schemaById(int id) {
        JsonNode answer = call("GET", "/schemas/ids/" + id, null);
        return new Schema.Parser().parse(answer.path("schema").asText());
    }

    @Override
    public RegisteredSchema latest(String subject) {
        JsonNode answer = call("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        return new RegisteredSchema(answer.path("id").asInt(), answer.path("version").asInt(),
                new Schema.Parser().parse(answer.path("schema").asText()));
    }

    private static byte[] body(Schema schema) {
        ObjectNode body = JSON.createObjectNode();
        body.put("schema", schema.toString());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode call(String method, String path, byte[] body) {
        List<String> urls = settings.urls();
        IOException last = null;
        int start = current;
        for (int attempt = 0; attempt < urls.size(); attempt++) {
            int index = (start + attempt) % urls.size();
            try {
                JsonNode answer = exchange(urls.get(index), method, path, body);
                current = index;
                return answer;
            } catch (IOException e) {
                last = e;
            }
        }
        throw new RegistryUnreachableException("No schema registry answered at " + String.join(", ", urls) + ": "
                + last.getMessage(), last);
    }

    private JsonNode exchange(String baseUrl, String method, String path, byte[] body) throws IOException {
        URI uri = URI.create(stripSlash(baseUrl) + path);
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            connection.setConnectTimeout(settings.timeoutMs());
            connection.setReadTimeout(settings.timeoutMs());
            connection.setRequestMethod(method);
            connection.setRequestProperty("Accept", CONTENT_TYPE);
            String userInfo = settings.userInfo() != null ? settings.userInfo() : uri.getUserInfo();
            if (userInfo != null && !userInfo.isEmpty()) {
                connection.setRequestProperty("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
            }
            if (connection instanceof HttpsURLConnection https) {
                settings.configure(https);
            }
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", CONTENT_TYPE);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            if (status / 100 == 2) {
                try (InputStream in = connection.getInputStream()) {
                    return JSON.readTree(in);
                }
            }
            throw error(status, connection.getErrorStream());
        } finally {
            connection.disconnect();
        }
    }

    private static SchemaRegistryException error(int status, InputStream errorBody) throws IOException {
        if (errorBody == null) {
            return new SchemaRegistryException(status, status, "HTTP " + status);
        }
        byte[] bytes;
        try (InputStream in = errorBody) {
            bytes = in.readAllBytes();
        }
        try {
            JsonNode json = JSON.readTree(bytes);
            return new SchemaRegistryException(status, json.path("error_code").asInt(status),
                    json.path("message").asText("HTTP " + status));
        } catch (IOException notJson) {
            return new SchemaRegistryException(status, status, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
