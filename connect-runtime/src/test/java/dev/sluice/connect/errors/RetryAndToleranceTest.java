/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Expected values (delays, messages, which stages tolerate what) were observed on Apache Kafka Connect 4.3.1. */
class RetryAndToleranceTest {

    private long now = 1_000L;
    private final List<Long> pauses = new ArrayList<>();
    private final List<ErrorContext<String>> reported = new ArrayList<>();
    private final ErrorStats stats = new ErrorStats();
    private final ErrorReporter<String> recordingReporter = context -> {
        reported.add(context);
        return CompletableFuture.completedFuture(null);
    };

    private RetryAndTolerance<String> policy(long retryTimeoutMs, long maxDelayMs, ToleranceType tolerance) {
        ErrorHandlingSettings settings = new ErrorHandlingSettings(
                retryTimeoutMs, maxDelayMs, tolerance, false, false, "", (short) 3, false);
        return new RetryAndTolerance<>(settings, stats, List.of(recordingReporter), () -> now,
                ms -> {
                    pauses.add(ms);
                    now += ms;
                },
                bound -> bound / 2);
    }

    private static Operation<String> alwaysThrowing(Exception e) {
        return () -> {
            throw e;
        };
    }

    @Test
    void successReturnsTheResultWithoutReportingOrPausing() {
        ProcessingContext<String> context = new ProcessingContext<>("record");

        String result = policy(5_000, 60_000, ToleranceType.NONE)
                .execute(context, Stage.VALUE_CONVERTER, String.class, () -> "converted");

        assertEquals("converted", result);
        assertFalse(context.failed());
        assertEquals(1, context.attempt());
        assertTrue(reported.isEmpty());
        assertTrue(pauses.isEmpty());
        assertEquals(0, stats.recordFailures());
    }

    @Test
    void retriableFailuresBackOffExponentiallyFrom300MsUntilTheTimeoutIsSpent() {
        ProcessingContext<String> context = new ProcessingContext<>("record");
        int[] calls = {0};

        Object result = policy(5_000, 60_000, ToleranceType.ALL).execute(context, Stage.VALUE_CONVERTER, String.class,
                () -> {
                    calls[0]++;
                    throw new RetriableException("again");
                });

        assertNull(result);
        // The last pause is cut to what is left of the 5 s budget, then one final attempt is made.
        assertEquals(List.of(300L, 600L, 1_200L, 2_400L, 500L), pauses);
        assertEquals(6, calls[0]);
        assertEquals(6, context.attempt());
        assertEquals(6, stats.recordFailures());
        assertEquals(5, stats.retries());
    }

