/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector;

import org.apache.kafka.common.metrics.PluginMetrics;

/** The worker-side handle a connector uses to ask for task reconfiguration, report fatal errors and get metrics. */
public interface ConnectorContext {

    /** Asks the worker to regenerate task configurations, e.g. after the external system grew new partitions. */
    void requestTaskReconfiguration();

    /** Reports an error the connector cannot recover from; the connector is marked FAILED. */
    void raiseError(Exception e);

    /** Metrics registry scoped to this connector (added in Kafka 4.1). */
    PluginMetrics pluginMetrics();
}
