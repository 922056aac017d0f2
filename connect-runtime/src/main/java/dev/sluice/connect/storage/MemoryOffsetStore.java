/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * A {@link SourceOffsetStore} held in memory, for tests and as the base of {@link FileOffsetStore}.
 *
 * <p>Every operation runs on one private thread, in submission order, so a read submitted after a write sees it and
 * slow persistence never blocks a task thread. A write is applied to memory only after {@link #persist} accepted
 * it, so a failed write leaves nothing behind.
 */
public class MemoryOffsetStore implements SourceOffsetStore {

    private final String threadName;
    private Map<ByteBuffer, ByteBuffer> data = new LinkedHashMap<>();
    private ExecutorService executor;

    /** Creates an empty store. */
    public MemoryOffsetStore() {
        this("sluice-memory-offset-store");
    }

    /** Creates an empty store whose worker thread has the given name. */
    protected MemoryOffsetStore(String threadName) {
        this.threadName = threadName;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        Map<ByteBuffer, ByteBuffer> loaded = load();
        data = new LinkedHashMap<>(loaded);
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            // Writes already queued were promised to callers; let them finish.
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public CompletableFuture<Map<ByteBuffer, ByteBuffer>> get(Collection<ByteBuffer> keys) {
        return submit(() -> {
            Map<ByteBuffer, ByteBuffer> found = new LinkedHashMap<>();
            for (ByteBuffer key : keys) {
                ByteBuffer value = data.get(key);
                if (value != null) {
                    found.put(key, value.asReadOnlyBuffer());
                }
            }
            return found;
        });
    }

    @Override
    public CompletableFuture<Void> set(Map<ByteBuffer, ByteBuffer> entries) {
        Map<ByteBuffer, ByteBuffer> copies = new LinkedHashMap<>();
        entries.forEach((k, v) -> copies.put(copy(k), v == null ? null : copy(v)));
        return submit(() -> {
            Map<ByteBuffer, ByteBuffer> next = new LinkedHashMap<>(data);
            copies.forEach((k, v) -> {
                if (v == null) {
                    next.remove(k);
                } else {
                    next.put(k, v);
                }
            });
            persist(Collections.unmodifiableMap(next));
            data = next;
            return null;
        });
    }

    @Override
    public CompletableFuture<Map<ByteBuffer, ByteBuffer>> readAll() {
        return submit(() -> {
            Map<ByteBuffer, ByteBuffer> all = new LinkedHashMap<>();
            data.forEach((k, v) -> all.put(k.asReadOnlyBuffer(), v.asReadOnlyBuffer()));
            return all;
        });
    }

    /** Supplies the entries present at start; none by default. */
    protected Map<ByteBuffer, ByteBuffer> load() {
        return Map.of();
    }

    /**
     * Makes the complete new content durable before it becomes visible; called on the store's thread.
     *
     * @throws Exception to reject the write, leaving the previous content in place
     */
    protected void persist(Map<ByteBuffer, ByteBuffer> content) throws Exception {
    }

    private <T> CompletableFuture<T> submit(Work<T> work) {
        ExecutorService current;
        synchronized (this) {
            current = executor;
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        if (current == null) {
            result.completeExceptionally(new ConnectException("The offset store is not running"));
            return result;
        }
        try {
            current.execute(() -> {
                try {
                    result.complete(work.run());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new ConnectException("The offset store is not running"));
        }
        return result;
    }

    private static ByteBuffer copy(ByteBuffer buffer) {
        return ByteBuffer.wrap(OffsetKeyCodec.bytes(buffer)).asReadOnlyBuffer();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }
}
