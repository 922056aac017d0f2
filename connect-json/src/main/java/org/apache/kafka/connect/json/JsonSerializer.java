/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serializer} that writes a Jackson tree as compact UTF-8 JSON. A null tree becomes a null record
 * value, so tombstones pass through. It takes no settings.
 */
public class JsonSerializer implements Serializer<JsonNode> {

    private final ObjectMapper objectMapper;

    public JsonSerializer() {
        this(JsonMappers.plain());
    }

    JsonSerializer(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * Writes {@code data} as JSON.
     *
     * @param topic the topic the bytes are for; not used
     * @param data the tree to write, or null
     * @return the UTF-8 JSON bytes, or null when {@code data} is null
     * @throws SerializationException if Jackson cannot write the tree
     */
    @Override
    public byte[] serialize(String topic, JsonNode data) {
        if (data == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsBytes(data);
        } catch (Exception e) {
            throw new SerializationException("Error serializing JSON message", e);
        }
    }
}
