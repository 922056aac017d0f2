/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.extension;

import jakarta.ws.rs.core.Configurable;
import org.apache.kafka.connect.health.ConnectClusterState;
import org.apache.kafka.connect.rest.ConnectRestExtensionContext;

/**
 * What a REST extension is handed at registration.
 *
 * @param configurable the REST application's JAX-RS configuration: components registered here serve every request
 * @param clusterState the cluster as the herder sees it
 */
record ExtensionContext(Configurable<? extends Configurable<?>> configurable, ConnectClusterState clusterState)
        implements ConnectRestExtensionContext {
}
