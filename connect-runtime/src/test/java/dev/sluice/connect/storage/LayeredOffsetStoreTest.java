/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A connector's own offsets in front of the worker's: read with fallback, written to both, resets first behind. */
class LayeredOffsetStoreTest {

    private final MemoryOffsetStore connectorStore = new MemoryOffsetStore();
    private final MemoryOffsetStore workerStore = new MemoryOffsetStore();
    private final LayeredOffsetStore layered = new LayeredOffsetStore(connectorStore, workerStore);

    @BeforeEach
    void start() {
        connectorStore.start();
        workerStore.start();
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<ByteBuffer, ByteBuffer> entries(String... keyValues) {
        Map<ByteBuffer, ByteBuffer> entries = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            entries.put(bytes(keyValues[i]), keyValues[i + 1] == null ? null : bytes(keyValues[i + 1]));
        }
        return entries;
    }

    @Test
    void theConnectorsOffsetWinsAndTheWorkersFillsIn() throws Exception {
        workerStore.set(entries("a", "worker-a", "b", "worker-b")).get();
        connectorStore.set(entries("a", "own-a")).get();

        assertEquals(entries("a", "own-a", "b", "worker-b"), layered.get(List.of(bytes("a"), bytes("b"))).get());
        assertEquals(entries("a", "own-a", "b", "worker-b"), layered.readAll().get());
    }

    @Test
    void writesReachBothStoresAndResetsLeaveNoFallbackBehind() throws Exception {
        workerStore.set(entries("old", "worker-old")).get();

        layered.set(entries("a", "1", "old", null)).get();

        assertEquals(entries("a", "1"), connectorStore.readAll().get());
        assertEquals(entries("a", "1"), workerStore.readAll().get());
        assertEquals(Map.of(), layered.get(List.of(bytes("old"))).get());
    }

    @Test
    void aResetTheWorkersStoreRefusesIsNotWrittenAnywhere() throws Exception {
        connectorStore.set(entries("a", "1")).get();
        SourceOffsetStore refusing = new MemoryOffsetStore() {
            @Override
            public CompletableFuture<Void> set(Map<ByteBuffer, ByteBuffer> entries) {
                return CompletableFuture.failedFuture(new IllegalStateException("broker down"));
            }
        };
        LayeredOffsetStore store = new LayeredOffsetStore(connectorStore, refusing);

        assertThrows(ExecutionException.class, () -> store.set(entries("a", null)).get());
        assertEquals(entries("a", "1"), connectorStore.readAll().get());
    }
}
