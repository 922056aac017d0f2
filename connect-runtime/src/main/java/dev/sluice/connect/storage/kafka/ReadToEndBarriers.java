/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The read-to-end requests of one {@link TopicJournal}: each is measured (the end offsets of every partition are
 * taken) and then completed once the consumer's positions have reached them. Used only on the journal thread; a
 * request that could not be measured yet (the broker is away) stays queued and is measured on the next turn.
 */
final class ReadToEndBarriers {

    private record Barrier(Map<TopicPartition, Long> endOffsets, CompletableFuture<Void> future) {
    }

    private final List<TopicPartition> partitions;
    private final List<CompletableFuture<Void>> unmeasured = new ArrayList<>();
    private final List<Barrier> measured = new ArrayList<>();

    ReadToEndBarriers(List<TopicPartition> partitions) {
        this.partitions = List.copyOf(partitions);
    }

    /** Moves newly requested barriers in. */
    void take(Queue<CompletableFuture<Void>> requests) {
        for (CompletableFuture<Void> request = requests.poll(); request != null; request = requests.poll()) {
            unmeasured.add(request);
        }
    }

    /** Takes the end offsets once for every barrier taken in but not measured yet. */
    void measure(Consumer<?, ?> consumer, Duration timeout) {
        if (unmeasured.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> ends = Map.copyOf(consumer.endOffsets(partitions, timeout));
        unmeasured.forEach(future -> measured.add(new Barrier(ends, future)));
        unmeasured.clear();
    }

    /** Completes, through {@code completer}, every barrier whose end offsets the consumer has reached. */
    void completeReached(Consumer<?, ?> consumer, Duration timeout, java.util.function.Consumer<Runnable> completer) {
        if (measured.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : partitions) {
            positions.put(partition, consumer.position(partition, timeout));
        }
        for (Iterator<Barrier> it = measured.iterator(); it.hasNext(); ) {
            Barrier barrier = it.next();
            if (reached(barrier.endOffsets(), positions)) {
                it.remove();
                completer.accept(() -> barrier.future().complete(null));
            }
        }
    }

    /** Fails every barrier, measured or not. */
    void failAll(Exception cause, java.util.function.Consumer<Runnable> completer) {
        List<CompletableFuture<Void>> all = new ArrayList<>(unmeasured);
        measured.forEach(barrier -> all.add(barrier.future()));
        unmeasured.clear();
        measured.clear();
        all.forEach(future -> completer.accept(() -> future.completeExceptionally(cause)));
    }

    private static boolean reached(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> positions) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            Long position = positions.get(end.getKey());
            if (position == null || position < end.getValue()) {
                return false;
            }
        }
        return true;
    }
}
