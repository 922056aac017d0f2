/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.errors.SinkErrantRecordReporter;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.metrics.SinkTaskMetrics;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks, per assigned partition, the position after the last record the task accepted and the offset last
 * committed, and commits what the task's {@code preCommit} returns. Used only on the runner's thread (commit
 * callbacks run inside {@code poll}), so the maps need no locking.
 *
 * <p>It also measures the commits for the task's metrics: each commit's time and outcome, the asynchronous commits'
 * sequence numbers and completions, and how many records read are not committed yet (from the position after the
 * last record read in each partition, which the runner reports once per poll).
 */
final class SinkOffsetCommitter {

    private static final Logger log = LoggerFactory.getLogger(SinkOffsetCommitter.class);

    private final ConnectorTaskId id;
    private final org.apache.kafka.connect.sink.SinkTask task;
    private final Consumer<byte[], byte[]> consumer;
    private final SinkErrantRecordReporter errantReporter;
    private final RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy;
    private final long commitTimeoutMs;
    private final ConnectorTaskMetrics taskMetrics;
    private final SinkTaskMetrics sinkMetrics;

    private final Map<TopicPartition, OffsetAndMetadata> current = new HashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> lastCommitted = new HashMap<>();
    private final Map<TopicPartition, Long> readUpTo = new HashMap<>();
    private boolean committing;
    private long commitStartedAt;
    /** When the commit in flight began, its {@code preCommit} included: what its measured time counts from. */
    private long commitBeganAt;
    private int commitSequence;

    SinkOffsetCommitter(ConnectorTaskId id, org.apache.kafka.connect.sink.SinkTask task,
                        Consumer<byte[], byte[]> consumer, SinkErrantRecordReporter errantReporter,
                        RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy, long commitTimeoutMs,
                        ConnectorTaskMetrics taskMetrics, SinkTaskMetrics sinkMetrics) {
        this.id = id;
        this.taskMetrics = taskMetrics;
        this.sinkMetrics = sinkMetrics;
        this.task = task;
        this.consumer = consumer;
        this.errantReporter = errantReporter;
        this.policy = policy;
        this.commitTimeoutMs = commitTimeoutMs;
    }

    /** The live map of positions after accepted records; the runner advances it after each successful put. */
    Map<TopicPartition, OffsetAndMetadata> currentOffsets() {
        return current;
    }

    /** A newly assigned partition starts at its consumer position, which is also what the group has committed. */
    void assigned(TopicPartition partition, long position) {
        OffsetAndMetadata offset = new OffsetAndMetadata(position);
        current.put(partition, offset);
        lastCommitted.put(partition, offset);
    }

    /** The task asked to re-read a partition from {@code offset}; that is now its committable position. */
    void rewound(TopicPartition partition, long offset) {
        current.put(partition, new OffsetAndMetadata(offset));
        readUpTo.put(partition, offset);
    }

    /** A poll returned records of {@code partition} up to (not including) {@code nextOffset}. */
    void read(TopicPartition partition, long nextOffset) {
        readUpTo.put(partition, nextOffset);
    }

    /** Tells the metrics how many records read are not committed yet. */
    void recordActive() {
        long active = 0;
        for (Map.Entry<TopicPartition, Long> read : readUpTo.entrySet()) {
            OffsetAndMetadata committed = lastCommitted.get(read.getKey());
            if (committed != null) {
                active += Math.max(0, read.getValue() - committed.offset());
            }
        }
        sinkMetrics.active(active);
    }

