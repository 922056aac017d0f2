/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

/** The serialized form is Apache Kafka Connect 4.3.1's, observed by running its worker's offset writer. */
class OffsetKeyCodecTest {

    private final OffsetKeyCodec codec = new OffsetKeyCodec();

    @Test
    void keyIsTheConnectorNameAndPartitionAsAJsonArray() {
        ByteBuffer key = codec.encodeKey("fs", Map.of("filename", "/tmp/in.txt"));
        assertEquals("[\"fs\",{\"filename\":\"/tmp/in.txt\"}]", text(key));
    }

    @Test
    void valueIsTheOffsetAsAJsonObject() {
        assertEquals("{\"position\":8893}", text(codec.encodeValue("fs", Map.of("position", 8893L))));
    }

    @Test
    void partitionAndOffsetFieldsKeepTheirOrder() {
        Map<String, Object> partition = new LinkedHashMap<>();
        partition.put("table", "orders");
        partition.put("db", "shop");
        Map<String, Object> offset = new LinkedHashMap<>();
        offset.put("incrementing", 42);
        offset.put("timestamp", 1700000000000L);
        offset.put("ratio", 0.5);
        offset.put("done", true);
        assertEquals("[\"jdbc\",{\"table\":\"orders\",\"db\":\"shop\"}]", text(codec.encodeKey("jdbc", partition)));
        assertEquals("{\"incrementing\":42,\"timestamp\":1700000000000,\"ratio\":0.5,\"done\":true}",
                text(codec.encodeValue("jdbc", offset)));
    }

    @Test
    void nullOffsetIsANullValueMeaningReset() {
        assertNull(codec.encodeValue("fs", null));
        assertNull(codec.decodeValue(null));
    }

    @Test
    void byteArrayFieldsAreWrittenAsBase64LikeApache() {
        assertEquals("{\"b\":\"AQ==\"}", text(codec.encodeValue("fs", Map.of("b", new byte[] {1}))));
    }

    @Test
    void nullFieldsAreAllowed() {
        Map<String, Object> offset = new HashMap<>();
        offset.put("x", null);
        assertEquals("{\"x\":null}", text(codec.encodeValue("fs", offset)));
    }

    @Test
    void decodedNumbersAreLongsAndDoublesAsJsonGivesThem() {
        Map<String, Object> offset = codec.decodeValue(
                codec.encodeValue("n", Map.of("i", 1, "s", (short) 2, "f", 1.5f, "str", "s", "bool", false)));
        assertEquals(Map.of("i", 1L, "s", 2L, "f", 1.5d, "str", "s", "bool", false), offset);
    }

    @Test
    void keyDecodesToConnectorAndPartition() {
        OffsetKey key = codec.decodeKey(codec.encodeKey("fs", Map.of("filename", "/tmp/in.txt", "line", 3)));
        assertEquals(new OffsetKey("fs", Map.of("filename", "/tmp/in.txt", "line", 3L)), key);
    }

    @Test
    void keysOfDifferentConnectorsDifferForTheSamePartition() {
        Map<String, Object> partition = Map.of("filename", "/tmp/in.txt");
        assertEquals(false, codec.encodeKey("a", partition).equals(codec.encodeKey("b", partition)));
    }

    @Test
    void nestedMapsAreRejectedWithApachesMessage() {
        DataException e = assertThrows(DataException.class,
                () -> codec.encodeValue("fs", Map.of("m", Map.of("x", 1))));
        assertEquals("Offsets may only contain primitive types as values, but field m contains MAP", e.getMessage());
    }

    @Test
    void listsInPartitionsAreRejectedWithApachesMessage() {
        DataException e = assertThrows(DataException.class, () -> codec.encodeKey("fs", Map.of("l", List.of(1))));
        assertEquals("Offsets may only contain primitive types as values, but field l contains ARRAY", e.getMessage());
    }

    @Test
    void unknownClassesAreRejectedWithApachesMessage() {
        DataException e = assertThrows(DataException.class,
                () -> codec.encodeValue("fs", Map.of("f", new Object())));
        assertEquals("Offsets may only contain primitive types as values, but field f contains class java.lang.Object",
                e.getMessage());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void nonStringKeysAreRejectedWithApachesMessage() {
        Map raw = new HashMap();
        raw.put(1, "a");
        DataException e = assertThrows(DataException.class, () -> codec.encodeKey("fs", raw));
        assertEquals("Offsets may only use String keys", e.getMessage());
    }

    @Test
    void keysThatAreNotConnectorPartitionPairsAreRejected() {
        assertThrows(DataException.class, () -> codec.decodeKey(bytes("{\"a\":1}")));
        assertThrows(DataException.class, () -> codec.decodeKey(bytes("[1,{}]")));
        assertThrows(DataException.class, () -> codec.decodeKey(bytes("[\"fs\",{}, 3]")));
        assertThrows(DataException.class, () -> codec.decodeKey(bytes("not json")));
    }

    @Test
    void valuesThatAreNotObjectsAreRejected() {
        assertThrows(DataException.class, () -> codec.decodeValue(bytes("[1]")));
    }

    static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    static String text(ByteBuffer buffer) {
        return new String(OffsetKeyCodec.bytes(buffer), StandardCharsets.UTF_8);
    }
}
