/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.config.WorkerConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.MetricsReporter;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.utils.Time;

/**
 * A worker's metrics registry. Its namespace is {@code kafka.connect}, so kafka-clients' {@code JmxReporter} (the
 * default of {@code metric.reporters}) registers each group as {@code kafka.connect:type=<group>,<tag>=<value>...},
 * the MBean names Connect dashboards look for; the samples follow {@code metrics.sample.window.ms},
 * {@code metrics.num.samples} and {@code metrics.recording.level}.
 */
public final class ConnectMetrics implements AutoCloseable {

    public static final String NAMESPACE = "kafka.connect";

    private final Metrics metrics;

    private ConnectMetrics(Metrics metrics) {
        this.metrics = metrics;
    }

    /** The registry of a worker with {@code config}, reporting to its {@code metric.reporters}. */
    public static ConnectMetrics forWorker(WorkerConfig config) {
        Sensor.RecordingLevel level =
                Sensor.RecordingLevel.forName(config.getString(WorkerConfig.METRICS_RECORDING_LEVEL_CONFIG));
        MetricConfig sampling = new MetricConfig()
                .samples(config.getInt(WorkerConfig.METRICS_NUM_SAMPLES_CONFIG))
                .timeWindow(config.getLong(WorkerConfig.METRICS_SAMPLE_WINDOW_MS_CONFIG), TimeUnit.MILLISECONDS)
                .recordLevel(level);
        List<MetricsReporter> reporters = config.getConfiguredInstances(WorkerConfig.METRIC_REPORTER_CLASSES_CONFIG,
                MetricsReporter.class);
        return new ConnectMetrics(new Metrics(sampling, reporters, Time.SYSTEM, new KafkaMetricsContext(NAMESPACE)));
    }

    /** The registry itself, for the groups that add to it. */
    public Metrics registry() {
        return metrics;
    }

    /** Every metric now registered. */
    public Map<MetricName, KafkaMetric> snapshot() {
        return metrics.metrics();
    }

    /** Removes every metric and tells the reporters (JMX unregisters the MBeans). */
    @Override
    public void close() {
        metrics.close();
    }
}
