/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * The worker's own metrics, under Apache Kafka Connect's names: one kafka-clients {@code Metrics} registry per
 * worker ({@link dev.sluice.connect.metrics.ConnectMetrics}) reported to JMX under {@code kafka.connect} and to the
 * worker's {@code metric.reporters}, the groups that fill it ({@link dev.sluice.connect.metrics.WorkerMetrics}), and
 * the Prometheus text the REST API serves from it ({@link dev.sluice.connect.metrics.PrometheusText}).
 */
package dev.sluice.connect.metrics;
