/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.worker.source.RecordConversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.health.ConnectorType;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceConnectorContext;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Previews a source connector: starts the connector for its first task config, starts that task with the given
 * offsets, polls until enough records came or the time is up, and stops both. Nothing reaches Kafka: the records go
 * through the task's conversion into bytes and no further, and {@code commitRecord}/{@code commit} are never
 * called, so no offset moves.
 */
final class SourcePreview {

    private static final Logger log = LoggerFactory.getLogger(SourcePreview.class);
    // How long a task that does not return from poll() after stop() is waited for before it is left behind.
    private static final long STOP_GRACE_MS = 5_000;

    private final String name;
    private final Map<String, String> config;
    private final PluginDesc plugin;
    private final Plugins plugins;
    private final OffsetStorageReader offsets;
    private final ExecutorService executor;
    private final List<SourceRecord> polled = new ArrayList<>();
    private Class<? extends Task> taskClass;
    private PreviewFailure failure;

    SourcePreview(String name, Map<String, String> config, PluginDesc plugin, Plugins plugins,
                  OffsetStorageReader offsets, ExecutorService executor) {
        this.name = name;
        this.config = config;
        this.plugin = plugin;
        this.plugins = plugins;
        this.offsets = offsets;
        this.executor = executor;
    }

    /** Runs the task and converts what it polled, in order, up to the limit. */
    RecordPreview run(RecordConversion conversion, CapturedFailures<SourceRecord> failures, PreviewLimits limits) {
        try (Metrics pluginRegistry = new Metrics()) {
            Map<String, String> taskConfig = firstTaskConfig(pluginRegistry);
            if (taskConfig != null) {
                poll(taskConfig, pluginRegistry, limits);
            }
        }
        List<PreviewedRecord> records = new ArrayList<>();
        try (LoaderSwap swap = new LoaderSwap(plugin.loader())) {
            for (SourceRecord record : polled.subList(0, Math.min(polled.size(), limits.records()))) {
                records.add(converted(record, conversion, failures));
            }
        }
        return new RecordPreview(name, ConnectorType.SOURCE, records, failure);
    }

    private Map<String, String> firstTaskConfig(Metrics pluginRegistry) {
        SourceConnector connector = plugins.newInstance(plugin, SourceConnector.class);
        try (LoaderSwap swap = new LoaderSwap(plugin.loader())) {
            connector.initialize(new Context(pluginRegistry));
            connector.start(config);
            try {
                List<Map<String, String>> taskConfigs = connector.taskConfigs(1);
                if (taskConfigs == null || taskConfigs.isEmpty()) {
                    throw new ConnectException("Connector " + name + " generated no task config to preview");
                }
                Map<String, String> taskConfig = taskConfigs.get(0);
                taskClass = connector.taskClass();
                return taskConfig;
            } finally {
                connector.stop();
            }
        } catch (RuntimeException | LinkageError e) {
            failure = PreviewFailure.of("CONNECTOR_START", plugin.pluginClass(), e);
            return null;
        }
    }

    private void poll(Map<String, String> taskConfig, Metrics pluginRegistry, PreviewLimits limits) {
        SourceTask task;
        try (LoaderSwap swap = new LoaderSwap(plugin.loader())) {
            task = (SourceTask) taskClass.getDeclaredConstructor().newInstance();
            task.initialize(new TaskContext(taskConfig, pluginRegistry));
            task.start(taskConfig);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            failure = PreviewFailure.of("TASK_START", taskClass, e);
            return;
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Future<?> polling = executor.submit(() -> pollUntil(task, limits.records(), deadline));
        try {
            polling.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException stillPolling) {
            // The deadline passed inside poll(); stop() is how Connect asks a task to return from it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            failure = PreviewFailure.of("TASK_POLL", taskClass, e.getCause());
        }
        try (LoaderSwap swap = new LoaderSwap(plugin.loader())) {
            task.stop();
        } catch (RuntimeException | LinkageError e) {
            log.warn("Task of connector {} failed to stop after its preview", name, e);
        }
        awaitStopped(polling);
    }

    private Void pollUntil(SourceTask task, int limit, long deadline) throws InterruptedException {
        try (LoaderSwap swap = new LoaderSwap(plugin.loader())) {
            while (size() < limit && System.nanoTime() < deadline) {
                List<SourceRecord> batch = task.poll();
                if (batch != null) {
                    synchronized (polled) {
                        polled.addAll(batch);
                    }
                }
            }
        }
        return null;
    }

    private int size() {
        synchronized (polled) {
            return polled.size();
        }
    }

    private void awaitStopped(Future<?> polling) {
        try {
            polling.get(STOP_GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            log.warn("Task of connector {} did not return from poll() {} ms after stop(); leaving it", name,
                    STOP_GRACE_MS);
            polling.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (failure == null) {
                failure = PreviewFailure.of("TASK_POLL", taskClass, e.getCause());
            }
        }
    }

    private static PreviewedRecord converted(SourceRecord record, RecordConversion conversion,
                                             CapturedFailures<SourceRecord> failures) {
        CapturedFailures.Converted<ProducerRecord<byte[], byte[]>> converted =
                failures.convert(() -> conversion.convert(record));
        ProducerRecord<byte[], byte[]> produced = converted.result();
        if (produced == null) {
            return new PreviewedRecord(converted.missingOutcome(), record.topic(), record.kafkaPartition(), null,
                    record.timestamp(), null, null, List.of(), record.sourcePartition(), record.sourceOffset(),
                    converted.failure());
        }
        List<PreviewedRecord.Header> headers = new ArrayList<>();
        for (Header header : produced.headers()) {
            headers.add(new PreviewedRecord.Header(header.key(), PreviewedData.bytes(header.value())));
        }
        return new PreviewedRecord(PreviewedRecord.Outcome.CONVERTED, produced.topic(), produced.partition(), null,
                produced.timestamp(), PreviewedData.bytes(produced.key()), PreviewedData.bytes(produced.value()),
                headers, record.sourcePartition(), record.sourceOffset(), null);
    }

    /** The connector's context: it may not reconfigure or fail anything beyond this preview. */
    private final class Context implements SourceConnectorContext {
        private final Metrics registry;

        Context(Metrics registry) {
            this.registry = registry;
        }

        @Override
        public void requestTaskReconfiguration() {
        }

        @Override
        public void raiseError(Exception e) {
            failure = PreviewFailure.of("CONNECTOR_START", plugin.pluginClass(), e);
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return new PluginMetricsImpl(registry, Map.of("connector", name));
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return offsets;
        }
    }

    private final class TaskContext implements SourceTaskContext {
        private final Map<String, String> taskConfig;
        private final Metrics registry;

        TaskContext(Map<String, String> taskConfig, Metrics registry) {
            this.taskConfig = taskConfig;
            this.registry = registry;
        }

        @Override
        public Map<String, String> configs() {
            return taskConfig;
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return offsets;
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return new PluginMetricsImpl(registry, Map.of("connector", name, "task", "0"));
        }
    }
}
