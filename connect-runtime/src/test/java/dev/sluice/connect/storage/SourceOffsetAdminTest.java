/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceOffsetAdminTest {

    private static final Map<String, Object> FILE_A = Map.of("filename", "a");
    private static final Map<String, Object> FILE_B = Map.of("filename", "b");

    @TempDir
    Path dir;

    private final OffsetKeyCodec codec = new OffsetKeyCodec();
    private FileOffsetStore store;
    private SourceOffsetAdmin admin;

    @BeforeEach
    void start() {
        store = new FileOffsetStore(dir.resolve("connect.offsets"));
        store.start();
        admin = new SourceOffsetAdmin(store, codec);
    }

    @AfterEach
    void stop() {
        store.stop();
    }

    @Test
    void listingGivesEveryPartitionOfOneConnectorOnly() throws Exception {
        admin.alter("fs", Map.of(), Map.of(FILE_A, Map.of("position", 1), FILE_B, Map.of("position", 2))).get();
        admin.alter("other", Map.of(), Map.of(FILE_A, Map.of("position", 99))).get();

        assertEquals(Map.of(FILE_A, Map.of("position", 1L), FILE_B, Map.of("position", 2L)),
                admin.list("fs", Map.of()).get());
        assertEquals(Map.of(), admin.list("unknown", Map.of()).get());
    }

    @Test
    void alteringWithANullOffsetResetsJustThatPartition() throws Exception {
        admin.alter("fs", Map.of(), Map.of(FILE_A, Map.of("position", 1), FILE_B, Map.of("position", 2))).get();
        Map<Map<String, Object>, Map<String, Object>> change = new HashMap<>();
        change.put(FILE_A, null);
        change.put(FILE_B, Map.of("position", 5));
        admin.alter("fs", Map.of(), change).get();

        assertEquals(Map.of(FILE_B, Map.of("position", 5L)), admin.list("fs", Map.of()).get());
    }

    @Test
    void alteredOffsetsAreWhatTheConnectorsTasksReadAfterARestart() throws Exception {
        admin.alter("fs", Map.of(), Map.of(FILE_A, Map.of("position", 42))).get();
        store.stop();
        store = new FileOffsetStore(dir.resolve("connect.offsets"));
        store.start();

        assertEquals(Map.of("position", 42L), new ConnectorOffsetReader(store, "fs", codec).offset(FILE_A));
    }

    @Test
    void resettingRemovesEveryPartitionOfTheConnectorAndNothingElse() throws Exception {
        admin.alter("fs", Map.of(), Map.of(FILE_A, Map.of("position", 1), FILE_B, Map.of("position", 2))).get();
        admin.alter("other", Map.of(), Map.of(FILE_A, Map.of("position", 99))).get();

        admin.reset("fs", Map.of()).get();

        assertEquals(Map.of(), admin.list("fs", Map.of()).get());
        assertEquals(Map.of(FILE_A, Map.of("position", 99L)), admin.list("other", Map.of()).get());
    }

    @Test
    void anInvalidOffsetInAnAlterationWritesNothing() throws Exception {
        Map<Map<String, Object>, Map<String, Object>> change = new HashMap<>();
        change.put(FILE_A, Map.of("position", 1));
        change.put(FILE_B, Map.of("nested", Map.of("x", 1)));

        ExecutionException e = assertThrows(ExecutionException.class, () -> admin.alter("fs", Map.of(), change).get());
        assertInstanceOf(DataException.class, e.getCause());
        assertEquals(Map.of(), admin.list("fs", Map.of()).get());
    }
}
