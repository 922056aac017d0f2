/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Start-up steps that do not depend on each other, each on a thread of its own: most of a worker's start is waiting
 * on brokers (creating and reading the internal topics), which overlaps with the CPU work of the REST server's start.
 * Every step runs to its end, so that a failed start can be closed in full; then the first failure is rethrown.
 */
final class ParallelStart {

    private final Map<String, Runnable> steps = new LinkedHashMap<>();

    /** Adds a step, run on a thread named {@code name}. */
    ParallelStart step(String name, Runnable step) {
        steps.put(name, step);
        return this;
    }

    /** Runs every step and waits for all of them. */
    void run() {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        steps.forEach((name, step) -> running.add(CompletableFuture.runAsync(step,
                task -> new Thread(task, name).start())));
        RuntimeException first = null;
        for (CompletableFuture<Void> future : running) {
            try {
                future.join();
            } catch (CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
