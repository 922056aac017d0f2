/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.apache.kafka.connect.errors.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole-connector offset operations behind the REST offsets endpoints: list, alter and reset the committed source
 * offsets of one connector. Whether the connector is stopped is the caller's concern.
 *
 * <p>Each operation leases the connector's store for its duration. Opening a connector's own offsets topic reads it
 * whole, so leases are taken on a thread of their own, never on the caller's (the herder's).
 */
public class SourceOffsetAdmin {

    private static final Logger log = LoggerFactory.getLogger(SourceOffsetAdmin.class);

    private static final Executor LEASES = task -> {
        Thread thread = new Thread(task, "offset-store-lease");
        thread.setDaemon(true);
        thread.start();
    };

    private final SourceOffsetStores stores;
    private final OffsetKeyCodec codec;

    /** Creates an admin over the store every connector shares. */
    public SourceOffsetAdmin(SourceOffsetStore store, OffsetKeyCodec codec) {
        this(SourceOffsetStores.shared(store), codec);
    }

    /** Creates an admin over the stores each connector's offsets live in. */
    public SourceOffsetAdmin(SourceOffsetStores stores, OffsetKeyCodec codec) {
        this.stores = stores;
        this.codec = codec;
    }

    /**
     * The committed offsets of every partition of {@code connector}, partition map to offset map; partitions that
     * were reset are absent and entries that cannot be decoded are skipped.
     */
    public CompletableFuture<Map<Map<String, Object>, Map<String, Object>>> list(
            String connector, Map<String, String> connectorConfig) {
        return withStore(connector, connectorConfig, store -> store.readAll().thenApply(all -> {
            Map<Map<String, Object>, Map<String, Object>> result = new LinkedHashMap<>();
            all.forEach((key, value) -> {
                try {
                    OffsetKey decoded = codec.decodeKey(key);
                    if (connector.equals(decoded.connector())) {
                        Map<String, Object> offset = codec.decodeValue(value);
                        if (offset != null) {
                            result.put(decoded.partition(), offset);
                        }
                    }
                } catch (DataException e) {
                    log.warn("Skipping an offset entry that cannot be decoded: {}", e.getMessage());
                }
            });
            return result;
        }));
    }

    /**
     * Writes the given offsets of {@code connector} as one unit; a {@code null} offset resets that partition.
     *
     * @return a future that fails with a {@link DataException} when any partition or offset is not a flat map of
     *     primitives, in which case nothing is written
     */
    public CompletableFuture<Void> alter(String connector, Map<String, String> connectorConfig,
            Map<? extends Map<String, ?>, ? extends Map<String, ?>> offsets) {
        Map<ByteBuffer, ByteBuffer> serialized = new LinkedHashMap<>();
        try {
            offsets.forEach((partition, offset) ->
                    serialized.put(codec.encodeKey(connector, partition), codec.encodeValue(connector, offset)));
        } catch (DataException e) {
            return CompletableFuture.failedFuture(e);
        }
        return withStore(connector, connectorConfig, store -> store.set(serialized));
    }

    /**
     * The offsets as the connector's tasks would read them back once stored (numbers as the stored JSON gives them,
     * for example), so that a connector checking a change sees what it will later be given.
     *
     * @throws DataException when any partition or offset is not a flat map of primitives, or holds a number JSON
     *         cannot carry (a JSON number too large for a double reads as infinity and would be stored as text)
     */
    public Map<Map<String, ?>, Map<String, ?>> normalized(String connector,
            Map<? extends Map<String, ?>, ? extends Map<String, ?>> offsets) {
        offsets.forEach((partition, offset) -> {
            requireFinite(partition);
            requireFinite(offset);
        });
        Map<Map<String, ?>, Map<String, ?>> result = new LinkedHashMap<>();
        offsets.forEach((partition, offset) -> result.put(
                codec.decodeKey(codec.encodeKey(connector, partition)).partition(),
                codec.decodeValue(codec.encodeValue(connector, offset))));
        return result;
    }

    private static void requireFinite(Map<String, ?> map) {
        if (map == null) {
            return;
        }
        map.forEach((key, value) -> {
            boolean infinite = value instanceof Double d && !Double.isFinite(d)
                    || value instanceof Float f && !Float.isFinite(f);
            if (infinite) {
                throw new DataException("Offsets may only contain finite numbers, but field " + key + " is " + value);
            }
        });
    }

    /**
     * Resets every partition of {@code connector}, leaving other connectors untouched. The stored keys are reused
     * as they are, so even a key another tool formatted differently is removed.
     */
    public CompletableFuture<Void> reset(String connector, Map<String, String> connectorConfig) {
        return withStore(connector, connectorConfig, store -> store.readAll().thenCompose(all -> {
            Map<ByteBuffer, ByteBuffer> tombstones = new LinkedHashMap<>();
            all.keySet().forEach(key -> {
                if (belongsTo(key, connector)) {
                    tombstones.put(key, null);
                }
            });
            return store.set(tombstones);
        }));
    }

    private <T> CompletableFuture<T> withStore(String connector, Map<String, String> connectorConfig,
                                               Function<SourceOffsetStore, CompletableFuture<T>> operation) {
        return CompletableFuture.supplyAsync(() -> stores.lease(connector, connectorConfig), LEASES)
                .thenCompose(lease -> operation.apply(lease.store()).whenComplete((ignored, error) -> lease.close()));
    }

    private boolean belongsTo(ByteBuffer key, String connector) {
        try {
            return connector.equals(codec.decodeKey(key).connector());
        } catch (DataException e) {
            return false;
        }
    }
}
