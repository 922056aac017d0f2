/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.Avg;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.metrics.stats.Max;
import org.apache.kafka.common.metrics.stats.Rate;

/**
 * The metrics of one task in one group ({@code kafka.connect:type=<group>,connector=<name>,task=<n>}): names them
 * with the task's tags, keeps its sensors apart from other tasks' and removes them all when the task is done, so
 * a task started again (or moved to another worker) leaves nothing behind.
 */
final class TaskMetricsGroup implements AutoCloseable {

    private final Metrics metrics;
    private final String group;
    private final Map<String, String> tags;
    private final String sensorPrefix;
    private final List<String> sensors = new ArrayList<>();
    private final List<MetricName> standalone = new ArrayList<>();

    TaskMetricsGroup(Metrics metrics, String group, ConnectorTaskId id) {
        this.metrics = metrics;
        this.group = group;
        this.tags = Map.of("connector", id.connector(), "task", Integer.toString(id.task()));
        this.sensorPrefix = group + ":" + id.connector() + ":" + id.task() + ":";
    }

    MetricName name(String name, String description) {
        return metrics.metricName(name, group, description, tags);
    }

    Sensor sensor(String name) {
        sensors.add(sensorPrefix + name);
        return metrics.sensor(sensorPrefix + name);
    }

    /** A sensor whose recorded counts show as {@code <name>-rate} (per second) and {@code <name>-total}. */
    Sensor counted(String name, String what) {
        Sensor sensor = sensor(name);
        sensor.add(name(name + "-rate", what + ", per second."), new Rate());
        sensor.add(name(name + "-total", what + ", since the task started."), new CumulativeSum());
        return sensor;
    }

    /** A sensor whose recorded milliseconds show as {@code <name>-max-time-ms} and {@code <name>-avg-time-ms}. */
    Sensor timed(String name, String what) {
        Sensor sensor = sensor(name + "-time");
        sensor.add(name(name + "-max-time-ms", "The longest " + what + ", in milliseconds."), new Max());
        sensor.add(name(name + "-avg-time-ms", "The mean time of " + what + ", in milliseconds."), new Avg());
        return sensor;
    }

    /** A number read from the task whenever a reporter asks, removed with the group. */
    void gauge(String name, String description, DoubleSupplier value) {
        MetricName metric = name(name, description);
        metrics.addMetric(metric, (Measurable) (config, now) -> value.getAsDouble());
        removeOnClose(metric);
    }

    /** A text read from the task whenever a reporter asks (so in JMX, not in the Prometheus scrape). */
    void text(String name, String description, Supplier<String> value) {
        MetricName metric = name(name, description);
        metrics.addMetric(metric, (Gauge<String>) (config, now) -> value.get());
        removeOnClose(metric);
    }

    /** A metric added without a sensor (a gauge) that goes with the group. */
    void removeOnClose(MetricName name) {
        standalone.add(name);
    }

    @Override
    public void close() {
        sensors.forEach(metrics::removeSensor);
        sensors.clear();
        standalone.forEach(metrics::removeMetric);
        standalone.clear();
    }
}
