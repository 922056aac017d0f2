/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

import java.util.Collection;
import java.util.Map;

/**
 * Lookup of connector names, health and configuration, plus fixed cluster details, for REST extensions. Implemented
 * by the framework; answers are snapshots and a listed connector may be gone by the next call.
 */
public interface ConnectClusterState {

    /** Names of the connectors currently configured in the cluster; never null. */
    Collection<String> connectors();

    /**
     * Current health of a connector and its tasks.
     *
     * @throws org.apache.kafka.connect.errors.NotFoundException if there is no such connector
     */
    ConnectorHealth connectorHealth(String connName);

    /**
     * Current configuration of a connector.
     *
     * @throws org.apache.kafka.connect.errors.NotFoundException if there is no such connector
     * @throws UnsupportedOperationException unless the implementation overrides it
     */
    default Map<String, String> connectorConfig(String connName) {
        throw new UnsupportedOperationException();
    }

    /**
     * Fixed details about the cluster.
     *
     * @throws UnsupportedOperationException unless the implementation overrides it
     */
    default ConnectClusterDetails clusterDetails() {
        throw new UnsupportedOperationException();
    }
}
