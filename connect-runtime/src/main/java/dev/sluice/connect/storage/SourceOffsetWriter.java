/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the offsets of one source task and commits them to a {@link SourceOffsetStore} in batches.
 *
 * <p>Two threads share a writer: the task thread reports the offset of every record Kafka acknowledged with
 * {@link #offset}, and the committer thread commits periodically:
 * <ol>
 *   <li>{@link #beginFlush()} moves everything reported so far into a snapshot and returns {@code false} when there
 *       is nothing to commit. Offsets reported from now on go to a fresh batch, so the task never waits on a commit.
 *       Only one flush may be in progress; beginning another throws.</li>
 *   <li>{@link #doFlush()} serializes the snapshot and writes it to the store; its future completes when the store
 *       made the offsets durable, and that ends the flush.</li>
 *   <li>If the flush fails (the future completes exceptionally, or it timed out) the committer calls
 *       {@link #cancelFlush()}: the snapshot goes back under the offsets reported meanwhile (newer values win), so
 *       the next flush retries it. A late completion of a cancelled flush changes nothing.</li>
 * </ol>
 * For each partition only the latest offset matters, so batches are keyed by partition.
 */
public class SourceOffsetWriter {

    private static final Logger log = LoggerFactory.getLogger(SourceOffsetWriter.class);

    private final SourceOffsetStore store;
    private final String connector;
    private final OffsetKeyCodec codec;

    private Map<Map<String, Object>, Map<String, Object>> pending = new LinkedHashMap<>();
    private Map<Map<String, Object>, Map<String, Object>> flushing;
    private long flushId;

    /** Creates a writer committing under {@code connector}'s name. */
    public SourceOffsetWriter(SourceOffsetStore store, String connector, OffsetKeyCodec codec) {
        this.store = store;
        this.connector = connector;
        this.codec = codec;
    }

    /** Records the latest offset of a partition; {@code null} resets it. Maps are copied. */
    public synchronized void offset(Map<String, ?> partition, Map<String, ?> offset) {
        pending.put(copy(partition), copy(offset));
    }

    /**
     * Snapshots the offsets reported so far for committing.
     *
     * @return {@code false} when there is nothing to commit (no flush begins)
     * @throws ConnectException when a flush is already in progress
     */
    public synchronized boolean beginFlush() {
        if (flushing != null) {
            log.error("Invalid call to beginFlush() of the offset writer of {} while a flush is in progress",
                    connector);
            throw new ConnectException("OffsetStorageWriter is already flushing");
        }
        if (pending.isEmpty()) {
            return false;
        }
        flushing = pending;
        pending = new LinkedHashMap<>();
        flushId++;
        return true;
    }

    /**
     * Like {@link #beginFlush()}, but first waits for a flush in progress to end.
     *
     * @throws TimeoutException when the flush in progress did not end in time
     */
    public synchronized boolean beginFlush(long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (flushing != null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("Timed out waiting for the previous offset flush of " + connector
                        + " to finish");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return beginFlush();
    }

    /** Whether a flush has begun and neither completed nor been cancelled. */
    public synchronized boolean flushing() {
        return flushing != null;
    }

    /**
     * Writes the snapshot taken by {@link #beginFlush()} to the store.
     *
     * @return a future completed once the offsets are durable, or exceptionally (for example with a
     *     {@code DataException} when an offset cannot be serialized); after a failure call {@link #cancelFlush()}
     * @throws IllegalStateException when no flush was begun
     */
    public CompletableFuture<Void> doFlush() {
        long id;
        Map<ByteBuffer, ByteBuffer> serialized = new LinkedHashMap<>();
        synchronized (this) {
            if (flushing == null) {
                throw new IllegalStateException("doFlush() called without a successful beginFlush()");
            }
            id = flushId;
            try {
                flushing.forEach((partition, offset) ->
                        serialized.put(codec.encodeKey(connector, partition), codec.encodeValue(connector, offset)));
            } catch (RuntimeException e) {
                log.error("Failed to serialize the offsets of connector {}; offsets cannot be committed until the "
                        + "partition or offset that cannot be serialized is replaced", connector, e);
                return CompletableFuture.failedFuture(e);
            }
        }
        log.debug("Committing {} offsets of connector {}", serialized.size(), connector);
        return store.set(serialized).whenComplete((ignored, error) -> {
            if (error == null) {
                finish(id);
            }
        });
    }

    /** Abandons the flush in progress, if any, keeping its offsets for the next one. */
    public synchronized void cancelFlush() {
        if (flushing == null) {
            return;
        }
        Map<Map<String, Object>, Map<String, Object>> merged = new LinkedHashMap<>(flushing);
        merged.putAll(pending);
        pending = merged;
        flushing = null;
        flushId++;
        notifyAll();
    }

    private synchronized void finish(long id) {
        if (id != flushId || flushing == null) {
            return;
        }
        flushing = null;
        notifyAll();
    }

    private static Map<String, Object> copy(Map<String, ?> map) {
        return map == null ? null : new LinkedHashMap<>(map);
    }
}
