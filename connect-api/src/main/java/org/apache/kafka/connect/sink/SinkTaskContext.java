/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;

/** The worker-side handle a sink task uses to steer consumption, offsets and commits. */
public interface SinkTaskContext {

    /** The task's latest configuration, which may differ from the one given at start (e.g. after secret rotation). */
    Map<String, String> configs();

    /** Rewinds or advances consumption; for tasks that keep their offsets in the sink system. */
    void offset(Map<TopicPartition, Long> offsets);

    /** Single-partition form of {@link #offset(Map)}. */
    void offset(TopicPartition tp, long offset);

    /** Sets how long to wait before the worker retries a batch after a retriable failure. */
    void timeout(long timeoutMs);

    /** The partitions currently assigned to the task. */
    Set<TopicPartition> assignment();

    /** Stops fetching from the given partitions until resumed. */
    void pause(TopicPartition... partitions);

    /** Resumes fetching from previously paused partitions. */
    void resume(TopicPartition... partitions);

    /** Hints that the worker should commit offsets soon. */
    void requestCommit();

    /**
     * The dead letter queue reporter, or null when none is configured. The default returns null, so tasks compiled
     * against this method still work on runtimes that do not override it.
     *
     * @since 2.6
     */
    default ErrantRecordReporter errantRecordReporter() {
        return null;
    }

    /** Metrics registry scoped to this task (added in Kafka 4.1). */
    PluginMetrics pluginMetrics();
}
