/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.metrics.SinkTaskMetrics;
import dev.sluice.connect.metrics.TaskErrorMetrics;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.junit.jupiter.api.Test;

/** A running sink task counts what it read and put in its sink-task-metrics, and takes them along when it ends. */
@WithSharedKafka
class SinkTaskMetricsTest {

    @Test
    void readAndPutRecordsAndAssignedPartitionsAreCounted(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "metrics", 3)) {
            kafka.produceValues(harness.topic, "a", "b", "c", "d", "e");
            harness.start();
            harness.awaitRecords(5);
            Map<String, String> tags = Map.of("connector", harness.connector, "task", "0");

            SinkRunnerHarness.await("five records read and put", () ->
                    value(harness, "sink-record-read-total", tags) == 5.0
                            && value(harness, "sink-record-send-total", tags) == 5.0);
            assertEquals(3.0, value(harness, "partition-count", tags));

            harness.stopAndAwait();
            assertNull(harness.metrics.metric(name("partition-count", tags)), "a stopped task leaves no metrics");
        }
    }

    @Test
    void offsetCommitsAndTheRecordsWaitingForThemAreMeasured(KafkaTestClients kafka) {
        try (SinkRunnerHarness harness = new SinkRunnerHarness(kafka, "commit-metrics", 1)) {
            kafka.produceValues(harness.topic, "a", "b", "c", "d", "e");
            harness.start();
            harness.awaitRecords(5);

            SinkRunnerHarness.await("an asynchronous commit of the five offsets completed",
                    () -> Map.of(0, 5L).equals(harness.committedOffsets())
                            && harness.number(SinkTaskMetrics.GROUP, "offset-commit-completion-total") >= 1);
            assertTrue(harness.number(SinkTaskMetrics.GROUP, "offset-commit-seq-no") >= 1);
            assertEquals(0.0, harness.number(SinkTaskMetrics.GROUP, "offset-commit-skip-total"));
            SinkRunnerHarness.await("nothing read is left uncommitted",
                    () -> harness.number(SinkTaskMetrics.GROUP, "sink-record-active-count") == 0);
            double mostActive = harness.number(SinkTaskMetrics.GROUP, "sink-record-active-count-max");
            assertTrue(mostActive >= 1 && mostActive <= 5, "records read before their commit: " + mostActive);

            assertTrue(harness.number(ConnectorTaskMetrics.GROUP, "offset-commit-success-percentage") > 0);
            double largestBatch = harness.number(ConnectorTaskMetrics.GROUP, "batch-size-max");
            assertTrue(largestBatch >= 1 && largestBatch <= 5, "largest put: " + largestBatch);
            assertEquals("running", harness.metric(ConnectorTaskMetrics.GROUP, "status"));
            assertEquals(0.0, harness.number(TaskErrorMetrics.GROUP, "total-record-errors"));
        }
    }

    private static double value(SinkRunnerHarness harness, String name, Map<String, String> tags) {
        KafkaMetric metric = harness.metrics.metric(name(name, tags));
        return metric == null ? -1 : ((Number) metric.metricValue()).doubleValue();
    }

    private static MetricName name(String name, Map<String, String> tags) {
        return new MetricName(name, SinkTaskMetrics.GROUP, "", tags);
    }
}
