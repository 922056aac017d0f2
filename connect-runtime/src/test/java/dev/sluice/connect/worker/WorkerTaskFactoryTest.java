/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sluice.connect.config.ConfigProviders;
import dev.sluice.connect.config.StandaloneConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.metrics.ConnectMetrics;
import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.storage.ConnectorOffsetReader;
import dev.sluice.connect.storage.FileOffsetStore;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetStores;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.NoneConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker whose tasks are built by {@link WorkerTaskFactory} runs real connectors against the shared broker:
 * records, offsets, converters, topic creation and the client override policy all take effect.
 */
@WithSharedKafka
class WorkerTaskFactoryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final KafkaTestClients kafka;
    private final String name = "factory-" + UUID.randomUUID().toString().substring(0, 8);
    private final String topic = name + "-topic";
    private final ConnectorTaskId taskId = new ConnectorTaskId(name, 0);
    private final WorkerFixtures.Events events = new WorkerFixtures.Events();
    private final Queue<String> activeTopics = new ConcurrentLinkedQueue<>();
    private final Path offsetsFile;
    private Worker worker;
    private FileOffsetStore store;

    WorkerTaskFactoryTest(KafkaTestClients kafka, @TempDir Path dir) {
        this.kafka = kafka;
        this.offsetsFile = dir.resolve("connect.offsets");
    }

    @AfterEach
    void stopWorker() {
        stopWorkerAndStore();
    }

    private void startWorker(ConnectorClientConfigOverridePolicy policy) {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("key.converter", StringConverter.class.getName());
        props.put("value.converter", JsonConverter.class.getName());
        props.put("offset.storage.file.filename", offsetsFile.toString());
        props.put("offset.flush.interval.ms", "100");
        StandaloneConfig config = new StandaloneConfig(props);
        store = new FileOffsetStore(offsetsFile);
        store.start();
        OffsetKeyCodec codec = new OffsetKeyCodec();
        ConnectMetrics metrics = ConnectMetrics.forWorker(config);
        WorkerTaskFactory factory = new WorkerTaskFactory(config, WorkerFixtures.plugins(), policy,
                SourceOffsetStores.shared(store),
                (task, used) -> activeTopics.add(task + ":" + used), metrics);
        worker = new Worker(config, WorkerFixtures.plugins(), ConfigProviders.of(Map.of()), policy, factory,
                SourceOffsetStores.shared(store), metrics);
    }

    private void stopWorkerAndStore() {
        if (worker != null) {
            worker.stop();
            worker = null;
        }
        if (store != null) {
            store.stop();
            store = null;
        }
    }

    /** Starts the connector and its single task; true when the task was submitted. */
    private boolean runConnector(Map<String, String> connectorConfig) {
        assertTrue(worker.startConnector(name, connectorConfig, events, TargetState.STARTED, () -> { }),
                "connector failed: " + events.failures.get(name));
        List<Map<String, String>> taskConfigs = worker.connectorTaskConfigs(name, 1);
        return worker.startTask(taskId, connectorConfig, taskConfigs.get(0), events, TargetState.STARTED);
    }

    private Map<String, String> sourceConfig(int count, String... keyValues) {
        return WorkerFixtures.connectorConfig(name, FactoryConnectors.CountingSourceConnector.class,
                concat(keyValues, "topic", topic, "count", Integer.toString(count)));
    }

    private Map<String, String> sinkConfig(String... keyValues) {
        return WorkerFixtures.connectorConfig(name, FactoryConnectors.CollectingSinkConnector.class,
                concat(keyValues, "topics", topic));
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private void stopTask() {
        worker.stopAndAwaitTasks(List.of(taskId));
        worker.stopConnector(name);
    }

    private Map<String, Object> committedOffsetInFile() {
        FileOffsetStore reopened = new FileOffsetStore(offsetsFile);
        reopened.start();
        try (ConnectorOffsetReader reader = new ConnectorOffsetReader(reopened, name, new OffsetKeyCodec())) {
            return reader.offset(Map.of("source", name));
        } finally {
            reopened.stop();
        }
    }

    private Object taskMetric(String attribute) {
        return worker.metrics().registry().metric(taskMetricName(attribute)).metricValue();
    }

    private MetricName taskMetricName(String attribute) {
        return new MetricName(attribute, ConnectorTaskMetrics.GROUP, "",
                Map.of("connector", taskId.connector(), "task", Integer.toString(taskId.task())));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting until " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private List<ConsumerRecord<String, String>> consume(int count) {
        return kafka.consume(topic, count, DEADLINE);
    }

    @Test
    void aSourceConnectorsRecordsReachTheTopicAndItsOffsetsLandInTheOffsetFile() {
        kafka.createTopic(topic, 1, 1);
        startWorker(new AllConnectorClientConfigOverridePolicy());

        assertTrue(runConnector(sourceConfig(5)));
        List<ConsumerRecord<String, String>> records = consume(5);
        assertEquals(FactoryConnectors.CountingSourceConnector.class.getName(), taskMetric("connector-class"));
        assertEquals("source", taskMetric("connector-type"));
        assertEquals(StringConverter.class.getName(), taskMetric("key-converter-class"));
        assertEquals(JsonConverter.class.getName(), taskMetric("value-converter-class"));
        assertEquals(new JsonConverter().version(), taskMetric("value-converter-version"));
        stopTask();
        assertNull(worker.metrics().registry().metric(taskMetricName("task-class")),
                "the task's group goes once the worker lets go of the task");

        assertEquals("key-0", records.get(0).key(), "keys use the worker's StringConverter");
        assertEquals("{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":\"value-4\"}",
                records.get(4).value(), "values use the worker's JsonConverter with its default settings");
        assertEquals(4L, ((Number) committedOffsetInFile().get("position")).longValue());
        assertEquals(List.of(taskId + ":" + topic), List.copyOf(activeTopics));
        assertEquals(List.of("startup", "shutdown"), events.of(taskId));
    }

    @Test
    void aRestartedSourceTaskContinuesAfterTheOffsetItCommitted() {
        kafka.createTopic(topic, 1, 1);
        startWorker(new AllConnectorClientConfigOverridePolicy());
        assertTrue(runConnector(sourceConfig(3)));
        consume(3);
        stopTask();
        stopWorkerAndStore();

        startWorker(new AllConnectorClientConfigOverridePolicy());
        assertTrue(runConnector(sourceConfig(5, "value.converter", StringConverter.class.getName())));
        List<ConsumerRecord<String, String>> records = consume(5);
        stopTask();

        assertEquals(List.of("value-3", "value-4"), records.subList(3, 5).stream().map(ConsumerRecord::value).toList(),
                "the second run starts after position 2 and writes nothing twice");
    }

    @Test
    void aConnectorsConvertersOverrideTheWorkers() {
        kafka.createTopic(topic, 1, 1);
        startWorker(new AllConnectorClientConfigOverridePolicy());

        assertTrue(runConnector(sourceConfig(2, "value.converter", StringConverter.class.getName(),
                "key.converter", JsonConverter.class.getName(), "key.converter.schemas.enable", "false")));
        List<ConsumerRecord<String, String>> records = consume(2);
        stopTask();

        assertEquals("\"key-1\"", records.get(1).key());
        assertEquals("value-1", records.get(1).value());
    }

    @Test
    void aSourceConnectorThatAsksForTopicCreationGetsItsTopicCreatedWithItsSettings() throws Exception {
        startWorker(new AllConnectorClientConfigOverridePolicy());

        assertTrue(runConnector(sourceConfig(1, "topic.creation.default.replication.factor", "1",
                "topic.creation.default.partitions", "3")));
        consume(1);
        stopTask();

        try (Admin admin = Admin.create(kafka.adminConfig())) {
            int partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            assertEquals(3, partitions);
        }
    }

    @Test
    void aSinkConnectorReceivesItsTopicsRecordsThroughItsOwnConverter() {
        kafka.createTopic(topic, 1, 1);
        kafka.produceValues(topic, "a", "b", "c");
        startWorker(new AllConnectorClientConfigOverridePolicy());

        // The worker's JsonConverter could not read these plain strings; the connector's StringConverter can.
        assertTrue(runConnector(sinkConfig("value.converter", StringConverter.class.getName())));
        awaitTrue(() -> FactoryConnectors.RECEIVED.getOrDefault(name, new ConcurrentLinkedQueue<>()).size() >= 3,
                "the sink task received three records");
        stopTask();

        assertEquals(List.of("a", "b", "c"), List.copyOf(FactoryConnectors.RECEIVED.get(name)));
        assertFalse(events.of(taskId).contains("failure"), "failure: " + events.failures.get(taskId));
    }

    @Test
    void clientOverridesTheWorkersPolicyForbidsFailTheTaskBeforeItStarts() {
        startWorker(new NoneConnectorClientConfigOverridePolicy());

        assertFalse(runConnector(sourceConfig(1, "producer.override.acks", "1")));

        assertEquals(List.of("failure"), events.of(taskId));
        String message = events.failures.get(taskId).getMessage();
        assertTrue(message.contains("The 'None' policy does not allow 'acks'"), message);
    }

    @Test
    void sinkOverridesAreCheckedAgainstThePolicyToo() {
        startWorker(new NoneConnectorClientConfigOverridePolicy());

        assertFalse(runConnector(sinkConfig("consumer.override.max.poll.records", "1")));

        String message = events.failures.get(taskId).getMessage();
        assertTrue(message.contains("The 'None' policy does not allow 'max.poll.records'"), message);
    }

    @Test
    void aTaskClassTheConnectorsPluginCannotLoadFailsTheTask() {
        startWorker(new AllConnectorClientConfigOverridePolicy());
        Map<String, String> connectorConfig = sourceConfig(1);
        assertTrue(worker.startConnector(name, connectorConfig, events, TargetState.STARTED, () -> { }));

        assertFalse(worker.startTask(taskId, connectorConfig, Map.of("task.class", "com.example.MissingTask"),
                events, TargetState.STARTED));

        assertTrue(events.failures.get(taskId).getMessage().contains("com.example.MissingTask"));
    }
}
