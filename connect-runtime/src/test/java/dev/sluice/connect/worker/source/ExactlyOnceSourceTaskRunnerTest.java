/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import static dev.sluice.connect.worker.source.RunnerHarness.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.metrics.SourceTaskMetrics;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask.TransactionBoundary;
import org.apache.kafka.connect.source.TransactionContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A source task with exactly-once support writes its records and their offsets in one transaction. */
@WithSharedKafka
class ExactlyOnceSourceTaskRunnerTest {

    private RunnerHarness harness;
    private String offsetsTopic;

    @BeforeEach
    void newHarness(KafkaTestClients kafka) {
        harness = new RunnerHarness(kafka);
        offsetsTopic = "eos-offsets-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopic(offsetsTopic, 1, 1, Map.of("cleanup.policy", "compact"));
    }

    @AfterEach
    void closeHarness() {
        harness.close();
    }

    private static String topic(String purpose) {
        return "eos-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void eachPollIsOneTransactionHoldingItsRecordsAndTheirOffset() {
        String topic = topic("poll");
        harness.kafka.createTopic(topic, 1, 1);
        harness.exactlyOnce = new ExactlyOnceSettings(offsetsTopic, TransactionBoundary.POLL, 60_000);
        ScriptedSourceTask task = new ScriptedSourceTask(6, 2, topic);
        harness.start(task, TargetState.STARTED);

        eventually("all six records are committed", () -> task.committedMetadata.size() == 6);
        assertEquals(List.of("v0", "v1", "v2", "v3", "v4", "v5"), values(readCommitted(topic)));
        assertEquals(Map.of("line", 5L), lastCommittedOffset());
        assertTrue(task.commits.get() >= 3, "the task hears of each of the three commits");
        assertEquals(2.0, harness.number(SourceTaskMetrics.GROUP, "transaction-size-min"));
        assertEquals(2.0, harness.number(SourceTaskMetrics.GROUP, "transaction-size-max"));
        assertEquals(2.0, harness.number(SourceTaskMetrics.GROUP, "transaction-size-avg"));
        assertEquals(1.0, harness.number(ConnectorTaskMetrics.GROUP, "offset-commit-success-percentage"));
        assertNull(task.initializedWith.get().transactionContext(),
                "only a task that defines its own boundaries gets a transaction context");
        harness.stopAndAwait();
        assertNull(harness.failure.get());
    }

    @Test
    void recordsOfATransactionTheTaskAbortsStayInvisibleWhileTheirOffsetsAreCommitted() {
        String topic = topic("abort");
        harness.kafka.createTopic(topic, 1, 1);
        harness.exactlyOnce = new ExactlyOnceSettings(offsetsTopic, TransactionBoundary.CONNECTOR, 60_000);
        // Lines 0-2 are aborted after line 2; lines 3-5 are committed after line 5.
        ScriptedSourceTask task = new ScriptedSourceTask(6, 3, topic) {
            @Override
            public List<SourceRecord> poll() throws InterruptedException {
                List<SourceRecord> batch = super.poll();
                TransactionContext transactions = context.transactionContext();
                if (batch != null && !batch.isEmpty()) {
                    SourceRecord last = batch.get(batch.size() - 1);
                    if (last.sourceOffset().get("line").equals(2L)) {
                        transactions.abortTransaction(last);
                    } else {
                        transactions.commitTransaction(last);
                    }
                }
                return batch;
            }
        };
        harness.start(task, TargetState.STARTED);

        eventually("all six records are done", () -> task.committedRecords.size() == 6);
        assertEquals(List.of("v3", "v4", "v5"), values(readCommitted(topic)));
        assertEquals(3, task.committedWithoutMetadata.get(), "the aborted records are reported as not written");
        assertEquals(Map.of("line", 5L), lastCommittedOffset());
        harness.stopAndAwait();
        assertNull(harness.failure.get());
    }

    @Test
    void aTaskFencedOutByANewerInstanceFailsAndItsOpenTransactionNeverBecomesVisible() {
        String topic = topic("zombie");
        harness.kafka.createTopic(topic, 1, 1);
        // The transaction stays open for a minute, long enough for the newer instance to take over its id.
        harness.exactlyOnce = new ExactlyOnceSettings(offsetsTopic, TransactionBoundary.INTERVAL, 60_000);
        ScriptedSourceTask task = new ScriptedSourceTask(-1, 10, topic);
        harness.start(task, TargetState.STARTED);
        eventually("the zombie sent records in its open transaction", () -> harness.runner.outstandingRecords() > 20);

        try (KafkaProducer<byte[], byte[]> newer = new KafkaProducer<>(transactionalProducer())) {
            newer.initTransactions();
            eventually("the zombie notices it was fenced out", () -> harness.failure.get() != null);
        }

        Throwable failure = harness.failure.get();
        assertTrue(failure.getMessage().contains("was fenced out"), failure.getMessage());
        assertEquals(List.of(), values(readCommitted(topic)));
        assertNull(lastCommittedOffset(), "no offset of the zombie's records was committed");
    }

    private Map<String, Object> transactionalProducer() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, harness.kafka.bootstrapServers());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.putAll(SourceClientSettings.transactional(RunnerHarness.TRANSACTIONAL_GROUP, harness.id));
        return settings;
    }

    /** The offset of the scripted partition in the last committed record of the offsets topic, or null. */
    private Map<String, Object> lastCommittedOffset() {
        OffsetKeyCodec codec = new OffsetKeyCodec();
        ByteBuffer key = codec.encodeKey(harness.connector, ScriptedSourceTask.PARTITION);
        Map<String, Object> last = null;
        for (ConsumerRecord<byte[], byte[]> record : readCommitted(offsetsTopic)) {
            if (ByteBuffer.wrap(record.key()).equals(key)) {
                last = codec.decodeValue(ByteBuffer.wrap(record.value()));
            }
        }
        return last;
    }

    /** Everything a read_committed reader sees in the topic now. */
    private List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic) {
        Map<String, Object> settings = new HashMap<>(harness.kafka.consumerConfig(null));
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            Instant deadline = Instant.now().plus(RunnerHarness.DEADLINE);
            while (consumer.position(partition) < end && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static List<String> values(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(record -> new String(record.value()).replace("\"", "")).toList();
    }
}
