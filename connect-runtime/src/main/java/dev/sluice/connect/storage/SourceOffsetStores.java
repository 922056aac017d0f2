/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import java.util.Map;

/**
 * Says where each source connector's offsets live. Most connectors share the worker's store; in distributed mode a
 * connector with its own {@code offsets.storage.topic}, or whose producer writes to another Kafka cluster, gets a
 * store over that topic layered on the worker's (KIP-618).
 */
public interface SourceOffsetStores {

    /**
     * The store for {@code connector}'s offsets, opened if needed; close the lease when done with it.
     *
     * @param connectorConfig the connector's settings, with config-provider placeholders resolved
     * @throws org.apache.kafka.connect.errors.ConnectException when the connector's own topic cannot be set up
     */
    OffsetStoreLease lease(String connector, Map<String, String> connectorConfig);

    /** Every connector uses {@code store} (standalone mode, tests). */
    static SourceOffsetStores shared(SourceOffsetStore store) {
        return (connector, connectorConfig) -> OffsetStoreLease.ofShared(store);
    }
}
