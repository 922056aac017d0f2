/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import java.util.Map;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.source.TransactionContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * What a source task sees of its runner: its settings, its connector's committed offsets and, when it defines its own
 * transaction boundaries, where it asks for commits and aborts.
 */
final class RunnerTaskContext implements SourceTaskContext {

    private final Map<String, String> configs;
    private final OffsetStorageReader offsetReader;
    private final TransactionContext transactionContext;
    private final PluginMetrics pluginMetrics;

    /** @param transactionContext null unless the task defines its own transaction boundaries */
    RunnerTaskContext(Map<String, String> configs, OffsetStorageReader offsetReader,
                      TransactionContext transactionContext, PluginMetrics pluginMetrics) {
        this.configs = configs;
        this.offsetReader = offsetReader;
        this.transactionContext = transactionContext;
        this.pluginMetrics = pluginMetrics;
    }

    @Override
    public Map<String, String> configs() {
        return configs;
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return offsetReader;
    }

    /** Null unless exactly-once support is on and the connector defines transaction boundaries. */
    @Override
    public TransactionContext transactionContext() {
        return transactionContext;
    }

    @Override
    public PluginMetrics pluginMetrics() {
        return pluginMetrics;
    }
}
