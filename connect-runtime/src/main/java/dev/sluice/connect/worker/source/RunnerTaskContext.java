/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import java.util.Map;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.source.TransactionContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** What a source task sees of its runner: its settings and its connector's committed offsets. */
final class RunnerTaskContext implements SourceTaskContext {

    private final Map<String, String> configs;
    private final OffsetStorageReader offsetReader;
    private final PluginMetrics pluginMetrics;

    RunnerTaskContext(Map<String, String> configs, OffsetStorageReader offsetReader, PluginMetrics pluginMetrics) {
        this.configs = configs;
        this.offsetReader = offsetReader;
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

    /** Null: this runner produces without transactions (no exactly-once support yet). */
    @Override
    public TransactionContext transactionContext() {
        return null;
    }

    @Override
    public PluginMetrics pluginMetrics() {
        return pluginMetrics;
    }
}
