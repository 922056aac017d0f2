/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.config.StandaloneConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.errors.ErrorHandlingSettings;
import dev.sluice.connect.errors.ErrorStats;
import dev.sluice.connect.errors.LogReporter;
import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.metrics.TaskDescription;
import dev.sluice.connect.storage.ConnectorOffsetReader;
import dev.sluice.connect.storage.MemoryOffsetStore;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetWriter;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.worker.TaskStatusListener;
import dev.sluice.connect.worker.TransformationChain;
import dev.sluice.connect.worker.TransformationStage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;

/**
 * Runs one {@link SourceTaskRunner} on its own thread against the shared broker, with string keys, schemaless JSON
 * values, an in-memory offset store and a listener that records every status change.
 */
final class RunnerHarness implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(30);
    /** The group.id the transactional ids of exactly-once runs are formed from. */
    static final String TRANSACTIONAL_GROUP = "harness";
    private static Plugins plugins;

    final KafkaTestClients kafka;
    final String connector = "src-" + UUID.randomUUID().toString().substring(0, 8);
    final ConnectorTaskId id = new ConnectorTaskId(connector, 0);
    final MemoryOffsetStore store = new MemoryOffsetStore();
    final OffsetKeyCodec codec = new OffsetKeyCodec();
    final Queue<String> events = new ConcurrentLinkedQueue<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final Queue<String> usedTopics = new ConcurrentLinkedQueue<>();
    final Map<String, String> connectorProps = new HashMap<>();
    /** Where the task's source-task-metrics go. */
    final Metrics metrics = new Metrics();

    ErrorHandlingSettings errorHandling = ErrorHandlingSettings.DEFAULTS;
    List<TransformationStage<SourceRecord>> stages = List.of();
    long flushIntervalMs = 100;
    /** Set to run the task with exactly-once delivery: a transactional producer writing offsets to a topic. */
    ExactlyOnceSettings exactlyOnce;
    SourceTaskRunner runner;
    private Thread thread;

    RunnerHarness(KafkaTestClients kafka) {
        this.kafka = kafka;
        connectorProps.put("name", connector);
        connectorProps.put("connector.class", "FileStreamSink");
        store.start();
    }

    static synchronized Plugins plugins() {
        if (plugins == null) {
            plugins = Plugins.discover(List.of(), PluginDiscoveryMode.SERVICE_LOAD, true);
        }
        return plugins;
    }

    WorkerConfig workerConfig() {
        return new StandaloneConfig(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "key.converter", StringConverter.class.getName(),
                "value.converter", JsonConverter.class.getName(),
                "offset.storage.file.filename", "unused-offsets.txt"));
    }

    SourceConnectorConfig connectorConfig() {
        return new SourceConnectorConfig(plugins(), connectorProps, true);
    }

    /** Builds the runner with the harness's settings and runs it on a new thread. */
    SourceTaskRunner start(ScriptedSourceTask task, TargetState initialState) {
        WorkerConfig worker = workerConfig();
        SourceConnectorConfig config = connectorConfig();
        StringConverter keys = new StringConverter();
        keys.configure(Map.of(), true);
        JsonConverter values = new JsonConverter();
        values.configure(Map.of("schemas.enable", "false"), false);
        SimpleHeaderConverter headers = new SimpleHeaderConverter();
        headers.configure(Map.of());
        ErrorStats stats = new ErrorStats();
        RetryAndTolerance<SourceRecord> retry = new RetryAndTolerance<>(errorHandling, stats,
                List.of(LogReporter.forSource(connector, 0, errorHandling, stats)));
        TopicCreator topicCreator = TopicCreator.forConnector(config,
                config.usesTopicCreation() ? Admin.create(SourceClientSettings.admin(worker, config, id)) : null);
        Map<String, Object> producerSettings = SourceClientSettings.producer(worker, config, id);
        if (exactlyOnce != null) {
            producerSettings.putAll(SourceClientSettings.transactional(TRANSACTIONAL_GROUP, id));
        }
        SourceTaskParts parts = new SourceTaskParts(task, Map.of("task.setting", "x"), keys, values, headers,
                new TransformationChain<>(stages), retry, new KafkaProducer<>(producerSettings), topicCreator,
                new ConnectorOffsetReader(store, connector, codec),
                exactlyOnce == null ? new SourceOffsetWriter(store, connector, codec) : null,
                (taskId, topic) -> usedTopics.add(taskId + ":" + topic), null, flushIntervalMs, 10_000L,
                exactlyOnce, metrics, new TaskDescription("test.ScriptedSourceConnector", "source", "1.0",
                        task.getClass().getName(), task.version(), keys.getClass().getName(), keys.version(),
                        values.getClass().getName(), values.version(), headers.getClass().getName(),
                        headers.version()));
        runner = new SourceTaskRunner(id, parts, new Recorder(), initialState, getClass().getClassLoader());
        thread = new Thread(runner, "source-runner-" + connector);
        thread.start();
        return runner;
    }

    Thread thread() {
        return thread;
    }

    /** The offset the store holds for the scripted task's partition, or null. */
    Map<String, Object> committedOffset() {
        try (ConnectorOffsetReader reader = new ConnectorOffsetReader(store, connector, codec)) {
            return reader.offset(ScriptedSourceTask.PARTITION);
        }
    }

    void stopAndAwait() {
        runner.stop();
        assertTrue(runner.awaitStop(DEADLINE.toMillis()), "the runner did not stop in time");
    }

    @Override
    public void close() {
        if (runner != null && thread.isAlive()) {
            stopAndAwait();
        }
        store.stop();
        metrics.close();
    }

    /** Waits, checking often, until {@code condition} holds; fails after {@link #DEADLINE}. */
    /** The value of the task's metric {@code name} in {@code group}, or null while it is not registered. */
    Object metric(String group, String name) {
        KafkaMetric metric = metrics.metric(new MetricName(name, group, "", Map.of("connector", connector, "task", "0")));
        return metric == null ? null : metric.metricValue();
    }

    /** A numeric metric of the task; -1 while it is not registered. */
    double number(String group, String name) {
        Object value = metric(group, name);
        return value == null ? -1 : ((Number) value).doubleValue();
    }

    static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting until " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private final class Recorder implements TaskStatusListener {
        @Override
        public void onStartup(ConnectorTaskId taskId) {
            events.add("startup");
        }

        @Override
        public void onPause(ConnectorTaskId taskId) {
            events.add("pause");
        }

        @Override
        public void onResume(ConnectorTaskId taskId) {
            events.add("resume");
        }

        @Override
        public void onFailure(ConnectorTaskId taskId, Throwable cause) {
            failure.set(cause);
            events.add("failure");
        }

        @Override
        public void onShutdown(ConnectorTaskId taskId) {
            events.add("shutdown");
        }
    }
}
