/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import static dev.sluice.connect.metrics.MetricsFixtures.JMX;
import static dev.sluice.connect.metrics.MetricsFixtures.attribute;
import static dev.sluice.connect.metrics.MetricsFixtures.mbean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.errors.ErrorHandlingSettings;
import dev.sluice.connect.errors.ErrorStats;
import dev.sluice.connect.errors.LogReporter;
import dev.sluice.connect.errors.ProcessingContext;
import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.errors.Stage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.ObjectName;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** What the error handling policy counts shows in task-error-metrics as the failures happen. */
class TaskErrorMetricsTest {

    private static final ObjectName TASK = mbean("kafka.connect:type=task-error-metrics,connector=files,task=0");

    @Test
    void retriesErrorsSkipsAndLogLinesAreCountedAsTheyHappen() {
        ErrorHandlingSettings settings = ErrorHandlingSettings.from(Map.of("errors.tolerance", "all",
                "errors.log.enable", "true", "errors.retry.timeout", "10000", "errors.retry.delay.max.ms", "1"));
        ErrorStats stats = new ErrorStats();
        long before = System.currentTimeMillis();
        try (ConnectMetrics metrics = MetricsFixtures.workerRegistry();
             RetryAndTolerance<SourceRecord> policy = new RetryAndTolerance<>(settings, stats,
                     List.of(LogReporter.forSource("files", 0, settings, stats)))) {
            TaskErrorMetrics errors = new TaskErrorMetrics(metrics.registry(), new ConnectorTaskId("files", 0), stats);
            assertEquals(0.0, attribute(TASK, "total-record-failures"));
            assertEquals(-1.0, attribute(TASK, "last-error-timestamp"));

            AtomicInteger attempts = new AtomicInteger();
            String converted = policy.execute(new ProcessingContext<>(record()), Stage.VALUE_CONVERTER, getClass(),
                    () -> {
                        if (attempts.incrementAndGet() == 1) {
                            throw new RetriableException("not yet");
                        }
                        return "ok";
                    });
            assertEquals("ok", converted);
            assertEquals(1.0, attribute(TASK, "total-record-failures"));
            assertEquals(1.0, attribute(TASK, "total-retries"));
            assertEquals(0.0, attribute(TASK, "total-record-errors"), "a retry that succeeds is no record error");

            Object dropped = policy.execute(new ProcessingContext<>(record()), Stage.TRANSFORMATION, getClass(),
                    () -> {
                        throw new IllegalStateException("bad record");
                    });
            assertNull(dropped);
            assertEquals(2.0, attribute(TASK, "total-record-failures"));
            assertEquals(1.0, attribute(TASK, "total-record-errors"));
            assertEquals(1.0, attribute(TASK, "total-records-skipped"));
            assertEquals(1.0, attribute(TASK, "total-errors-logged"));
            assertEquals(0.0, attribute(TASK, "deadletterqueue-produce-requests"), "a source task has no queue");
            assertTrue((Double) attribute(TASK, "last-error-timestamp") >= before);

            errors.close();
            assertFalse(JMX.isRegistered(TASK));
        }
    }

    private static SourceRecord record() {
        return new SourceRecord(Map.of("file", "a"), Map.of("line", 1), "lines", null, "x");
    }
}
