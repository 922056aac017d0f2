/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.connect.metrics.SinkTaskMetrics;
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

    private static double value(SinkRunnerHarness harness, String name, Map<String, String> tags) {
        KafkaMetric metric = harness.metrics.metric(name(name, tags));
        return metric == null ? -1 : ((Number) metric.metricValue()).doubleValue();
    }

    private static MetricName name(String name, Map<String, String> tags) {
        return new MetricName(name, SinkTaskMetrics.GROUP, "", tags);
    }
}
