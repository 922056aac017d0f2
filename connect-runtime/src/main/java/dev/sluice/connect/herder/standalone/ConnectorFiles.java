/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.config.ConnectorConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Reads connector configs given on the standalone command line: a {@code .json} file holding either
 * {@code {"name": ..., "config": {...}}} or a flat map of settings, or any other file as Java properties.
 */
public final class ConnectorFiles {

    /** One connector to create: its name and its full config (which includes {@code name}). */
    public record ConnectorFile(String name, Map<String, String> config) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectorFiles() {
    }

    /**
     * @throws ConnectException when the file cannot be read or names no connector
     */
    public static ConnectorFile read(Path file) {
        Map<String, String> config;
        String name = null;
        try {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                JsonNode root = JSON.readTree(file.toFile());
                if (root == null || !root.isObject()) {
                    throw new ConnectException("Connector file " + file + " must hold a JSON object");
                }
                JsonNode nested = root.get("config");
                if (nested != null && nested.isObject()) {
                    config = strings(nested, file);
                    JsonNode nameNode = root.get("name");
                    name = nameNode == null || nameNode.isNull() ? null : nameNode.asText();
                } else {
                    config = strings(root, file);
                }
            } else {
                Properties props = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                config = new LinkedHashMap<>();
                for (String key : props.stringPropertyNames()) {
                    config.put(key, props.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new ConnectException("Unable to read connector file " + file + ": " + e.getMessage(), e);
        }
        if (name == null) {
            name = config.get(ConnectorConfig.NAME_CONFIG);
        } else {
            config.putIfAbsent(ConnectorConfig.NAME_CONFIG, name);
        }
        if (name == null || name.isBlank()) {
            throw new ConnectException("Connector file " + file + " does not name the connector ("
                    + ConnectorConfig.NAME_CONFIG + ")");
        }
        return new ConnectorFile(name, config);
    }

    private static Map<String, String> strings(JsonNode object, Path file) {
        Map<String, String> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                throw new ConnectException("Connector file " + file + ": the value of " + field.getKey()
                        + " must be a string, number or boolean");
            }
            result.put(field.getKey(), value.isNull() ? null : value.asText());
        }
        return result;
    }
}
