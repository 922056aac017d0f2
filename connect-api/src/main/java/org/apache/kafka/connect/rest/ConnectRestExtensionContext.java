/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.rest;

import org.apache.kafka.connect.health.ConnectClusterState;

import jakarta.ws.rs.core.Configurable;

/** What the worker hands a REST extension: where to register JAX-RS components and a view of the cluster. */
public interface ConnectRestExtensionContext {

    /** The JAX-RS configurable to register resources, filters and providers with; never null. */
    Configurable<? extends Configurable<?>> configurable();

    /** Connector status and configuration lookup; never null. */
    ConnectClusterState clusterState();
}
