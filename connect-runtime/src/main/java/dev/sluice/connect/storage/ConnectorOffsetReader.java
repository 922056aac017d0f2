/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OffsetStorageReader} a source connector and its tasks get: it sees only the committed offsets of its
 * own connector, because the connector name is part of every key it looks up. Offsets a task produced but that are
 * not flushed yet are not visible.
 */
public class ConnectorOffsetReader implements OffsetStorageReader, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConnectorOffsetReader.class);

    private final OffsetStoreLease lease;
    private final SourceOffsetStore store;
    private final String connector;
    private final OffsetKeyCodec codec;
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Creates a reader of {@code connector}'s offsets in a store it does not own. */
    public ConnectorOffsetReader(SourceOffsetStore store, String connector, OffsetKeyCodec codec) {
        this(OffsetStoreLease.ofShared(store), connector, codec);
    }

    /** Creates a reader of {@code connector}'s offsets that closes {@code lease} when it is closed. */
    public ConnectorOffsetReader(OffsetStoreLease lease, String connector, OffsetKeyCodec codec) {
        this.lease = lease;
        this.store = lease.store();
        this.connector = connector;
        this.codec = codec;
    }

    @Override
    public <T> Map<String, Object> offset(Map<String, T> partition) {
        return offsets(java.util.Collections.singletonList(partition)).get(partition);
    }

    /**
     * Looks the partitions up; a partition without a committed offset, or one that is not a valid partition map,
     * maps to {@code null}.
     *
     * @throws ConnectException when the store fails or the reader was closed while waiting
     */
    @Override
    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
        Map<ByteBuffer, Map<String, T>> byKey = new HashMap<>();
        Map<Map<String, T>, Map<String, Object>> result = new LinkedHashMap<>();
        for (Map<String, T> partition : partitions) {
            result.put(partition, null);
            try {
                byKey.put(codec.encodeKey(connector, partition), partition);
            } catch (DataException e) {
                log.error("Cannot look up the offset of partition {} of connector {}: {}", partition, connector,
                        e.getMessage());
            }
        }
        if (byKey.isEmpty()) {
            return result;
        }
        Map<ByteBuffer, ByteBuffer> found = await(store.get(byKey.keySet()));
        found.forEach((key, value) -> {
            Map<String, T> partition = byKey.get(key);
            try {
                result.put(partition, codec.decodeValue(value));
            } catch (DataException e) {
                log.error("Ignoring unreadable offset of partition {} of connector {}: {}", partition, connector,
                        e.getMessage());
            }
        });
        return result;
    }

    /** Cancels lookups that are still waiting on the store and releases it; later lookups fail. */
    @Override
    public void close() {
        closed = true;
        inFlight.forEach(future -> future.cancel(true));
        lease.close();
    }

    private Map<ByteBuffer, ByteBuffer> await(CompletableFuture<Map<ByteBuffer, ByteBuffer>> future) {
        if (closed) {
            throw new ConnectException("The offset reader of connector " + connector + " is closed");
        }
        inFlight.add(future);
        try {
            if (closed) {
                future.cancel(true);
            }
            return future.get();
        } catch (CancellationException e) {
            throw new ConnectException("Offset lookup of connector " + connector + " was cancelled", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while reading offsets of connector " + connector, e);
        } catch (ExecutionException e) {
            throw new ConnectException("Failed to read offsets of connector " + connector, e.getCause());
        } finally {
            inFlight.remove(future);
        }
    }
}
