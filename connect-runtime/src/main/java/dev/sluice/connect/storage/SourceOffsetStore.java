/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Key/value storage for serialized source offsets, shared by every connector of a worker. Keys and values are the
 * bytes produced by {@link OffsetKeyCodec}; the store never interprets them, which lets the standalone file and the
 * distributed offsets topic hold exactly the same records.
 *
 * <p>Implementations are thread-safe. Buffers passed in are copied, buffers handed out are read-only.
 */
public interface SourceOffsetStore {

    /** Loads whatever the store persisted earlier; must be called before any other method. */
    void start();

    /** Releases resources; writes already acknowledged stay durable. */
    void stop();

    /**
     * Looks up the values of the given keys.
     *
     * @return a future of a map holding only the keys that have a value
     */
    CompletableFuture<Map<ByteBuffer, ByteBuffer>> get(Collection<ByteBuffer> keys);

    /**
     * Writes all entries as one unit; a {@code null} value removes the key (resets that partition's offset).
     *
     * @return a future completed once the entries are durable, or completed exceptionally when they could not be
     *     written (in which case none of them is visible)
     */
    CompletableFuture<Void> set(Map<ByteBuffer, ByteBuffer> entries);

    /** Every key with a value, for listing a connector's offsets. */
    CompletableFuture<Map<ByteBuffer, ByteBuffer>> readAll();

    /**
     * The Kafka topic this store's writes go to, or null when it does not keep offsets in Kafka. An exactly-once
     * source task writes its offsets to this topic itself, in the transaction of its records.
     */
    default String kafkaTopic() {
        return null;
    }
}
