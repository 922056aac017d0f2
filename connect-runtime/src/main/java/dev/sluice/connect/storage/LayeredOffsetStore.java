/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connector's own offsets store in front of the worker's, as KIP-618 lays them out: reads take the connector's
 * offset and fall back to the worker's for partitions the connector's topic does not have yet (a connector that
 * just switched to its own topic resumes where it was); writes go to both, so going back to the worker's topic, or
 * to a worker that ignores {@code offsets.storage.topic}, resumes close to where the connector was.
 *
 * <p>Resets go to the worker's store <em>first</em>: a reset that reached only the connector's store would let the
 * fallback read bring the old offset back. Other writes complete with the connector's store; copying them to the
 * worker's store is best effort and only logged when it fails.
 *
 * <p>Both stores are started and stopped by their owners; {@link #start()} and {@link #stop()} do nothing.
 */
public final class LayeredOffsetStore implements SourceOffsetStore {

    private static final Logger log = LoggerFactory.getLogger(LayeredOffsetStore.class);

    private final SourceOffsetStore connectorStore;
    private final SourceOffsetStore workerStore;

    public LayeredOffsetStore(SourceOffsetStore connectorStore, SourceOffsetStore workerStore) {
        this.connectorStore = connectorStore;
        this.workerStore = workerStore;
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    /** Writes go to the connector's own store, so its topic is where a transactional task writes. */
    @Override
    public String kafkaTopic() {
        return connectorStore.kafkaTopic();
    }

    @Override
    public CompletableFuture<Map<ByteBuffer, ByteBuffer>> get(Collection<ByteBuffer> keys) {
        List<ByteBuffer> wanted = List.copyOf(keys);
        return connectorStore.get(wanted).thenCompose(own -> {
            List<ByteBuffer> missing = new ArrayList<>();
            for (ByteBuffer key : wanted) {
                if (!own.containsKey(key)) {
                    missing.add(key);
                }
            }
            if (missing.isEmpty()) {
                return CompletableFuture.completedFuture(own);
            }
            return workerStore.get(missing).thenApply(fallback -> {
                Map<ByteBuffer, ByteBuffer> merged = new LinkedHashMap<>(fallback);
                merged.putAll(own);
                return merged;
            });
        });
    }

    @Override
    public CompletableFuture<Void> set(Map<ByteBuffer, ByteBuffer> entries) {
        Map<ByteBuffer, ByteBuffer> resets = new LinkedHashMap<>();
        Map<ByteBuffer, ByteBuffer> offsets = new LinkedHashMap<>();
        entries.forEach((key, value) -> (value == null ? resets : offsets).put(key, value));
        CompletableFuture<Void> resetsFirst = resets.isEmpty()
                ? CompletableFuture.completedFuture(null) : workerStore.set(resets);
        return resetsFirst
                .thenCompose(ignored -> connectorStore.set(entries))
                .thenRun(() -> copyToWorkerStore(offsets));
    }

    private void copyToWorkerStore(Map<ByteBuffer, ByteBuffer> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        workerStore.set(offsets).whenComplete((ignored, error) -> {
            if (error != null) {
                log.warn("Offsets were committed to the connector's offsets topic but could not be copied to the"
                        + " worker's: {}", error.toString());
            }
        });
    }

    @Override
    public CompletableFuture<Map<ByteBuffer, ByteBuffer>> readAll() {
        return workerStore.readAll().thenCombine(connectorStore.readAll(), (fallback, own) -> {
            Map<ByteBuffer, ByteBuffer> merged = new LinkedHashMap<>(fallback);
            merged.putAll(own);
            return merged;
        });
    }
}
