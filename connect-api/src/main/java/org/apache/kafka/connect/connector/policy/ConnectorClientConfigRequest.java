/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector.policy;

import java.util.Map;

import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.health.ConnectorType;

/**
 * What a {@link ConnectorClientConfigOverridePolicy} is asked to judge: the client overrides a connector requests
 * (prefix already stripped) and which connector and client they are for.
 */
public class ConnectorClientConfigRequest {

    private final String connectorName;
    private final ConnectorType connectorType;
    private final Class<? extends Connector> connectorClass;
    private final Map<String, Object> clientProps;
    private final ClientType clientType;

    public ConnectorClientConfigRequest(String connectorName, ConnectorType connectorType,
                                        Class<? extends Connector> connectorClass, Map<String, Object> clientProps,
                                        ClientType clientType) {
        this.connectorName = connectorName;
        this.connectorType = connectorType;
        this.connectorClass = connectorClass;
        this.clientProps = clientProps;
        this.clientType = clientType;
    }

    /**
     * The requested overrides without their {@code producer.override.}, {@code consumer.override.} or
     * {@code admin.override.} prefix.
     */
    public Map<String, Object> clientProps() {
        return clientProps;
    }

    /** The kind of client the overrides would be applied to. */
    public ClientType clientType() {
        return clientType;
    }

    /** The connector's name from its configuration. */
    public String connectorName() {
        return connectorName;
    }

    /** Whether the connector is a source or a sink. */
    public ConnectorType connectorType() {
        return connectorType;
    }

    /** The connector implementation class. */
    public Class<? extends Connector> connectorClass() {
        return connectorClass;
    }

    /** The Kafka client an override set is destined for. */
    public enum ClientType {
        PRODUCER, CONSUMER, ADMIN
    }
}
