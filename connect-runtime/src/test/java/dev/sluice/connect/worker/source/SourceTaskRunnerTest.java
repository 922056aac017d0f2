/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import static dev.sluice.connect.worker.source.RunnerHarness.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.errors.ErrorHandlingSettings;
import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.metrics.SourceTaskMetrics;
import dev.sluice.connect.metrics.TaskErrorMetrics;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.worker.TransformationStage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class SourceTaskRunnerTest {

    private RunnerHarness harness;

    @BeforeEach
    void newHarness(KafkaTestClients kafka) {
        harness = new RunnerHarness(kafka);
    }

    @AfterEach
    void closeHarness() {
        harness.close();
    }

    private static String topic(String purpose) {
        return "source-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void polledRecordsReachKafkaAsTheConvertersBytes() {
        String topic = topic("bytes");
        ScriptedSourceTask task = new ScriptedSourceTask(5, 2, topic);
        harness.start(task, TargetState.STARTED);

        List<ConsumerRecord<String, String>> consumed =
                harness.kafka.consume(topic, 5, RunnerHarness.DEADLINE);

        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumed) {
            keys.add(record.key());
            values.add(record.value());
        }
        assertEquals(List.of("k0", "k1", "k2", "k3", "k4"), keys);
        // Schemaless JSON writes a string value as a quoted JSON string.
        assertEquals(List.of("\"v0\"", "\"v1\"", "\"v2\"", "\"v3\"", "\"v4\""), values);
        Header origin = consumed.get(3).headers().lastHeader("origin");
        assertEquals("line-3", new String(origin.value(), StandardCharsets.UTF_8));
    }

    @Test
    void taskIsInitializedWithItsConfigAndItsConnectorsOffsetReaderThenStarted() {
        ScriptedSourceTask task = new ScriptedSourceTask(0, 1, topic("init"));
        harness.start(task, TargetState.STARTED);

        eventually("the task started", () -> task.startedWith.get() != null);
        assertEquals(Map.of("task.setting", "x"), task.startedWith.get());
        assertEquals(Map.of("task.setting", "x"), task.initializedWith.get().configs());
        assertNotNull(task.initializedWith.get().offsetStorageReader());
        assertEquals(null, task.initializedWith.get().transactionContext());
        eventually("startup was reported", () -> harness.events.contains("startup"));
    }

    @Test
    void acknowledgedOffsetsAreCommittedAndThenTheTaskIsToldToCommit() {
        ScriptedSourceTask task = new ScriptedSourceTask(20, 3, topic("offsets"));
        harness.start(task, TargetState.STARTED);

        eventually("the last record's offset is committed",
                () -> Map.of("line", 19L).equals(harness.committedOffset()));
        eventually("commit() follows a flush", () -> task.commits.get() > 0);
        eventually("every record was acknowledged", () -> task.committedMetadata.size() == 20);
    }

    @Test
    void batchesCommitsAndRecordsOnTheirWayToKafkaShowInTheTasksMetrics() {
        ScriptedSourceTask task = new ScriptedSourceTask(20, 4, topic("metrics"));
        harness.start(task, TargetState.STARTED);

        eventually("the last record's offset is committed",
                () -> Map.of("line", 19L).equals(harness.committedOffset()));
        eventually("a successful offset commit is measured",
                () -> harness.number(ConnectorTaskMetrics.GROUP, "offset-commit-success-percentage") > 0);
        assertEquals(0.0, harness.number(ConnectorTaskMetrics.GROUP, "offset-commit-failure-percentage"));
        assertEquals(4.0, harness.number(ConnectorTaskMetrics.GROUP, "batch-size-max"));
        assertEquals(4.0, harness.number(ConnectorTaskMetrics.GROUP, "batch-size-avg"));
        assertEquals("running", harness.metric(ConnectorTaskMetrics.GROUP, "status"));
        assertTrue(harness.number(ConnectorTaskMetrics.GROUP, "running-ratio") > 0);
        assertTrue(harness.number(SourceTaskMetrics.GROUP, "source-record-active-count-max") >= 1,
                "right after a batch is sent its records wait for their acknowledgements");
        eventually("every record was acknowledged",
                () -> harness.number(SourceTaskMetrics.GROUP, "source-record-active-count") == 0);
        assertNull(harness.metric(SourceTaskMetrics.GROUP, "transaction-size-avg"), "no transactions here");
        assertEquals(0.0, harness.number(TaskErrorMetrics.GROUP, "total-record-errors"));

        harness.stopAndAwait();
        assertEquals("unassigned", harness.metric(ConnectorTaskMetrics.GROUP, "status"),
                "the task's own group stays until the worker lets go of the task");
    }

    @Test
    void everyRecordIsCommittedOnceWithTheBrokersMetadataInOrder() {
        String topic = topic("commit-record");
        ScriptedSourceTask task = new ScriptedSourceTask(12, 5, topic);
        harness.start(task, TargetState.STARTED);

        eventually("12 records are acknowledged", () -> task.committedRecords.size() == 12);
        harness.stopAndAwait();

        assertEquals(12, task.committedRecords.size());
        assertEquals(0, task.committedWithoutMetadata.get());
        long expectedOffset = 0;
        for (RecordMetadata metadata : task.committedMetadata) {
            assertEquals(topic, metadata.topic());
            assertEquals(expectedOffset++, metadata.offset());
        }
    }

    @Test
    void stoppingFlushesOffsetsCommitsStopsTheTaskAndReportsShutdown() {
        ScriptedSourceTask task = new ScriptedSourceTask(7, 7, topic("stop"));
        harness.flushIntervalMs = 3_600_000L;
        harness.start(task, TargetState.STARTED);
        eventually("7 records are acknowledged", () -> task.committedRecords.size() == 7);

        harness.stopAndAwait();

        assertEquals(Map.of("line", 6L), harness.committedOffset());
        assertTrue(task.commits.get() >= 1, "commit() after the final flush");
        assertEquals(1, task.stops.get(), "stop() is called exactly once");
        assertEquals(List.of("startup", "shutdown"), List.copyOf(harness.events));
        assertEquals(0, harness.runner.outstandingRecords());
    }

    @Test
    void pausedTaskIsNotPolledUntilResumed() {
        ScriptedSourceTask task = new ScriptedSourceTask(-1, 1, topic("pause"));
        harness.start(task, TargetState.STARTED);
        eventually("the task is polled", () -> task.polls.get() > 2);

        harness.runner.transitionTo(TargetState.PAUSED);
        eventually("the loop parks while paused", () -> harness.thread().getState() == Thread.State.WAITING);
        int pollsWhilePaused = task.polls.get();
        eventually("acknowledged offsets are committed while paused",
                () -> harness.committedOffset() != null
                        && ((Long) harness.committedOffset().get("line")) == task.next.get() - 1);
        assertEquals(pollsWhilePaused, task.polls.get(), "no poll while paused");
        assertEquals(Thread.State.WAITING, harness.thread().getState());

        harness.runner.transitionTo(TargetState.STARTED);
        eventually("polling resumes", () -> task.polls.get() > pollsWhilePaused + 2);
        assertEquals(List.of("startup", "pause", "resume"), List.copyOf(harness.events));
    }

    @Test
    void startingPausedReportsPauseAndPollsNothing() {
        ScriptedSourceTask task = new ScriptedSourceTask(-1, 1, topic("start-paused"));
        harness.start(task, TargetState.PAUSED);

        eventually("the loop parks", () -> harness.thread().getState() == Thread.State.WAITING);
        assertEquals(0, task.polls.get());
        assertEquals(List.of("pause"), List.copyOf(harness.events));
    }

    @Test
    void pollThatThrowsFailsTheTaskAndStillStopsIt() {
        ScriptedSourceTask task = new ScriptedSourceTask(-1, 1, topic("poll-fails"));
        RuntimeException broke = ScriptedSourceTask.pollBroke();
        task.failPolls(broke);
        harness.start(task, TargetState.STARTED);

        eventually("the failure is reported", () -> harness.failure.get() != null);
        assertSame(broke, harness.failure.get());
        assertTrue(harness.runner.awaitStop(RunnerHarness.DEADLINE.toMillis()));
        assertEquals(1, task.stops.get());
        assertEquals(List.of("startup", "failure"), List.copyOf(harness.events));
    }

    @Test
    void recordsDroppedByATransformationStillCommitTheirOffsets() {
        String topic = topic("dropped");
        ScriptedSourceTask task = new ScriptedSourceTask(10, 10, topic);
        harness.stages = List.of(new TransformationStage<>("dropOdd", new DropOddLines(), null, false));
        harness.start(task, TargetState.STARTED);

        eventually("every record is committed", () -> task.committedRecords.size() == 10);
        assertEquals(5, task.committedWithoutMetadata.get(), "dropped records are committed without metadata");
        assertEquals(5, task.committedMetadata.size());
        // Line 9 was dropped; its offset still counts once line 8 is acknowledged.
        eventually("the offset of the last, dropped record is committed",
                () -> Map.of("line", 9L).equals(harness.committedOffset()));
        List<String> values = harness.kafka.consumeValues(topic, 5);
        assertEquals(List.of("\"v0\"", "\"v2\"", "\"v4\"", "\"v6\"", "\"v8\""), values);
    }

    @Test
    void toleratedConversionFailuresSkipTheRecordButCommitItsOffset() {
        harness.errorHandling = new ErrorHandlingSettings(0L, 0L,
                dev.sluice.connect.errors.ToleranceType.ALL, false, false, "", (short) 1, false);
        harness.stages = List.of(new TransformationStage<>("explode", new ExplodeOnLineThree(), null, false));
        String topic = topic("tolerated");
        ScriptedSourceTask task = new ScriptedSourceTask(5, 5, topic);
        harness.start(task, TargetState.STARTED);

        eventually("every record is committed", () -> task.committedRecords.size() == 5);
        assertEquals(1, task.committedWithoutMetadata.get());
        assertEquals(List.of("\"v0\"", "\"v1\"", "\"v2\"", "\"v4\""), harness.kafka.consumeValues(topic, 4));
        eventually("the offset passes the skipped record", () -> Map.of("line", 4L).equals(harness.committedOffset()));
    }

    @Test
    void untoleratedTransformationFailureFailsTheTask() {
        harness.stages = List.of(new TransformationStage<>("explode", new ExplodeOnLineThree(), null, false));
        String topic = topic("untolerated");
        ScriptedSourceTask task = new ScriptedSourceTask(5, 5, topic);
        harness.start(task, TargetState.STARTED);

        eventually("the failure is reported", () -> harness.failure.get() != null);
        assertEquals("Tolerance exceeded in error handler at the record for topic '" + topic
                + "' from source partition {file=f}, offset {line=3} (stage TRANSFORMATION, class "
                + ExplodeOnLineThree.class.getName() + ")", harness.failure.get().getMessage());
        assertInstanceOf(IllegalStateException.class, harness.failure.get().getCause());
    }

    @Test
    void rejectedSendFailsTheTaskWithoutCommittingTheRecord() {
        // Every record is bigger than the producer accepts, so each send fails in its callback.
        harness.connectorProps.put("producer.override.max.request.size", "10");
        ScriptedSourceTask task = new ScriptedSourceTask(3, 3, topic("rejected"));
        harness.start(task, TargetState.STARTED);

        eventually("the failure is reported", () -> harness.failure.get() != null);
        assertEquals("Unrecoverable exception from producer send callback", harness.failure.get().getMessage());
        assertInstanceOf(RecordTooLargeException.class, harness.failure.get().getCause());
        assertEquals(0, task.committedRecords.size());
        assertNull(harness.committedOffset());
    }

    @Test
    void rejectedSendIsSkippedAndCommittedWhenAllErrorsAreTolerated() {
        harness.errorHandling = new ErrorHandlingSettings(0L, 0L,
                dev.sluice.connect.errors.ToleranceType.ALL, false, false, "", (short) 1, false);
        harness.connectorProps.put("producer.override.max.request.size", "10");
        ScriptedSourceTask task = new ScriptedSourceTask(3, 3, topic("rejected-tolerated"));
        harness.start(task, TargetState.STARTED);

        eventually("every record is committed", () -> task.committedRecords.size() == 3);
        assertEquals(3, task.committedWithoutMetadata.get());
        eventually("the offset passes the skipped records", () -> Map.of("line", 2L).equals(harness.committedOffset()));
        assertNull(harness.failure.get());
    }

    @Test
    void activeTopicListenerHearsOfEachTopicOncePerBatch() {
        String first = topic("active-a");
        String second = topic("active-b");
        ScriptedSourceTask task = new ScriptedSourceTask(10, 3, first, second);
        harness.start(task, TargetState.STARTED);

        eventually("every record is acknowledged", () -> task.committedMetadata.size() == 10);
        // Records alternate between the topics, three a batch: [a b a] [b a b] [a b a] [b].
        String a = harness.id + ":" + first;
        String b = harness.id + ":" + second;
        assertEquals(List.of(a, b, b, a, a, b, b), List.copyOf(harness.usedTopics));
    }

    /** Fails on the record at line 3, accepts the others. */
    public static class ExplodeOnLineThree extends DropOddLines {
        @Override
        public SourceRecord apply(SourceRecord record) {
            if ((Long) record.sourceOffset().get("line") == 3L) {
                throw new IllegalStateException("cannot transform line 3");
            }
            return record;
        }
    }
}
