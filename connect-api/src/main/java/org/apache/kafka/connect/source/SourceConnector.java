/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

import java.util.Map;

import org.apache.kafka.connect.connector.Connector;

/**
 * Base class for connectors that copy data from another system into Kafka. Implementations are discovered through
 * {@link java.util.ServiceLoader}.
 */
public abstract class SourceConnector extends Connector {

    public SourceConnector() {
    }

    /** The context narrowed to the source flavour the worker always provides to source connectors. */
    @Override
    protected SourceConnectorContext context() {
        return (SourceConnectorContext) context;
    }

    /**
     * Whether the connector can deliver exactly-once with the given configuration; may be called before start.
     * Returns null by default, which the runtime treats as "not supported", so older connectors keep working.
     *
     * @since 3.3
     */
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return null;
    }

    /**
     * Whether the connector's tasks can define their own transaction boundaries with the given configuration.
     * Connectors that never do need not override this.
     *
     * @since 3.3
     */
    public ConnectorTransactionBoundaries canDefineTransactionBoundaries(Map<String, String> connectorConfig) {
        return ConnectorTransactionBoundaries.UNSUPPORTED;
    }

    /**
     * Called when a user alters or resets this connector's source offsets through the REST API, possibly before
     * start. A null offset means "reset". Must be idempotent.
     *
     * @return whether the connector handled the request; the default returns {@code false} ("not overridden")
     * @since 3.6
     */
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        return false;
    }
}
