/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.storage.SourceOffsetWriter;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The records of one task that were handed to the producer but not yet acknowledged, queued per source partition
 * in the order the task returned them. Kafka may acknowledge records of different topic partitions out of order;
 * a source partition's offset is only passed to the offset writer once every earlier record of that source
 * partition is done, so a crash can never skip a record the broker did not get.
 *
 * <p>The task thread submits, producer threads acknowledge; one monitor guards everything.
 */
final class InFlightOffsets {

    /** One submitted record; {@code partition} is null when the record carries no offset to commit. */
    static final class Submitted {
        private final Map<String, ?> partition;
        private final Map<String, ?> offset;
        private boolean done;

        private Submitted(Map<String, ?> partition, Map<String, ?> offset) {
            this.partition = partition;
            this.offset = offset;
        }
    }

    private final SourceOffsetWriter writer;
    private final Map<Map<String, ?>, ArrayDeque<Submitted>> byPartition = new HashMap<>();
    private int outstanding;

    InFlightOffsets(SourceOffsetWriter writer) {
        this.writer = writer;
    }

    /** Registers a record about to be sent; call {@link #done} once Kafka acknowledged it or it was skipped. */
    synchronized Submitted submit(Map<String, ?> partition, Map<String, ?> offset) {
        // Without both maps there is nothing the task could resume from, so the record only counts as in flight.
        Submitted submitted = partition == null || offset == null
                ? new Submitted(null, null)
                : new Submitted(partition, offset);
        if (submitted.partition != null) {
            byPartition.computeIfAbsent(submitted.partition, p -> new ArrayDeque<>()).addLast(submitted);
        }
        outstanding++;
        return submitted;
    }

    /**
     * Marks a record finished (acknowledged, or skipped for good) and moves its partition's committable offset as
     * far as the unbroken run of finished records at the head of that partition's queue reaches.
     */
    synchronized void done(Submitted submitted) {
        if (submitted.done) {
            return;
        }
        submitted.done = true;
        outstanding--;
        if (submitted.partition != null) {
            ArrayDeque<Submitted> queue = byPartition.get(submitted.partition);
            Submitted last = null;
            while (queue != null && !queue.isEmpty() && queue.peekFirst().done) {
                last = queue.pollFirst();
            }
            if (last != null) {
                writer.offset(last.partition, last.offset);
            }
            if (queue != null && queue.isEmpty()) {
                byPartition.remove(submitted.partition);
            }
        }
        if (outstanding == 0) {
            notifyAll();
        }
    }

    /** Records handed to the producer and not yet finished. */
    synchronized int outstanding() {
        return outstanding;
    }

    /**
     * Waits until every submitted record is finished.
     *
     * @return false when the time ran out first
     */
    synchronized boolean awaitAllDone(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (outstanding > 0) {
            long leftMs = (deadline - System.nanoTime()) / 1_000_000L;
            if (leftMs <= 0) {
                return false;
            }
            wait(leftMs);
        }
        return true;
    }
}
