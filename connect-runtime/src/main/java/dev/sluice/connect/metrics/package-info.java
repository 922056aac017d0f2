/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The worker's own metrics, under Apache Kafka Connect's names: one kafka-clients {@code Metrics} registry per
 * worker ({@link dev.sluice.connect.metrics.ConnectMetrics}) reported to JMX under {@code kafka.connect} and to the
 * worker's {@code metric.reporters}, the groups that fill it (worker, connector, task, task error and rebalance
 * groups, one class each, fed by the runtime and read back lazily where the runtime already counts), and the
 * Prometheus text the REST API serves from it ({@link dev.sluice.connect.metrics.PrometheusText}). docs/metrics.md
 * lists every group and attribute.
 */
package dev.sluice.connect.metrics;
