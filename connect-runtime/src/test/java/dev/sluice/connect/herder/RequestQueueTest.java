/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestQueueTest {

    @Test
    void requestsQueuedWhileABatchRunsWaitForTheNextPassSoTheHerderGetsBackToTheGroup() {
        AtomicInteger wakeups = new AtomicInteger();
        RequestQueue queue = new RequestQueue(wakeups::incrementAndGet);
        List<String> ran = new ArrayList<>();
        List<CompletableFuture<String>> late = new ArrayList<>();
        // Each request of the first batch makes another arrive, as concurrent REST clients do.
        CompletableFuture<String> first = queue.submit(() -> {
            ran.add("first");
            late.add(queue.submit(() -> {
                ran.add("late");
                return "late";
            }));
            return "first";
        });

        queue.runPending();

        assertEquals(List.of("first"), ran);
        assertTrue(first.isDone());
        assertFalse(late.get(0).isDone());
        assertFalse(queue.isEmpty());
        assertEquals(2, wakeups.get(), "each submit wakes the herder");

        queue.runPending();

        assertEquals(List.of("first", "late"), ran);
        assertEquals("late", late.get(0).join());
        assertTrue(queue.isEmpty());
    }
}
