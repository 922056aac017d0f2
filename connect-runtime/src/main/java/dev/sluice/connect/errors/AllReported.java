/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Completes when every reporter's future has; fails with the first reporter's failure. */
final class AllReported implements Future<Void> {

    private final List<Future<?>> parts;

    AllReported(List<Future<?>> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = false;
        for (Future<?> part : parts) {
            cancelled |= part.cancel(mayInterruptIfRunning);
        }
        return cancelled;
    }

    @Override
    public boolean isCancelled() {
        return parts.stream().anyMatch(Future::isCancelled);
    }

    @Override
    public boolean isDone() {
        return parts.stream().allMatch(Future::isDone);
    }

    @Override
    public Void get() throws InterruptedException, ExecutionException {
        for (Future<?> part : parts) {
            part.get();
        }
        return null;
    }

    @Override
    public Void get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Future<?> part : parts) {
            part.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        return null;
    }
}
