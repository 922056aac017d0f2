/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Metrics in Prometheus' text exposition format (version 0.0.4), named as a JMX exporter names Connect's MBeans:
 * {@code kafka_connect_<group>_<name>} with the metric's tags as labels, e.g.
 * {@code kafka_connect_connect_worker_metrics_connector_count}. Metrics whose value is not a number (connector
 * class, status) have no place in this format and are left out; {@code ...-total} metrics are counters, the rest
 * gauges.
 */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    /** One family per metric name, sorted, each with its HELP and TYPE lines and one sample per tag set. */
    public static String format(Map<MetricName, ? extends Metric> metrics) {
        Map<String, Family> families = new TreeMap<>();
        metrics.forEach((name, metric) -> {
            Object value = metric.metricValue();
            if (value instanceof Number number) {
                String family = "kafka_connect_" + identifier(name.group()) + "_" + identifier(name.name());
                families.computeIfAbsent(family, key -> new Family(name)).samples
                        .put(labels(name.tags()), number.doubleValue());
            }
        });
        StringBuilder text = new StringBuilder();
        families.forEach((family, samples) -> samples.appendTo(family, text));
        return text.toString();
    }

    private static String labels(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        StringBuilder labels = new StringBuilder("{");
        new TreeMap<>(tags).forEach((key, value) -> {
            if (labels.length() > 1) {
                labels.append(',');
            }
            labels.append(identifier(key)).append("=\"").append(escape(value, true)).append('"');
        });
        return labels.append('}').toString();
    }

    /**
     * Prometheus names allow letters, digits and underscores, and do not start with a digit: Kafka's dashes and
     * dots become underscores, and a leading digit gets one in front.
     */
    static String identifier(String name) {
        StringBuilder out = new StringBuilder(name.length() + 1);
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            out.append('_');
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            out.append(allowed ? c : '_');
        }
        return out.toString();
    }

    private static String escape(String value, boolean quoted) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n");
        return quoted ? escaped.replace("\"", "\\\"") : escaped;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return Double.toString(value);
    }

    /** The samples of one metric name, by label set. */
    private static final class Family {

        private final MetricName first;
        private final Map<String, Double> samples = new TreeMap<>();

        Family(MetricName first) {
            this.first = first;
        }

        void appendTo(String family, StringBuilder text) {
            String type = first.name().endsWith("-total") ? "counter" : "gauge";
            for (String line : List.of("# HELP " + family + " " + escape(first.description(), false),
                    "# TYPE " + family + " " + type)) {
                text.append(line).append('\n');
            }
            samples.forEach((labels, value) -> text.append(family).append(labels).append(' ').append(number(value))
                    .append('\n'));
        }
    }
}
