/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import java.util.Collection;
import java.util.Map;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.connector.Task;

/**
 * A task that receives records read from Kafka and writes them to another system. Offsets handed to the commit hooks
 * always refer to the original Kafka coordinates, before any transformation.
 */
public abstract class SinkTask implements Task {

    /** Key of the list of topics the task consumes. */
    public static final String TOPICS_CONFIG = "topics";

    /** Key of the regular expression selecting the topics the task consumes. */
    public static final String TOPICS_REGEX_CONFIG = "topics.regex";

    protected SinkTaskContext context;

    public SinkTask() {
    }

    /** Hands the task its context; partitions are only assigned later, through {@link #open(Collection)}. */
    public void initialize(SinkTaskContext context) {
        this.context = context;
    }

    @Override
    public abstract void start(Map<String, String> props);

    /**
     * Writes or buffers a batch. Tasks that buffer must override {@link #flush(Map)} or {@link #preCommit(Map)} so
     * offsets are not committed for unwritten records.
     */
    public abstract void put(Collection<SinkRecord> records);

    /** Writes out everything passed to {@link #put(Collection)} so far. Nothing to do by default. */
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
    }

    /**
     * Hook before an offset commit, returning the offsets that are safe to commit. The default flushes and then
     * declares all of the given offsets safe.
     */
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        flush(currentOffsets);
        return currentOffsets;
    }

    /** Called after a rebalance assigns partitions, before records from them arrive. Nothing to do by default. */
    public void open(Collection<TopicPartition> partitions) {
    }

    /** Called before partitions are taken away, after their last records were delivered. Nothing to do by default. */
    public void close(Collection<TopicPartition> partitions) {
    }

    /** Final cleanup, called after outstanding calls have returned and the final flush and commit are done. */
    @Override
    public abstract void stop();
}
