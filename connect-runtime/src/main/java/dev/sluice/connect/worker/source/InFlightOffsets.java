/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.storage.SourceOffsetWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one task that were handed to the producer but not yet acknowledged, queued per source partition
 * in the order the task returned them. Kafka may acknowledge records of different topic partitions out of order;
 * a source partition's offset only becomes committable once every earlier record of that source partition is done,
 * so a crash can never skip a record the broker did not get.
 *
 * <p>The task thread submits, producer threads acknowledge; one monitor guards everything. An acknowledgement runs on
 * the producer's single I/O thread, which every record of the task passes through, so it only marks the record and
 * moves its partition's committable offset; the offsets reach the offset writer when a commit hands them over.
 */
final class InFlightOffsets {

    /** One submitted record; {@code queue} is null when the record carries no offset to commit. */
    static final class Submitted {
        private final PartitionQueue queue;
        private final Map<String, ?> offset;
        private boolean done;

        private Submitted(PartitionQueue queue, Map<String, ?> offset) {
            this.queue = queue;
            this.offset = offset;
        }
    }

    /** The unfinished records of one source partition, and the offset its finished head reached. */
    private static final class PartitionQueue {
        private final Map<String, ?> partition;
        private final ArrayDeque<Submitted> records = new ArrayDeque<>();
        private Map<String, ?> committable;

        private PartitionQueue(Map<String, ?> partition) {
            this.partition = partition;
        }
    }

    private final SourceOffsetWriter writer;
    private final Map<Map<String, ?>, PartitionQueue> byPartition = new HashMap<>();
    private final List<PartitionQueue> advanced = new ArrayList<>();
    private int outstanding;

    InFlightOffsets(SourceOffsetWriter writer) {
        this.writer = writer;
    }

    /** Registers a record about to be sent; call {@link #done} once Kafka acknowledged it or it was skipped. */
    synchronized Submitted submit(Map<String, ?> partition, Map<String, ?> offset) {
        outstanding++;
        // Without both maps there is nothing the task could resume from, so the record only counts as in flight.
        if (partition == null || offset == null) {
            return new Submitted(null, null);
        }
        PartitionQueue queue = byPartition.computeIfAbsent(partition, PartitionQueue::new);
        Submitted submitted = new Submitted(queue, offset);
        queue.records.addLast(submitted);
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
        PartitionQueue queue = submitted.queue;
        if (queue != null) {
            Submitted last = null;
            while (!queue.records.isEmpty() && queue.records.peekFirst().done) {
                last = queue.records.pollFirst();
            }
            if (last != null) {
                if (queue.committable == null) {
                    advanced.add(queue);
                }
                queue.committable = last.offset;
            }
        }
        if (outstanding == 0) {
            notifyAll();
        }
    }

    /** Passes every partition's committable offset reached since the last hand-over to the offset writer. */
    synchronized void handOverCommittable() {
        for (PartitionQueue queue : advanced) {
            writer.offset(queue.partition, queue.committable);
            queue.committable = null;
            if (queue.records.isEmpty()) {
                byPartition.remove(queue.partition);
            }
        }
        advanced.clear();
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
