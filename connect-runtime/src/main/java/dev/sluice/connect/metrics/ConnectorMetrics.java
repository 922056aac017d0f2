/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.Metrics;

/**
 * Group {@code connector-metrics} of one connector ({@code kafka.connect:type=connector-metrics,connector=<name>}),
 * with Apache's attribute names: its class, type ({@code source} or {@code sink}), version and status
 * ({@code running}, {@code paused}, {@code stopped}, {@code failed}, ...). All four are text, so they are in JMX but
 * not in the Prometheus scrape.
 */
public final class ConnectorMetrics implements AutoCloseable {

    public static final String GROUP = "connector-metrics";

    private final Metrics metrics;
    private final Map<MetricName, KafkaMetric> registered = new HashMap<>();

    /** @param status the connector's status now, read whenever a reporter asks */
    public ConnectorMetrics(Metrics metrics, String connector, String className, String type, String version,
                            Supplier<String> status) {
        this.metrics = metrics;
        Map<String, String> tags = Map.of("connector", connector);
        MetricName classMetric = metrics.metricName("connector-class", GROUP, "The connector's class.", tags);
        MetricName typeMetric = metrics.metricName("connector-type", GROUP, "source or sink.", tags);
        MetricName versionMetric = metrics.metricName("connector-version", GROUP,
                "The version the connector reports in this worker.", tags);
        MetricName statusMetric = metrics.metricName("status", GROUP,
                "The connector's status in this worker: running, paused, stopped or failed.", tags);
        add(classMetric, (config, now) -> className);
        add(typeMetric, (config, now) -> type);
        add(versionMetric, (config, now) -> version);
        add(statusMetric, (config, now) -> status.get());
    }

    // A connector started again while its previous runner is still stopping (a slow stop()) takes the names over.
    private void add(MetricName name, Gauge<String> gauge) {
        metrics.removeMetric(name);
        metrics.addMetric(name, gauge);
        registered.put(name, metrics.metric(name));
    }

    /** Removes this connector's metrics, unless a newer runner of the same connector has taken them over. */
    @Override
    public void close() {
        registered.forEach((name, metric) -> {
            if (metrics.metric(name) == metric) {
                metrics.removeMetric(name);
            }
        });
    }
}
