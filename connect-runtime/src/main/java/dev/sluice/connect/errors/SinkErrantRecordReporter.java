/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * What {@code SinkTaskContext.errantRecordReporter()} returns (KIP-610): a record the task could not handle goes
 * through the task's {@link RetryAndTolerance} as a {@link Stage#TASK_PUT} failure, so it is logged, sent to the
 * dead letter queue as the bytes originally consumed, and either skipped or — with {@code errors.tolerance=none} —
 * fails the task. The sink runner waits for {@link #awaitFutures} before committing a partition's offsets, so a
 * committed offset never passes a report that was not stored.
 */
public final class SinkErrantRecordReporter implements ErrantRecordReporter {

    private final RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy;
    private final Function<SinkRecord, ConsumerRecord<byte[], byte[]>> originals;
    private final Class<?> taskClass;
    private final Map<TopicPartition, List<Future<Void>>> pending = new ConcurrentHashMap<>();

    /**
     * @param policy the task's policy, whose reporters include the dead letter queue
     * @param originals finds the consumed record a sink record was converted from; the sink runner keeps them for
     *                  the batch being put. May return null, in which case only the coordinates are reported.
     * @param taskClass the sink task's class, reported as the failing class
     */
    public SinkErrantRecordReporter(RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy,
                                    Function<SinkRecord, ConsumerRecord<byte[], byte[]>> originals,
                                    Class<?> taskClass) {
        this.policy = policy;
        this.originals = originals;
        this.taskClass = taskClass;
    }

    @Override
    public Future<Void> report(SinkRecord record, Throwable error) {
        ConsumerRecord<byte[], byte[]> original = originals.apply(record);
        if (original == null) {
            original = new ConsumerRecord<>(record.topic(), partitionOf(record), record.kafkaOffset(), null, null);
        }
        Future<Void> reported = policy.executeFailed(new ProcessingContext<>(original), Stage.TASK_PUT, taskClass, error);
        TopicPartition partition = new TopicPartition(original.topic(), original.partition());
        pending.computeIfAbsent(partition, p -> new ArrayList<>()).add(reported);
        return reported;
    }

    /** Blocks until every report for these partitions is stored, then forgets them. */
    public void awaitFutures(Collection<TopicPartition> partitions) {
        for (Future<Void> future : drain(partitions)) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectException("Interrupted while waiting for errant records to be reported", e);
            } catch (ExecutionException e) {
                throw new ConnectException("Failed to report an errant record", e.getCause());
            }
        }
    }

    /** Drops the pending reports of partitions this task no longer owns. */
    public void cancelFutures(Collection<TopicPartition> partitions) {
        for (Future<Void> future : drain(partitions)) {
            future.cancel(true);
        }
    }

    private List<Future<Void>> drain(Collection<TopicPartition> partitions) {
        List<Future<Void>> drained = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            List<Future<Void>> futures = pending.remove(partition);
            if (futures != null) {
                drained.addAll(futures);
            }
        }
        return drained;
    }

    private static int partitionOf(SinkRecord record) {
        return record.kafkaPartition() == null ? -1 : record.kafkaPartition();
    }
}
