/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A Kafka {@link Deserializer} that reads UTF-8 JSON into a Jackson tree. A null record value stays null; empty
 * bytes give a missing node. Only standard JSON is accepted (no NaN, comments or single quotes), anything after
 * the first JSON value is ignored, and it takes no settings.
 */
public class JsonDeserializer implements Deserializer<JsonNode> {

    private final ObjectMapper objectMapper;

    public JsonDeserializer() {
        this(JsonMappers.plain());
    }

    JsonDeserializer(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * Parses {@code bytes} as JSON.
     *
     * @param topic the topic the bytes came from; not used
     * @param bytes the UTF-8 JSON, or null
     * @return the tree, or null when {@code bytes} is null
     * @throws SerializationException wrapping Jackson's error if the bytes are not JSON
     */
    @Override
    public JsonNode deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return objectMapper.readTree(bytes);
        } catch (Exception e) {
            throw new SerializationException(e);
        }
    }
}
