/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.connector.Connector;

/**
 * Base class for connectors that copy data out of Kafka into another system. Implementations are discovered through
 * {@link java.util.ServiceLoader}.
 */
public abstract class SinkConnector extends Connector {

    /** Key of the list of topics the connector consumes; mainly for the framework, exposed for convenience. */
    public static final String TOPICS_CONFIG = "topics";

    public SinkConnector() {
    }

    /** The context narrowed to the sink flavour the worker always provides to sink connectors. */
    @Override
    protected SinkConnectorContext context() {
        return (SinkConnectorContext) context;
    }

    /**
     * Called when a user alters or resets this connector's consumer offsets through the REST API, possibly before
     * {@link #start(Map)}. A null offset means "reset". Must be idempotent.
     *
     * @return whether the connector handled the request; the default returns {@code false} ("not overridden")
     * @since 3.6
     */
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<TopicPartition, Long> offsets) {
        return false;
    }
}
