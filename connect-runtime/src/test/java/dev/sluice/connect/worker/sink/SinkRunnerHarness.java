/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import static org.junit.jupiter.api.Assertions.fail;

import dev.sluice.connect.config.StandaloneConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.metrics.TaskDescription;
import dev.sluice.connect.worker.TaskStatusListener;
import dev.sluice.connect.worker.TransformationChain;
import dev.sluice.connect.testkit.KafkaTestClients;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;

/** Runs one {@link SinkTaskRunner} on its own thread against the shared broker, with polling helpers. */
final class SinkRunnerHarness implements AutoCloseable {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final long DEADLINE_MS = 30_000L;

    final KafkaTestClients kafka;
    final String connector;
    final String topic;
    final CollectingSinkTask task = new CollectingSinkTask();
    final List<String> statuses = new CopyOnWriteArrayList<>();
    /** Each topic use the runner reported, as {@code task:topic}. */
    final List<String> topicUses = new CopyOnWriteArrayList<>();
    volatile Throwable failure;
    final Map<String, String> connectorProps = new HashMap<>();
    final Map<String, String> workerProps = new HashMap<>();
    /** Where the task's sink-task-metrics go. */
    final Metrics metrics = new Metrics();
    Converter valueConverter = new StringConverter();
    int taskNumber;
    SinkTaskRunner runner;
    private Thread thread;

    /** A harness with a fresh topic of {@code partitions} partitions and a unique connector name. */
    SinkRunnerHarness(KafkaTestClients kafka, String behaviour, int partitions) {
        this.kafka = kafka;
        int n = SEQUENCE.incrementAndGet();
        this.connector = "sink-" + behaviour + "-" + n + "-" + System.nanoTime();
        this.topic = "sink-topic-" + behaviour + "-" + n + "-" + System.nanoTime();
        kafka.createTopic(topic, partitions, 1);
        connectorProps.put("name", connector);
        connectorProps.put("topics", topic);
        workerProps.put("bootstrap.servers", kafka.bootstrapServers());
        workerProps.put("key.converter", StringConverter.class.getName());
        workerProps.put("value.converter", StringConverter.class.getName());
        workerProps.put("offset.storage.file.filename", "/dev/null");
        workerProps.put("offset.flush.interval.ms", "200");
    }

    /** Another task of the same connector on the same topic: a second group member, or one after a restart. */
    SinkRunnerHarness(SinkRunnerHarness previous) {
        this.kafka = previous.kafka;
        this.connector = previous.connector;
        this.topic = previous.topic;
        connectorProps.putAll(previous.connectorProps);
        workerProps.putAll(previous.workerProps);
        taskNumber = previous.taskNumber + 1;
    }

    SinkRunnerHarness withJsonValues() {
        JsonConverter json = new JsonConverter();
        json.configure(Map.of("schemas.enable", "false"), false);
        valueConverter = json;
        return this;
    }

    SinkTaskRunner start() {
        return start(TargetState.STARTED);
    }

    SinkTaskRunner start(TargetState initial) {
        StringConverter key = new StringConverter();
        key.configure(Map.of(), true);
        if (valueConverter instanceof StringConverter string) {
            string.configure(Map.of(), false);
        }
        SimpleHeaderConverter headers = new SimpleHeaderConverter();
        headers.configure(Map.of());
        SinkTaskPlugins plugins = new SinkTaskPlugins(task, key, valueConverter, headers,
                TransformationChain.identity(), new TaskDescription("test.CollectingSinkConnector", "sink", "1.0",
                        task.getClass().getName(), task.version(), key.getClass().getName(), key.version(),
                        valueConverter.getClass().getName(), valueConverter.version(),
                        headers.getClass().getName(), headers.version()));
        Map<String, String> taskConfig = new HashMap<>(connectorProps);
        runner = new SinkTaskRunner(new ConnectorTaskId(connector, taskNumber), plugins, taskConfig, connectorProps,
                new StandaloneConfig(workerProps), new Statuses(), initial, getClass().getClassLoader(), metrics,
                (id, used) -> topicUses.add(id.task() + ":" + used));
        thread = new Thread(runner, "sink-runner-" + connector);
        thread.start();
        return runner;
    }

    /** Waits for {@code condition}, failing with {@code what} at the deadline. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted waiting until " + what);
            }
        }
    }

    /** The value of this task's metric {@code name} in {@code group}, or null while it is not registered. */
    Object metric(String group, String name) {
        KafkaMetric metric = metrics.metric(new MetricName(name, group, "",
                Map.of("connector", connector, "task", Integer.toString(taskNumber))));
        return metric == null ? null : metric.metricValue();
    }

    /** A numeric metric of this task; -1 while it is not registered. */
    double number(String group, String name) {
        Object value = metric(group, name);
        return value == null ? -1 : ((Number) value).doubleValue();
    }

    void awaitRecords(int count) {
        await(count + " records were put (got " + task.records.size() + ")", () -> task.records.size() >= count);
    }

    void awaitStatus(String status) {
        await("the task reported " + status + " (statuses " + statuses + ")", () -> statuses.contains(status));
    }

    /** The offsets committed for the connector's group, by partition number. */
    Map<Integer, Long> committedOffsets() {
        try (Admin admin = Admin.create(kafka.adminConfig())) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin
                    .listConsumerGroupOffsets(SinkClientConfigs.groupId(connector))
                    .partitionsToOffsetAndMetadata().get();
            Map<Integer, Long> byPartition = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null && partition.topic().equals(topic)) {
                    byPartition.put(partition.partition(), offset.offset());
                }
            });
            return byPartition;
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("Could not read committed offsets", e);
        }
    }

    void stopAndAwait() {
        if (runner != null && thread.isAlive()) {
            runner.stop();
            if (!runner.awaitStop(DEADLINE_MS)) {
                fail("The runner did not stop");
            }
        }
    }

    @Override
    public void close() {
        stopAndAwait();
        metrics.close();
    }

    private final class Statuses implements TaskStatusListener {
        @Override
        public void onStartup(ConnectorTaskId id) {
            statuses.add("running");
        }

        @Override
        public void onPause(ConnectorTaskId id) {
            statuses.add("paused");
        }

        @Override
        public void onResume(ConnectorTaskId id) {
            statuses.add("resumed");
        }

        @Override
        public void onFailure(ConnectorTaskId id, Throwable cause) {
            failure = cause;
            statuses.add("failed");
        }

        @Override
        public void onShutdown(ConnectorTaskId id) {
            statuses.add("shutdown");
        }
    }
}
