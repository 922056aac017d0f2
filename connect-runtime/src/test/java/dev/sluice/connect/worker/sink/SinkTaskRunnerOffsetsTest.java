/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class SinkTaskRunnerOffsetsTest {

    @Test
    void committedOffsetsAreThePositionAfterTheLastRecordPut(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "commit", 1)) {
            kafka.produceValues(harness.topic, "a", "b", "c", "d");
            harness.start();
            harness.awaitRecords(4);

            SinkRunnerHarness.await("offset 4 was committed", () -> Map.of(0, 4L).equals(harness.committedOffsets()));

            kafka.produceValues(harness.topic, "e");
            harness.awaitRecords(5);
            SinkRunnerHarness.await("offset 5 was committed", () -> Map.of(0, 5L).equals(harness.committedOffsets()));
        }
    }

    @Test
    void exactlyWhatPreCommitReturnsIsCommitted(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "precommit", 2)) {
            TopicPartition first = new TopicPartition(harness.topic, 0);
            List<Map<TopicPartition, OffsetAndMetadata>> offered = new CopyOnWriteArrayList<>();
            // The task has only made the first two records of partition 0 durable, and nothing of partition 1.
            harness.task.preCommitHook = offsets -> {
                offered.add(new HashMap<>(offsets));
                return Map.of(first, new OffsetAndMetadata(Math.min(2L, offsets.get(first).offset())));
            };
            kafka.produce(List.of(
                    new ProducerRecord<>(harness.topic, 0, null, "p0-a"),
                    new ProducerRecord<>(harness.topic, 0, null, "p0-b"),
                    new ProducerRecord<>(harness.topic, 0, null, "p0-c"),
                    new ProducerRecord<>(harness.topic, 1, null, "p1-a")));
            harness.start();
            harness.awaitRecords(4);

            SinkRunnerHarness.await("preCommit was offered the positions after the records put",
                    () -> offered.stream().anyMatch(offsets -> offsets.equals(Map.of(
                            first, new OffsetAndMetadata(3L),
                            new TopicPartition(harness.topic, 1), new OffsetAndMetadata(1L)))));
            SinkRunnerHarness.await("offset 2 was committed for partition 0 only",
                    () -> Map.of(0, 2L).equals(harness.committedOffsets()));
            harness.stopAndAwait();
            assertEquals(Map.of(0, 2L), harness.committedOffsets());
        }
    }

    @Test
    void aRestartedTaskResumesAfterTheCommittedOffsets(KafkaTestClients kafka) {
        SinkRunnerHarness first = new SinkRunnerHarness(kafka, "resume", 1);
        kafka.produceValues(first.topic, "a", "b");
        first.start();
        first.awaitRecords(2);
        first.stopAndAwait();
        assertEquals(Map.of(0, 2L), first.committedOffsets());

        kafka.produceValues(first.topic, "c");
        try (SinkRunnerHarness second = new SinkRunnerHarness(first)) {
            second.start();
            second.awaitRecords(1);
            assertEquals(List.of("c"), second.task.values());
        }
    }

    @Test
    void requestCommitCommitsAtTheNextLoopTurn(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "request-commit", 1)) {
            harness.workerProps.put("offset.flush.interval.ms", "600000");
            harness.task.putHook = (task, records) -> {
                if (!records.isEmpty()) {
                    task.context().requestCommit();
                }
            };
            kafka.produceValues(harness.topic, "a", "b");
            harness.start();
            harness.awaitRecords(2);
            kafka.produceValues(harness.topic, "c");
            harness.awaitRecords(3);

            SinkRunnerHarness.await("the requested commit happened",
                    () -> harness.committedOffsets().getOrDefault(0, 0L) >= 2L);
        }
    }

    @Test
    void offsetFromTheContextRewindsThePartition(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "rewind", 1)) {
            TopicPartition partition = new TopicPartition(harness.topic, 0);
            AtomicBoolean rewound = new AtomicBoolean();
            harness.task.putHook = (task, records) -> {
                if (records.size() > 0 && rewound.compareAndSet(false, true)) {
                    task.context().offset(partition, 1L);
                }
            };
            kafka.produceValues(harness.topic, "a", "b", "c");
            harness.start();

            harness.awaitRecords(5);

            assertEquals(List.of("a", "b", "c", "b", "c"), harness.task.values().subList(0, 5));
        }
    }

    @Test
    void revokedPartitionsAreCommittedBeforeTheTaskClosesThem(KafkaTestClients kafka) {
        try (SinkRunnerHarness first = new SinkRunnerHarness(kafka, "revoke", 2)) {
            String t = first.topic;
            List<Map<TopicPartition, OffsetAndMetadata>> offered = new CopyOnWriteArrayList<>();
            first.task.preCommitHook = offsets -> {
                offered.add(Map.copyOf(offsets));
                first.task.events.add("preCommit");
                return offsets;
            };
            kafka.produce(List.of(new ProducerRecord<>(t, 0, null, "p0"), new ProducerRecord<>(t, 1, null, "p1")));
            first.start();
            first.awaitRecords(2);

            try (SinkRunnerHarness second = new SinkRunnerHarness(first)) {
                second.start();
                SinkRunnerHarness.await("the first task closed its revoked partitions",
                        () -> first.task.events.contains("close:[" + t + "-0, " + t + "-1]"));
                List<String> events = first.task.events;
                int closed = events.indexOf("close:[" + t + "-0, " + t + "-1]");
                assertEquals("preCommit", events.get(closed - 1));
                assertEquals(Map.of(new TopicPartition(t, 0), new OffsetAndMetadata(1L),
                        new TopicPartition(t, 1), new OffsetAndMetadata(1L)), offered.get(offered.size() - 1));
                assertEquals(Map.of(0, 1L, 1, 1L), first.committedOffsets());
                SinkRunnerHarness.await("each task was given one partition", () -> first.task.context().assignment()
                        .size() == 1 && second.task.context().assignment().size() == 1);
            }
        }
    }
}