    @Test
    void pausesThatWouldPassTheMaximumDelayBecomeRandomBelowIt() {
        policy(60_000, 10_000, ToleranceType.ALL).execute(new ProcessingContext<>("record"),
                Stage.TRANSFORMATION, String.class, alwaysThrowing(new RetriableException("again")));

        assertEquals(List.of(300L, 600L, 1_200L, 2_400L, 4_800L, 9_600L, 5_000L, 5_000L), pauses.subList(0, 8));
        assertEquals(60_000L, pauses.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void zeroRetryTimeoutMeansASingleAttempt() {
        ProcessingContext<String> context = new ProcessingContext<>("record");

        policy(0, 60_000, ToleranceType.ALL).execute(context, Stage.KEY_CONVERTER, String.class,
                alwaysThrowing(new RetriableException("again")));

        assertEquals(1, context.attempt());
        assertTrue(pauses.isEmpty());
    }

    @Test
    void infiniteRetryTimeoutRetriesUntilTheStageSucceeds() {
        int[] calls = {0};

        String result = policy(-1, 10_000, ToleranceType.NONE).execute(new ProcessingContext<>("record"),
                Stage.TASK_PUT, String.class, () -> {
                    if (++calls[0] <= 20) {
                        throw new RetriableException("not yet");
                    }
                    return "done";
                });

        assertEquals("done", result);
        assertEquals(21, calls[0]);
        assertEquals(20, pauses.size());
        assertTrue(reported.isEmpty());
    }

    @Test
    void nonRetriableFailuresAreNotRetried() {
        ProcessingContext<String> context = new ProcessingContext<>("record");

        policy(60_000, 60_000, ToleranceType.ALL).execute(context, Stage.VALUE_CONVERTER, String.class,
                alwaysThrowing(new DataException("bad bytes")));

        assertEquals(1, context.attempt());
        assertTrue(pauses.isEmpty());
    }

    @Test
    void toleranceAllSkipsTheRecordAndReportsOnce() {
        ProcessingContext<String> context = new ProcessingContext<>("record");
        DataException failure = new DataException("bad bytes");
        RetryAndTolerance<String> policy = policy(0, 60_000, ToleranceType.ALL);

        Object result = policy.execute(context, Stage.VALUE_CONVERTER, Integer.class, alwaysThrowing(failure));

        assertNull(result);
        assertTrue(context.failed());
        assertSame(failure, context.error());
        assertEquals(List.of(new ErrorContext<>("record", Stage.VALUE_CONVERTER, Integer.class, failure, 1)), reported);
        assertEquals(1, stats.recordErrors());
        assertEquals(1, stats.recordsSkipped());
        assertTrue(policy.withinToleranceLimits());
    }

    @Test
    void toleranceNoneReportsThenFailsTheTaskWithApachesMessage() {
        DataException failure = new DataException("bad bytes");
        RetryAndTolerance<String> policy = policy(0, 60_000, ToleranceType.NONE);

        ConnectException e = assertThrows(ConnectException.class, () -> policy.execute(
                new ProcessingContext<>("record"), Stage.TRANSFORMATION, String.class, alwaysThrowing(failure)));

        assertEquals("Tolerance exceeded in error handler (stage TRANSFORMATION, class java.lang.String)",
                e.getMessage());
        assertSame(failure, e.getCause());
        assertEquals(1, reported.size());
        assertEquals(0, stats.recordsSkipped());
        assertFalse(policy.withinToleranceLimits());
    }

    @Test
    void theFailureNamesTheConsumedRecordsCoordinatesButNotItsContents() {
        ConsumerRecord<byte[], byte[]> consumed = new ConsumerRecord<>("orders", 2, 41L, null,
                "secret".getBytes(StandardCharsets.UTF_8));
        RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy = new RetryAndTolerance<>(new ErrorHandlingSettings(
                0, 60_000, ToleranceType.NONE, false, false, "", (short) 3, false), stats, List.of());

        ConnectException e = assertThrows(ConnectException.class, () -> policy.execute(
                new ProcessingContext<>(consumed), Stage.VALUE_CONVERTER, JsonConverter.class, () -> {
                    throw new DataException("not JSON");
                }));

        assertEquals("Tolerance exceeded in error handler at the record of topic 'orders', partition 2, offset 41"
                + " (stage VALUE_CONVERTER, class org.apache.kafka.connect.json.JsonConverter)", e.getMessage());
    }

    @Test
    void retriableFailuresThatOutlastTheTimeoutExceedToleranceNone() {
        RetriableException failure = new RetriableException("still down");

        ConnectException e = assertThrows(ConnectException.class, () -> policy(1_000, 60_000, ToleranceType.NONE)
                .execute(new ProcessingContext<>("record"), Stage.TASK_PUT, String.class, alwaysThrowing(failure)));

        assertTrue(e.getMessage().startsWith("Tolerance exceeded in error handler"), e.getMessage());
        assertSame(failure, e.getCause());
        assertEquals(List.of(300L, 600L, 100L), pauses);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"TASK_PUT", "TASK_POLL", "KAFKA_PRODUCE", "KAFKA_CONSUME"})
    void taskAndClientStagesNeverTolerateNonRetriableFailures(Stage stage) {
        IllegalStateException failure = new IllegalStateException("broken");

        ConnectException e = assertThrows(ConnectException.class, () -> policy(0, 60_000, ToleranceType.ALL)
                .execute(new ProcessingContext<>("record"), stage, String.class, alwaysThrowing(failure)));

        assertEquals("Unhandled exception in error handler (stage " + stage + ", class java.lang.String)",
                e.getMessage());
        assertSame(failure, e.getCause());
        assertEquals(1, reported.size(), "the failure is still reported");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"TASK_PUT", "TASK_POLL", "KAFKA_PRODUCE", "KAFKA_CONSUME"})
    void taskAndClientStagesTolerateRetriableFailuresUnderToleranceAll(Stage stage) {
        ProcessingContext<String> context = new ProcessingContext<>("record");

        Object result = policy(0, 60_000, ToleranceType.ALL).execute(context, stage, String.class,
                alwaysThrowing(new RetriableException("flaky")));

        assertNull(result);
        assertTrue(context.failed());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"KEY_CONVERTER", "VALUE_CONVERTER", "HEADER_CONVERTER", "TRANSFORMATION"})
    void converterAndTransformationStagesTolerateAnyException(Stage stage) {
        assertTrue(stage.tolerates(new Exception("checked")));
        assertTrue(stage.tolerates(new IllegalArgumentException()));
        assertFalse(stage.tolerates(new AssertionError()));
    }

    @Test
    void errorsPropagateUntouchedAndUnreported() {
        AssertionError failure = new AssertionError("bug");

        AssertionError thrown = assertThrows(AssertionError.class, () -> policy(0, 60_000, ToleranceType.ALL)
                .execute(new ProcessingContext<>("record"), Stage.VALUE_CONVERTER, String.class, () -> {
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertTrue(reported.isEmpty());
    }

    @Test
    void aReusedContextStartsCleanForTheNextRecord() {
        ProcessingContext<String> context = new ProcessingContext<>("first");
        RetryAndTolerance<String> policy = policy(0, 60_000, ToleranceType.ALL);
        policy.execute(context, Stage.VALUE_CONVERTER, String.class, alwaysThrowing(new DataException("bad")));

        String result = policy.execute(context.reset("second"), Stage.VALUE_CONVERTER, String.class, () -> "ok");

        assertEquals("ok", result);
        assertFalse(context.failed());
        assertEquals("second", context.original());
    }

    @Test
    void executeFailedReportsWithoutAttemptsAndSkipsUnderToleranceAll() throws Exception {
        RuntimeException failure = new RuntimeException("errant");

        Future<Void> future = policy(0, 60_000, ToleranceType.ALL)
                .executeFailed(new ProcessingContext<>("record"), Stage.TASK_PUT, String.class, failure);

        future.get();
        assertTrue(future.isDone());
        assertEquals(List.of(new ErrorContext<>("record", Stage.TASK_PUT, String.class, failure, 0)), reported);
    }

    @Test
    void executeFailedUnderToleranceNoneReportsThenThrows() {
        RuntimeException failure = new RuntimeException("errant");

        ConnectException e = assertThrows(ConnectException.class, () -> policy(0, 60_000, ToleranceType.NONE)
                .executeFailed(new ProcessingContext<>("record"), Stage.TASK_PUT, String.class, failure));

        assertTrue(e.getMessage().startsWith("Tolerance exceeded in error handler"), e.getMessage());
        assertEquals(1, reported.size());
    }

    @Test
    void triggerStopEndsRetryingAtTheNextFailure() {
        RetryAndTolerance<String> policy = policy(-1, 60_000, ToleranceType.ALL);
        int[] calls = {0};

        policy.execute(new ProcessingContext<>("record"), Stage.TASK_PUT, String.class, () -> {
            if (++calls[0] == 3) {
                policy.triggerStop();
            }
            throw new RetriableException("down");
        });

        assertEquals(3, calls[0]);
        assertEquals(1, reported.size());
    }

    @Test
    void realSleeperReturnsAtOnceAfterStopWasTriggered() {
        ErrorHandlingSettings settings = new ErrorHandlingSettings(
                -1, 60_000, ToleranceType.ALL, false, false, "", (short) 3, false);
        RetryAndTolerance<String> policy = new RetryAndTolerance<>(settings, stats, List.of());
        int[] calls = {0};

        policy.execute(new ProcessingContext<>("record"), Stage.TASK_PUT, String.class, () -> {
            calls[0]++;
            policy.triggerStop();
            throw new RetriableException("down");
        });

        assertEquals(1, calls[0]);
        assertEquals(1, stats.recordsSkipped());
    }
}
