/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.junit.jupiter.api.Test;

/** What a Prometheus scrape of GET /metrics reads. */
class PrometheusTextTest {

    @Test
    void familiesAreNamedAfterGroupAndNameWithTagsAsLabels() {
        try (Metrics metrics = new Metrics()) {
            Sensor polled = metrics.sensor("polled");
            polled.add(metrics.metricName("source-record-poll-total", "source-task-metrics", "Records polled.",
                    Map.of("connector", "orders", "task", "0")), new CumulativeSum());
            polled.record(5);
            metrics.addMetric(metrics.metricName("status", "connector-metrics", "Status.",
                    Map.of("connector", "orders")), (Gauge<String>) (config, now) -> "running");
            metrics.addMetric(metrics.metricName("connector-count", "connect-worker-metrics", "Line one\\two"),
                    (Measurable) (config, now) -> 1);
            metrics.addMetric(metrics.metricName("odd", "g", "", Map.of("path", "C:\\tmp \"x\"\n")),
                    (Measurable) (config, now) -> Double.NaN);

            String text = PrometheusText.format(metrics.metrics());
            String expected = """
                    # HELP kafka_connect_connect_worker_metrics_connector_count Line one\\\\two
                    # TYPE kafka_connect_connect_worker_metrics_connector_count gauge
                    kafka_connect_connect_worker_metrics_connector_count 1.0
                    # HELP kafka_connect_g_odd\s
                    # TYPE kafka_connect_g_odd gauge
                    kafka_connect_g_odd{path="C:\\\\tmp \\"x\\"\\n"} NaN
                    """;
            String family = "kafka_connect_source_task_metrics_source_record_poll_total";
            String polledText = "# HELP " + family + " Records polled.\n# TYPE " + family + " counter\n"
                    + family + "{connector=\"orders\",task=\"0\"} 5.0\n";
            // Kafka's own count of registered metrics (these four and itself) comes along; the string status does not.
            assertEquals(expected + "# HELP kafka_connect_kafka_metrics_count_count total number of registered"
                    + " metrics\n# TYPE kafka_connect_kafka_metrics_count_count gauge\n"
                    + "kafka_connect_kafka_metrics_count_count 5.0\n" + polledText, text);
        }
    }

    @Test
    void dashesDotsAndLeadingDigitsBecomeUnderscores() {
        assertEquals("connect_worker_metrics", PrometheusText.identifier("connect-worker-metrics"));
        assertEquals("a_b_c", PrometheusText.identifier("a.b-c"));
        assertEquals("_9lives", PrometheusText.identifier("9lives"));
    }
}
