/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sluice and Apache Kafka Connect 4.3.1 share the standalone offsets file.
 *
 * <p>{@code apache-4.3.1-standalone.offsets} was written by Apache's own {@code FileOffsetBackingStore} and
 * {@code OffsetStorageWriter} (connect-runtime-4.3.1.jar, internal {@code JsonConverter} with schemas disabled) from
 * a throwaway program that committed, for connector {@code fs}, {@code {"filename":"/tmp/in.txt"}} at
 * {@code {"position":8893}} and a reset of {@code {"filename":"/tmp/gone.txt"}}, then for connector {@code jdbc}
 * {@code {"table":"orders","db":"shop"}} at {@code {"incrementing":42,"timestamp":1700000000000,"ratio":0.5,
 * "done":true}}. Apache keeps the reset as a key with a {@code null} value. See docs/standalone-offsets.md.
 */
class ApacheOffsetFileCompatibilityTest {

    @TempDir
    Path dir;

    private final OffsetKeyCodec codec = new OffsetKeyCodec();
    private Path file;
    private FileOffsetStore store;

    @BeforeEach
    void copyApachesFile() throws Exception {
        file = dir.resolve("connect.offsets");
        try (InputStream in = getClass().getResourceAsStream("apache-4.3.1-standalone.offsets")) {
            Files.copy(in, file);
        }
        store = new FileOffsetStore(file);
        store.start();
    }

    @AfterEach
    void stop() {
        store.stop();
    }

    @Test
    void offsetsCommittedByApacheAreReadByConnector() throws Exception {
        SourceOffsetAdmin admin = new SourceOffsetAdmin(store, codec);

        assertEquals(Map.of(Map.of("filename", "/tmp/in.txt"), Map.of("position", 8893L)),
                admin.list("fs", Map.of()).get());
        assertEquals(Map.of(Map.of("table", "orders", "db", "shop"),
                        Map.of("incrementing", 42L, "timestamp", 1700000000000L, "ratio", 0.5, "done", true)),
                admin.list("jdbc", Map.of()).get());
    }

    @Test
    void aResetApacheStoredAsANullValueReadsAsNoOffset() {
        ConnectorOffsetReader reader = new ConnectorOffsetReader(store, "fs", codec);
        assertEquals(null, reader.offset(Map.of("filename", "/tmp/gone.txt")));
        assertEquals(Map.of("position", 8893L), reader.offset(Map.of("filename", "/tmp/in.txt")));
    }

    @Test
    void theFileWeWriteIsTheJavaSerializedByteArrayMapApacheReads() throws Exception {
        SourceOffsetWriter writer = new SourceOffsetWriter(store, "fs", codec);
        writer.offset(Map.of("filename", "/tmp/in.txt"), Map.of("position", 9000L));
        writer.beginFlush();
        writer.doFlush().get();

        Map<String, String> content = new LinkedHashMap<>();
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            HashMap<?, ?> map = assertInstanceOf(HashMap.class, in.readObject());
            map.forEach((k, v) -> content.put(utf8((byte[]) k), utf8((byte[]) v)));
        }
        assertEquals(Map.of(
                "[\"fs\",{\"filename\":\"/tmp/in.txt\"}]", "{\"position\":9000}",
                "[\"jdbc\",{\"table\":\"orders\",\"db\":\"shop\"}]",
                "{\"incrementing\":42,\"timestamp\":1700000000000,\"ratio\":0.5,\"done\":true}"), content);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
