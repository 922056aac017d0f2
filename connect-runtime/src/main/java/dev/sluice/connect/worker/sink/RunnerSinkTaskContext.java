/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.errors.IllegalWorkerStateException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * The sink task's view of its runner. Requests that change what the consumer does (seeks, the retry timeout, a
 * commit) are remembered and carried out by the runner at its next loop turn, on its own thread; pauses are applied
 * at once, since they are made from {@code put} on that same thread.
 */
final class RunnerSinkTaskContext implements SinkTaskContext {

    private final SinkTaskRunner runner;
    private final Map<String, String> configs;
    private final ErrantRecordReporter errantRecordReporter;

    private final Map<TopicPartition, Long> requestedOffsets = new HashMap<>();
    private final Set<TopicPartition> pausedByTask = new HashSet<>();
    private volatile long timeoutMs = -1L;
    private volatile boolean commitRequested;

    RunnerSinkTaskContext(SinkTaskRunner runner, Map<String, String> configs, ErrantRecordReporter reporter) {
        this.runner = runner;
        this.configs = Map.copyOf(configs);
        this.errantRecordReporter = reporter;
    }

    @Override
    public Map<String, String> configs() {
        return configs;
    }

    @Override
    public void offset(Map<TopicPartition, Long> offsets) {
        synchronized (requestedOffsets) {
            requestedOffsets.putAll(offsets);
        }
    }

    @Override
    public void offset(TopicPartition partition, long offset) {
        synchronized (requestedOffsets) {
            requestedOffsets.put(partition, offset);
        }
    }

    @Override
    public void timeout(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    @Override
    public Set<TopicPartition> assignment() {
        return runner.assignment();
    }

    @Override
    public void pause(TopicPartition... partitions) {
        Set<TopicPartition> assigned = runner.assignment();
        for (TopicPartition partition : partitions) {
            if (!assigned.contains(partition)) {
                throw new IllegalWorkerStateException(
                        "SinkTasks may not pause partitions that are not currently assigned to them.");
            }
        }
        pausedByTask.addAll(Arrays.asList(partitions));
        runner.applyPauses();
    }

    @Override
    public void resume(TopicPartition... partitions) {
        Set<TopicPartition> assigned = runner.assignment();
        for (TopicPartition partition : partitions) {
            if (!assigned.contains(partition)) {
                throw new IllegalWorkerStateException(
                        "SinkTasks may not resume partitions that are not currently assigned to them.");
            }
        }
        pausedByTask.removeAll(Arrays.asList(partitions));
        runner.applyPauses();
    }

    @Override
    public void requestCommit() {
        commitRequested = true;
    }

    /** Non-null when the connector has a dead letter queue or logs errors (KIP-610). */
    @Override
    public ErrantRecordReporter errantRecordReporter() {
        return errantRecordReporter;
    }

    /** Plugin metrics are not supported yet. */
    @Override
    public PluginMetrics pluginMetrics() {
        return null;
    }

    /** Partitions the task paused itself; they stay paused across a pause and resume of the whole task. */
    boolean isPausedByTask(TopicPartition partition) {
        return pausedByTask.contains(partition);
    }

    /** The seeks asked for since the last call, then forgets them. */
    Map<TopicPartition, Long> takeRequestedOffsets() {
        synchronized (requestedOffsets) {
            if (requestedOffsets.isEmpty()) {
                return Map.of();
            }
            Map<TopicPartition, Long> taken = new HashMap<>(requestedOffsets);
            requestedOffsets.clear();
            return taken;
        }
    }

    /** The retry timeout the task set, or -1; it applies to one poll only. */
    long takeTimeout() {
        long timeout = timeoutMs;
        if (timeout > 0) {
            timeoutMs = -1L;
        }
        return timeout;
    }

    boolean takeCommitRequest() {
        if (commitRequested) {
            commitRequested = false;
            return true;
        }
        return false;
    }
}
