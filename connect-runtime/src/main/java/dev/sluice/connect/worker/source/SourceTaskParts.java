/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.metrics.TaskDescription;
import dev.sluice.connect.storage.ConnectorOffsetReader;
import dev.sluice.connect.storage.SourceOffsetWriter;
import dev.sluice.connect.worker.ActiveTopicListener;
import dev.sluice.connect.worker.TransformationChain;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * Everything a {@link SourceTaskRunner} works with, built by the worker. The runner owns these once constructed
 * and closes the producer, topic creator, transformations, error handling and offset reader when it ends; the
 * offset store behind the reader and writer is the worker's and stays open.
 *
 * @param task                   the task instance, not yet initialized
 * @param taskConfig             the task's settings, handed to {@code initialize} (as the context's configs) and
 *                               {@code start}
 * @param keyConverter           converts record keys
 * @param valueConverter         converts record values
 * @param headerConverter        converts each header value
 * @param transformations        the connector's transformation chain
 * @param retryAndTolerance      the connector's {@code errors.*} policy
 * @param producer               a producer built from {@link SourceClientSettings#producer}
 * @param topicCreator           creates topics on first use; null when the connector does not use topic creation
 * @param offsetReader           the connector's committed offsets, as the task sees them
 * @param offsetWriter           commits the task's offsets
 * @param topicListener          told of each topic the task writes to
 * @param pluginMetrics          handed to the task through its context; may be null
 * @param offsetFlushIntervalMs  the worker's {@code offset.flush.interval.ms}
 * @param offsetFlushTimeoutMs   the worker's {@code offset.flush.timeout.ms}
 * @param exactlyOnce            how the transactional producer commits; null for at-least-once delivery, where
 *                               {@code offsetWriter} commits
 * @param metrics                the worker's registry, where the task's {@code source-task-metrics} go
 * @param description            the plugins the task runs with, as its {@code connector-task-metrics} name them
 */
public record SourceTaskParts(
        SourceTask task,
        Map<String, String> taskConfig,
        Converter keyConverter,
        Converter valueConverter,
        HeaderConverter headerConverter,
        TransformationChain<SourceRecord> transformations,
        RetryAndTolerance<SourceRecord> retryAndTolerance,
        Producer<byte[], byte[]> producer,
        TopicCreator topicCreator,
        ConnectorOffsetReader offsetReader,
        SourceOffsetWriter offsetWriter,
        ActiveTopicListener topicListener,
        PluginMetrics pluginMetrics,
        long offsetFlushIntervalMs,
        long offsetFlushTimeoutMs,
        ExactlyOnceSettings exactlyOnce,
        Metrics metrics,
        TaskDescription description) {

    public SourceTaskParts {
        Objects.requireNonNull(task, "task");
        taskConfig = Map.copyOf(Objects.requireNonNull(taskConfig, "taskConfig"));
        Objects.requireNonNull(keyConverter, "keyConverter");
        Objects.requireNonNull(valueConverter, "valueConverter");
        Objects.requireNonNull(headerConverter, "headerConverter");
        Objects.requireNonNull(transformations, "transformations");
        Objects.requireNonNull(retryAndTolerance, "retryAndTolerance");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(offsetReader, "offsetReader");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(description, "description");
        if (exactlyOnce == null) {
            Objects.requireNonNull(offsetWriter, "offsetWriter");
        }
        topicListener = topicListener == null ? ActiveTopicListener.NONE : topicListener;
        if (offsetFlushIntervalMs <= 0 || offsetFlushTimeoutMs <= 0) {
            throw new IllegalArgumentException("Offset flush interval and timeout must be positive");
        }
    }
}
