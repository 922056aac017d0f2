/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import dev.sluice.connect.config.SinkConnectorConfig;
import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.storage.ConnectorOffsetReader;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetStores;
import dev.sluice.connect.worker.ConverterFactory;
import dev.sluice.connect.worker.TransformationChain;
import dev.sluice.connect.worker.sink.SinkClientConfigs;
import dev.sluice.connect.worker.sink.SinkRecordConverter;
import dev.sluice.connect.worker.source.RecordConversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * Builds what a preview needs, the same way the worker builds it for a task (converters, transformations, client
 * settings), runs the source or sink preview on the worker's pool and closes everything after.
 */
public final class Previewer {

    private final WorkerConfig workerConfig;
    private final Plugins plugins;
    private final ConverterFactory converters;
    private final SourceOffsetStores offsetStores;
    private final ExecutorService executor;

    /** @param executor runs previews and the source tasks' polls; its threads may block for a preview's timeout */
    public Previewer(WorkerConfig workerConfig, Plugins plugins, SourceOffsetStores offsetStores,
                     ExecutorService executor) {
        this.workerConfig = workerConfig;
        this.plugins = plugins;
        this.converters = new ConverterFactory(plugins, workerConfig);
        this.offsetStores = offsetStores;
        this.executor = executor;
    }

    /**
     * Previews connector {@code name} with its resolved {@code config}.
     *
     * @param fromCommitted whether a source task starts from the connector's committed offsets (an existing
     *                      connector) or from none (a config that is not created)
     */
    public CompletableFuture<RecordPreview> preview(String name, Map<String, String> config, PluginDesc plugin,
                                                    boolean fromCommitted, PreviewLimits limits) {
        return CompletableFuture.supplyAsync(() -> plugin.type() == PluginType.SINK
                ? sink(name, config, plugin, limits)
                : source(name, config, plugin, fromCommitted, limits), executor);
    }

    private RecordPreview source(String name, Map<String, String> config, PluginDesc plugin, boolean fromCommitted,
                                 PreviewLimits limits) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            TransformationChain<SourceRecord> chain = opened(opened, TransformationChain.fromConfig(
                    new SourceConnectorConfig(plugins, config, workerConfig.topicCreationEnable()), plugins));
            Converter keys = opened(opened, converters.keyConverter(config));
            Converter values = opened(opened, converters.valueConverter(config));
            HeaderConverter headers = opened(opened, converters.headerConverter(config));
            CapturedFailures<SourceRecord> failures = new CapturedFailures<>();
            RecordConversion conversion = new RecordConversion(chain.stages(), keys, values, headers,
                    opened(opened, failures.policy()));
            OffsetStorageReader offsets = fromCommitted
                    ? opened(opened, new ConnectorOffsetReader(offsetStores.lease(name, config), name,
                            new OffsetKeyCodec()))
                    : new EmptyOffsets();
            return new SourcePreview(name, config, plugin, plugins, offsets, executor)
                    .run(conversion, failures, limits);
        } finally {
            closeAll(opened);
        }
    }

    private RecordPreview sink(String name, Map<String, String> config, PluginDesc plugin, PreviewLimits limits) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            TransformationChain<SinkRecord> chain = opened(opened, TransformationChain.fromConfig(
                    new SinkConnectorConfig(plugins, config), plugins));
            Converter keys = opened(opened, converters.keyConverter(config));
            Converter values = opened(opened, converters.valueConverter(config));
            HeaderConverter headers = opened(opened, converters.headerConverter(config));
            CapturedFailures<ConsumerRecord<byte[], byte[]>> failures = new CapturedFailures<>();
            SinkRecordConverter converter = new SinkRecordConverter(keys, values, headers, chain,
                    opened(opened, failures.policy()));
            Map<String, Object> consumer = SinkClientConfigs.consumer(new ConnectorTaskId(name, 0), workerConfig,
                    config);
            return new SinkPreview(name, config, consumer, plugin.loader()).run(converter, failures, limits);
        } finally {
            closeAll(opened);
        }
    }

    private static <T extends AutoCloseable> T opened(List<AutoCloseable> opened, T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private static void closeAll(List<AutoCloseable> opened) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                // A converter or transformation that fails to close does not spoil the preview's answer.
            }
        }
    }
}