    void forget(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            current.remove(partition);
            lastCommitted.remove(partition);
            readUpTo.remove(partition);
        }
    }

    /** Partitions lost to another member: their pending error reports no longer matter to us. */
    void abandon(Collection<TopicPartition> partitions) {
        if (errantReporter != null) {
            errantReporter.cancelFutures(partitions);
        }
        forget(partitions);
    }

    /** Gives up on an asynchronous commit that has not completed within {@code offset.flush.timeout.ms}. */
    void expireStuckCommit(long now) {
        if (committing && now - commitStartedAt >= commitTimeoutMs) {
            log.error("{} Commit of offsets timed out", this);
            committing = false;
        }
    }

    /** A synchronous commit whose failure is logged, for revocation and shutdown. */
    void commitQuietly(Collection<TopicPartition> partitions) {
        try {
            commit(true, partitions);
        } catch (RuntimeException e) {
            log.error("{} Commit of offsets threw an unexpected exception for partitions {}", this, partitions, e);
        }
    }

    /**
     * Commits the offsets the task's {@code preCommit} returns for {@code partitions}, after every error report for
     * them is stored. Asynchronous commits are skipped while one is still in flight.
     */
    void commit(boolean sync, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty() || (!sync && committing)) {
            return;
        }
        // A committed offset must never pass a failed record whose report is not yet durable.
        if (errantReporter != null) {
            errantReporter.awaitFutures(partitions);
        }
        policy.flushReporters();

        Map<TopicPartition, OffsetAndMetadata> offered = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = current.get(partition);
            if (offset != null) {
                offered.put(partition, offset);
            }
        }
        Map<TopicPartition, OffsetAndMetadata> returned;
        long started = System.currentTimeMillis();
        try {
            returned = task.preCommit(offered);
        } catch (RuntimeException e) {
            log.error("{} Offset commit failed, rewinding to last committed offsets", this, e);
            taskMetrics.offsetCommitted(false, System.currentTimeMillis() - started);
            rewindToLastCommitted(partitions);
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> toCommit = changedSinceLastCommit(returned, partitions);
        if (toCommit.isEmpty()) {
            log.debug("{} Skipping offset commit, no change since last commit", this);
            return;
        }
        if (sync) {
            commitSync(toCommit, started);
            lastCommitted.putAll(toCommit);
            recordActive();
        } else {
            int sequence = ++commitSequence;
            committing = true;
            commitStartedAt = System.currentTimeMillis();
            commitBeganAt = started;
            sinkMetrics.commitStarted(sequence);
            consumer.commitAsync(toCommit, (offsets, error) -> completed(sequence, toCommit, error));
        }
    }

    private void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets, long started) {
        try {
            try {
                consumer.commitSync(offsets);
            } catch (WakeupException e) {
                // A stop request aimed at the poll loop; the commit still has to happen.
                consumer.commitSync(offsets);
            }
        } catch (RuntimeException e) {
            taskMetrics.offsetCommitted(false, System.currentTimeMillis() - started);
            throw e;
        }
        taskMetrics.offsetCommitted(true, System.currentTimeMillis() - started);
    }

    private void completed(int sequence, Map<TopicPartition, OffsetAndMetadata> offsets, Exception error) {
        if (sequence != commitSequence) {
            // A newer commit started after this one expired; only the newest one's outcome counts.
            log.debug("{} Ignoring the completion of offset commit {}; commit {} is the current one", this, sequence,
                    commitSequence);
            sinkMetrics.commitSkipped();
            return;
        }
        committing = false;
        taskMetrics.offsetCommitted(error == null, System.currentTimeMillis() - commitBeganAt);
        if (error != null) {
            log.error("{} Commit of offsets threw an unexpected exception for sequence number {}: {}",
                    this, sequence, offsets, error);
            return;
        }
        log.debug("{} Finished offset commit successfully: {}", this, offsets);
        sinkMetrics.commitCompleted();
        offsets.forEach((partition, offset) -> {
            if (current.containsKey(partition)) {
                lastCommitted.put(partition, offset);
            }
        });
        recordActive();
    }

    private Map<TopicPartition, OffsetAndMetadata> changedSinceLastCommit(
            Map<TopicPartition, OffsetAndMetadata> returned, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> changed = new HashMap<>();
        if (returned == null) {
            return changed;
        }
        returned.forEach((partition, offset) -> {
            if (offset == null) {
                return;
            }
            if (!partitions.contains(partition)) {
                log.warn("{} Ignoring invalid task provided offset {}/{} -- partition not assigned, assignment={}",
                        this, partition, offset, partitions);
                return;
            }
            if (!offset.equals(lastCommitted.get(partition))) {
                changed.put(partition, offset);
            }
        });
        return changed;
    }

    private void rewindToLastCommitted(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata committed = lastCommitted.get(partition);
            if (committed != null) {
                consumer.seek(partition, committed.offset());
                current.put(partition, committed);
            }
        }
    }

    @Override
    public String toString() {
        return "WorkerSinkTask{id=" + id + "}";
    }
}
