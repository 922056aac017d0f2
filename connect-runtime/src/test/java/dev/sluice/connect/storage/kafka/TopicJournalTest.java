/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static dev.sluice.connect.storage.kafka.JournalRecorder.await;
import static dev.sluice.connect.storage.kafka.JournalRecorder.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class TopicJournalTest {

    private KafkaTestClients kafka;
    private InternalClientConfigs configs;
    private final List<TopicJournal> journals = new ArrayList<>();

    @BeforeEach
    void connect(KafkaTestClients kafka) {
        this.kafka = kafka;
        this.configs = new InternalClientConfigs(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "journal-test-cluster"), "journal-test");
    }

    @AfterEach
    void stopJournals() {
        journals.forEach(TopicJournal::stop);
    }

    private String compactedTopic(int partitions) {
        String topic = "journal-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopic(topic, partitions, 1, Map.of("cleanup.policy", "compact"));
        return topic;
    }

    private TopicJournal started(String topic, JournalRecorder recorder) {
        TopicJournal journal = TopicJournal.create(topic, configs, "configs", recorder);
        journals.add(journal);
        journal.start();
        return journal;
    }

    @Test
    void appendedRecordIsDeliveredOnTheJournalThreadBeforeReadToEndCompletes() throws Exception {
        String topic = compactedTopic(1);
        JournalRecorder recorder = new JournalRecorder();
        TopicJournal journal = started(topic, recorder);
        assertEquals(List.of(), recorder.records(), "a new topic is empty");

        RecordMetadata written = await(journal.append(bytes("connector-a"), bytes("{\"properties\":{}}")));
        assertEquals(topic, written.topic());
        await(journal.readToEnd());

        assertEquals(List.of("connector-a={\"properties\":{}}"), recorder.records());
        assertEquals(List.of("sluice-journal-" + topic), recorder.threads());
    }

    @Test
    void secondJournalSeesTheFirstOnesWritesAfterReadToEnd() throws Exception {
        String topic = compactedTopic(1);
        JournalRecorder first = new JournalRecorder();
        JournalRecorder second = new JournalRecorder();
        TopicJournal writer = started(topic, first);
        TopicJournal reader = started(topic, second);

        await(writer.append(bytes("k1"), bytes("v1")));
        await(writer.append(bytes("k2"), bytes("v2")));
        await(reader.readToEnd());

        assertEquals(List.of("k1=v1", "k2=v2"), second.records());
    }

    @Test
    void tombstoneIsDeliveredWithANullValue() throws Exception {
        String topic = compactedTopic(1);
        JournalRecorder recorder = new JournalRecorder();
        TopicJournal journal = started(topic, recorder);

        await(journal.append(bytes("connector-a"), bytes("x")));
        await(journal.append(bytes("connector-a"), null));
        await(journal.readToEnd());

        assertEquals(List.of("connector-a=x", "connector-a=null"), recorder.records());
        assertEquals(Map.of(), recorder.latest());
    }

    @Test
    void restartedJournalReloadsTheTopicBeforeStartReturns() throws Exception {
        String topic = compactedTopic(1);
        TopicJournal journal = started(topic, new JournalRecorder());
        await(journal.append(bytes("a"), bytes("1")));
        await(journal.append(bytes("b"), bytes("1")));
        await(journal.append(bytes("a"), bytes("2")));
        await(journal.append(bytes("b"), null));
        journal.stop();

        JournalRecorder reloaded = new JournalRecorder();
        started(topic, reloaded);

        assertEquals(Map.of("a", "2"), reloaded.latest(), "no readToEnd needed: start() read to the end");
    }

    @Test
    void everyPartitionIsTailedInOrderPerPartition() throws Exception {
        String topic = compactedTopic(5);
        JournalRecorder recorder = new JournalRecorder();
        TopicJournal journal = started(topic, recorder);
        List<String> expected = new ArrayList<>();
        HashSet<Integer> partitions = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            // The same key always lands in the same partition, so per-key order is per-partition order.
            String key = "key-" + (i % 10);
            partitions.add(await(journal.append(bytes(key), bytes("v" + i))).partition());
            expected.add(key + "=v" + i);
        }
        await(journal.readToEnd());

        assertTrue(partitions.size() > 1, "the keys were spread over partitions: " + partitions);
        List<String> delivered = recorder.records();
        assertEquals(new HashSet<>(expected), new HashSet<>(delivered));
        for (int k = 0; k < 10; k++) {
            String prefix = "key-" + k + "=";
            assertEquals(expected.stream().filter(r -> r.startsWith(prefix)).toList(),
                    delivered.stream().filter(r -> r.startsWith(prefix)).toList());
        }
    }

    @Test
    void keysLandInTheSamePartitionAsWithApachesWorker() throws Exception {
        // Partitions Apache 4.3.1 wrote these keys to (apache-4.3.1-internal-topics resources).
        TopicJournal offsets = started(compactedTopic(25), new JournalRecorder());
        assertEquals(3, await(offsets.append(bytes("[\"fs\",{\"filename\":\"/work/scratch/observed/work/in.txt\"}]"),
                bytes("{\"position\":18}"))).partition());
        TopicJournal status = started(compactedTopic(5), new JournalRecorder());
        assertEquals(4, await(status.append(bytes("status-task-fs-0"), null)).partition());
        assertEquals(3, await(status.append(bytes("status-task-fsink-1"), null)).partition());
    }

    @Test
    void recordsOfAbortedTransactionsAreNeverDelivered() throws Exception {
        String topic = compactedTopic(1);
        Map<String, Object> props = kafka.producerConfig();
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topic + "-tx");
        try (KafkaProducer<String, String> transactional = new KafkaProducer<>(props)) {
            transactional.initTransactions();
            transactional.beginTransaction();
            transactional.send(new ProducerRecord<>(topic, "aborted", "x"));
            transactional.abortTransaction();
            transactional.beginTransaction();
            transactional.send(new ProducerRecord<>(topic, "committed", "y"));
            transactional.commitTransaction();
        }
        JournalRecorder recorder = new JournalRecorder();
        TopicJournal journal = started(topic, recorder);
        // The transaction markers reach the partition shortly after commitTransaction() returns; until then the
        // read-committed end of the topic is before both transactions, so wait for the committed record.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (recorder.records().isEmpty() && System.nanoTime() < deadline) {
            await(journal.readToEnd());
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }

        assertEquals(List.of("committed=y"), recorder.records());
    }

    @Test
    void startFailsClearlyWhenTheTopicDoesNotExist() {
        String topic = "missing-" + UUID.randomUUID();
        TopicJournal journal = TopicJournal.create(topic, configs, "configs", new JournalRecorder());
        ConnectException e = assertThrows(ConnectException.class, () -> journal.start(Duration.ofSeconds(3)));
        assertTrue(e.getMessage().contains(topic), e.getMessage());
        assertEquals(List.of(), kafka.listTopics().stream().filter(topic::equals).toList(),
                "reading did not create the topic");
    }

    @Test
    void afterStopAppendsAndBarriersFail() throws Exception {
        TopicJournal journal = started(compactedTopic(1), new JournalRecorder());
        journal.stop();

        ExecutionException append = assertThrows(ExecutionException.class,
                () -> await(journal.append(bytes("k"), bytes("v"))));
        assertInstanceOf(ConnectException.class, append.getCause());
        ExecutionException barrier = assertThrows(ExecutionException.class, () -> await(journal.readToEnd()));
        assertInstanceOf(ConnectException.class, barrier.getCause());
        journal.stop();
    }

    @Test
    void aJournalWithoutProducerIsReadOnly() throws Exception {
        String topic = compactedTopic(1);
        TopicJournal writer = started(topic, new JournalRecorder());
        await(writer.append(bytes("k"), bytes("v")));
        JournalRecorder recorder = new JournalRecorder();
        Map<String, Object> consumerProps = configs.consumer("read-only");
        TopicJournal readOnly = new TopicJournal(topic, null,
                () -> new org.apache.kafka.clients.consumer.KafkaConsumer<>(consumerProps), recorder);
        journals.add(readOnly);
        readOnly.start();

        assertEquals(List.of("k=v"), recorder.records());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> await(readOnly.append(bytes("k"), bytes("w"))));
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void aFailingCallbackDoesNotStopTheJournal() throws Exception {
        String topic = compactedTopic(1);
        JournalRecorder recorder = new JournalRecorder();
        TopicJournal journal = TopicJournal.create(topic, configs, "configs", record -> {
            if (JournalRecorder.text(record.key()).equals("poison")) {
                throw new IllegalStateException("cannot handle this one");
            }
            recorder.onRecord(record);
        });
        journals.add(journal);
        journal.start();

        await(journal.append(bytes("poison"), bytes("x")));
        await(journal.append(bytes("fine"), bytes("y")));
        await(journal.readToEnd());

        assertEquals(List.of("fine=y"), recorder.records());
    }
}
