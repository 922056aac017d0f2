/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * Turns source partitions and offsets into the bytes kept by a {@link SourceOffsetStore} and back.
 *
 * <p>The format is Apache Kafka Connect's, so files and topics written by either worker are interchangeable: the
 * key is the JSON array {@code ["<connector>",{partition}]} and the value the JSON object {@code {offset}}, both
 * written by {@link JsonConverter} with schemas disabled; a {@code null} offset is a {@code null} value. Only flat
 * maps with {@code String} keys and primitive values are accepted, with Apache's error messages.
 *
 * <p>Instances are thread-safe: schemaless JSON conversion keeps no per-call state.
 */
public final class OffsetKeyCodec {

    private final JsonConverter keyConverter = new JsonConverter();
    private final JsonConverter valueConverter = new JsonConverter();

    /** Creates a codec with the worker's internal JSON settings. */
    public OffsetKeyCodec() {
        keyConverter.configure(Map.of("schemas.enable", "false", "converter.type", "key"), true);
        valueConverter.configure(Map.of("schemas.enable", "false", "converter.type", "value"), false);
    }

    /**
     * Serializes the key of one partition of one connector.
     *
     * @throws DataException when the partition is not a flat map of primitives
     */
    public ByteBuffer encodeKey(String connector, Map<String, ?> partition) {
        if (connector == null) {
            throw new DataException("Offsets must belong to a connector, but the connector name is null");
        }
        validate(partition);
        // The connector name is also the "topic" argument, as Apache's worker does; schemaless JSON ignores it.
        byte[] bytes = keyConverter.fromConnectData(connector, null, Arrays.asList(connector, partition));
        return ByteBuffer.wrap(bytes);
    }

    /**
     * Serializes an offset; {@code null} (a reset) stays {@code null}.
     *
     * @throws DataException when the offset is not a flat map of primitives
     */
    public ByteBuffer encodeValue(String connector, Map<String, ?> offset) {
        if (offset == null) {
            return null;
        }
        validate(offset);
        return ByteBuffer.wrap(valueConverter.fromConnectData(connector, null, offset));
    }

    /**
     * Reads a key back.
     *
     * @throws DataException when the bytes are not a {@code ["<connector>",{partition}]} array
     */
    public OffsetKey decodeKey(ByteBuffer key) {
        Object value = keyConverter.toConnectData("", bytes(key)).value();
        if (!(value instanceof List<?> list) || list.size() != 2) {
            throw new DataException("Ignoring offset key that is not a [connector, partition] array: " + value);
        }
        if (!(list.get(0) instanceof String connector)) {
            throw new DataException("Ignoring offset key whose connector name is not a string: " + value);
        }
        Object partition = list.get(1);
        if (partition != null && !(partition instanceof Map)) {
            throw new DataException("Ignoring offset key whose partition is not an object: " + value);
        }
        Map<String, Object> decoded = stringKeyed((Map<?, ?>) partition);
        return new OffsetKey(connector, decoded == null ? null : Collections.unmodifiableMap(decoded));
    }

    /**
     * Reads an offset back; a {@code null} value is {@code null}.
     *
     * @throws DataException when the bytes are not a JSON object
     */
    public Map<String, Object> decodeValue(ByteBuffer value) {
        if (value == null) {
            return null;
        }
        SchemaAndValue decoded = valueConverter.toConnectData("", bytes(value));
        if (decoded.value() == null) {
            return null;
        }
        if (!(decoded.value() instanceof Map<?, ?> map)) {
            throw new DataException("Offset value is not a JSON object: " + decoded.value());
        }
        return stringKeyed(map);
    }

    /**
     * Checks that a partition or offset map is something every worker can store and read back.
     *
     * @throws DataException with Apache's message when it is not
     */
    public static void validate(Map<?, ?> map) {
        if (map == null) {
            return;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new DataException("Offsets may only use String keys");
            }
            Object value = entry.getValue();
            if (value == null) {
                continue;
            }
            Schema.Type type = ConnectSchema.schemaType(value.getClass());
            if (type == null) {
                throw new DataException("Offsets may only contain primitive types as values, but field "
                        + entry.getKey() + " contains " + value.getClass());
            }
            if (!type.isPrimitive()) {
                throw new DataException("Offsets may only contain primitive types as values, but field "
                        + entry.getKey() + " contains " + type);
            }
        }
    }

    private static Map<String, Object> stringKeyed(Map<?, ?> map) {
        if (map == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }
}
