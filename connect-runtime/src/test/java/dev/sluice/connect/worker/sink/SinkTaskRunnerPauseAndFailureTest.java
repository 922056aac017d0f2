/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import dev.sluice.connect.domain.TargetState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class SinkTaskRunnerPauseAndFailureTest {

    @Test
    void aPausedTaskGetsNoRecordsAndAfterResumeGetsThemAllWithoutLoss(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "pause", 1)) {
            AtomicInteger preCommits = countPreCommits(harness);
            kafka.produceValues(harness.topic, "a", "b");
            SinkTaskRunner runner = harness.start();
            harness.awaitRecords(2);

            runner.transitionTo(TargetState.PAUSED);
            harness.awaitStatus("paused");
            kafka.produceValues(harness.topic, "c", "d");
            awaitLoopTurns(preCommits, 4);
            assertEquals(List.of("a", "b"), harness.task.values());

            runner.transitionTo(TargetState.STARTED);
            harness.awaitRecords(4);
            assertEquals(List.of("a", "b", "c", "d"), harness.task.values());
            assertEquals(List.of("running", "paused", "resumed"), harness.statuses);
        }
    }

    @Test
    void aPartitionThePausedTaskPausedItselfStaysPausedAcrossATaskPauseAndResume(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "partition-pause", 2)) {
            TopicPartition second = new TopicPartition(harness.topic, 1);
            AtomicBoolean pauseSecond = new AtomicBoolean(true);
            AtomicBoolean resumeSecond = new AtomicBoolean();
            harness.task.putHook = (task, records) -> {
                if (task.context().assignment().contains(second) && pauseSecond.compareAndSet(true, false)) {
                    task.context().pause(second);
                }
                if (resumeSecond.compareAndSet(true, false)) {
                    task.context().resume(second);
                }
            };
            AtomicInteger preCommits = countPreCommits(harness);
            SinkTaskRunner runner = harness.start();
            SinkRunnerHarness.await("the task paused partition 1", () -> !pauseSecond.get());

            kafka.produce(List.of(new ProducerRecord<>(harness.topic, 1, null, "held")));
            runner.transitionTo(TargetState.PAUSED);
            harness.awaitStatus("paused");
            runner.transitionTo(TargetState.STARTED);
            harness.awaitStatus("resumed");
            kafka.produce(List.of(new ProducerRecord<>(harness.topic, 0, null, "flowing")));
            harness.awaitRecords(1);
            awaitLoopTurns(preCommits, 3);
            assertEquals(List.of("flowing"), harness.task.values());

            resumeSecond.set(true);
            harness.awaitRecords(2);
            assertEquals(List.of("flowing", "held"), harness.task.values());
        }
    }

    @Test
    void aPutThatThrowsANonRetriableExceptionFailsTheTask(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "put-fails", 1)) {
            harness.task.putHook = (task, records) -> {
                if (!records.isEmpty()) {
                    throw new IllegalStateException("boom");
                }
            };
            kafka.produceValues(harness.topic, "a");
            harness.start();

            harness.awaitStatus("failed");

            ConnectException failure = assertInstanceOf(ConnectException.class, harness.failure);
            assertEquals("Exiting WorkerSinkTask due to unrecoverable exception.", failure.getMessage());
            assertEquals("boom", failure.getCause().getMessage());
            assertTrue(harness.task.events.contains("stop"));
            assertEquals(List.of("running", "failed"), harness.statuses);
            assertEquals(Map.of(), harness.committedOffsets());
        }
    }

    @Test
    void aRetriableExceptionFromPutRedeliversTheSameBatchAfterTheContextTimeout(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "put-retries", 1)) {
            // A long commit interval, so only the task's timeout decides when the batch is offered again.
            harness.workerProps.put("offset.flush.interval.ms", "60000");
            AtomicBoolean failOnce = new AtomicBoolean(true);
            List<List<Object>> attempts = new CopyOnWriteArrayList<>();
            harness.task.putHook = (task, records) -> {
                if (records.isEmpty()) {
                    return;
                }
                attempts.add(records.stream().map(SinkRecord::value).toList());
                if (failOnce.compareAndSet(true, false)) {
                    task.context().timeout(700L);
                    throw new RetriableException("not now");
                }
            };
            kafka.produceValues(harness.topic, "a", "b");
            harness.start();

            harness.awaitRecords(2);

            assertEquals(List.of(List.of("a", "b"), List.of("a", "b")), attempts);
            long gapMs = (harness.task.putTimes.get(1) - harness.task.putTimes.get(0)) / 1_000_000L;
            assertTrue(gapMs >= 650L, "retried after " + gapMs + " ms");
            assertEquals(List.of("a", "b"), harness.task.values());
            assertEquals(List.of("running"), harness.statuses);
        }
    }

    private static AtomicInteger countPreCommits(SinkRunnerHarness harness) {
        AtomicInteger count = new AtomicInteger();
        harness.task.preCommitHook = offsets -> {
            count.incrementAndGet();
            return offsets;
        };
        return count;
    }

    /** Waits for several more commit turns of the loop, each of which also polled the consumer. */
    private static void awaitLoopTurns(AtomicInteger preCommits, int turns) {
        int target = preCommits.get() + turns;
        SinkRunnerHarness.await(turns + " more loop turns", () -> preCommits.get() >= target);
    }
}
