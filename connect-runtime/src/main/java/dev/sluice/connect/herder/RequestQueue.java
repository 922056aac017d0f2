/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Work handed to the herder thread by other threads (REST, connectors asking for reconfiguration). Each request
 * returns a future the herder thread completes; submitting wakes the herder up. After {@link #close} requests are
 * refused and the ones still queued fail.
 */
final class RequestQueue {

    private final Queue<Runnable> pending = new ArrayDeque<>();
    private final Runnable wakeup;
    private boolean closed;

    /** @param wakeup interrupts whatever the herder thread is waiting on, so it runs the request soon */
    RequestQueue(Runnable wakeup) {
        this.wakeup = wakeup;
    }

    /** Queues {@code work}; its result or exception completes the returned future. */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable request = () -> {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        synchronized (this) {
            if (closed) {
                result.completeExceptionally(new ConnectException("The herder is stopping",
                        new RejectedExecutionException()));
                return result;
            }
            pending.add(request);
        }
        wakeup.run();
        return result;
    }

    /** Queues work whose answer is itself a future (e.g. an admin call the herder starts but need not wait for). */
    <T> CompletableFuture<T> submitComposed(Supplier<CompletableFuture<T>> work) {
        return submit(work).thenCompose(future -> future);
    }

    /**
     * Runs, on the calling (herder) thread, the requests queued when it is called. Requests queued meanwhile wait
     * for the next call: under a steady stream of REST writes (each waits for its config record to be read back)
     * the queue might never drain, and the herder must get back to polling the group in time, or the coordinator
     * drops it (a leader that does not answer a join within the session timeout loses its membership).
     */
    void runPending() {
        List<Runnable> batch;
        synchronized (this) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        batch.forEach(Runnable::run);
    }

    synchronized boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Refuses new requests; those already queued still run if {@link #runPending} is called. */
    synchronized void close() {
        closed = true;
    }
}
