/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

import java.util.Map;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** The worker-side handle a source task uses for its configuration, committed offsets and transactions. */
public interface SourceTaskContext {

    /** The task's latest configuration, which may differ from the one given at start (e.g. after secret rotation). */
    Map<String, String> configs();

    /** Reader for the source offsets committed for this task's connector. */
    OffsetStorageReader offsetStorageReader();

    /**
     * The transaction context when the connector defines its own transaction boundaries, otherwise null. The
     * default returns null, for runtimes that predate the method.
     *
     * @since 3.3
     */
    default TransactionContext transactionContext() {
        return null;
    }

    /** Metrics registry scoped to this task (added in Kafka 4.1). */
    PluginMetrics pluginMetrics();
}
