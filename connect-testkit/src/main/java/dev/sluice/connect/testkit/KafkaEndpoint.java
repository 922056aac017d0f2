/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.util.Objects;

/**
 * Where a running Kafka cluster accepts clients, without any control over the cluster's life. This is what tests
 * that share one broker get: they may use it, but not stop it.
 *
 * @param bootstrapServers comma-separated {@code host:port} list for the clients' bootstrap.servers
 */
public record KafkaEndpoint(String bootstrapServers) {

    public KafkaEndpoint {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers must not be blank");
        }
    }

    /** Helpers for topics, producing and consuming against this endpoint. */
    public KafkaTestClients clients() {
        return new KafkaTestClients(bootstrapServers);
    }
}
