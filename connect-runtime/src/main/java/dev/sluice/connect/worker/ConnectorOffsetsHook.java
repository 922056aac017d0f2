/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.Plugins;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Shows a connector an offsets change before the framework makes it, through the connector's own
 * {@code alterOffsets} (KIP-875): the connector may refuse the change by throwing, or apply it to a system where it
 * keeps offsets itself. A fresh, unstarted instance is asked, in its plugin's class loader and off the caller's
 * thread, so a connector that blocks holds up only this request.
 */
public final class ConnectorOffsetsHook {

    private final Function<Map<String, String>, Connector> connectors;
    private final Function<Map<String, String>, Map<String, String>> resolver;
    private final Executor executor;

    ConnectorOffsetsHook(Function<Map<String, String>, Connector> connectors,
                         Function<Map<String, String>, Map<String, String>> resolver, Executor executor) {
        this.connectors = connectors;
        this.resolver = resolver;
        this.executor = executor;
    }

    /**
     * Asks a source connector about new offsets; a null offset resets its partition.
     *
     * @return a future of the connector's answer: true when it handled the change in full, false when it leaves the
     *     offsets to the framework; failed with the connector's exception when it refuses the change
     */
    public CompletableFuture<Boolean> alterSourceOffsets(Map<String, String> connectorConfig,
                                                         Map<Map<String, ?>, Map<String, ?>> offsets) {
        return ask(connectorConfig, (connector, config) -> ((SourceConnector) connector).alterOffsets(config, offsets));
    }

    /** As {@link #alterSourceOffsets}, for a sink connector's consumer offsets; a null offset resets. */
    public CompletableFuture<Boolean> alterSinkOffsets(Map<String, String> connectorConfig,
                                                       Map<TopicPartition, Long> offsets) {
        return ask(connectorConfig, (connector, config) -> ((SinkConnector) connector).alterOffsets(config, offsets));
    }

    private CompletableFuture<Boolean> ask(Map<String, String> connectorConfig, Question question) {
        return CompletableFuture.supplyAsync(() -> {
            Map<String, String> resolved = resolver.apply(connectorConfig);
            Connector connector = connectors.apply(resolved);
            try (LoaderSwap swap = Plugins.withClassLoader(connector)) {
                return question.ask(connector, resolved);
            }
        }, executor);
    }

    @FunctionalInterface
    private interface Question {
        boolean ask(Connector connector, Map<String, String> config);
    }
}
