/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.Test;

class SourceConnectorTest {

    static class MinimalSourceConnector extends SourceConnector {
        @Override
        public void start(Map<String, String> props) {
        }

        @Override
        public Class<? extends Task> taskClass() {
            return SourceTaskTest.MinimalSourceTask.class;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            return List.of();
        }

        @Override
        public void stop() {
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public String version() {
            return "1";
        }

        SourceConnectorContext sourceContext() {
            return context();
        }
    }

    private static class PlainContext implements ConnectorContext {
        @Override
        public void requestTaskReconfiguration() {
        }

        @Override
        public void raiseError(Exception e) {
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }
    }

    private static final class SourceContext extends PlainContext implements SourceConnectorContext {
        @Override
        public OffsetStorageReader offsetStorageReader() {
            return null;
        }
    }

    @Test
    void contextIsTheSourceContextGivenAtInitialization() {
        MinimalSourceConnector connector = new MinimalSourceConnector();
        SourceContext context = new SourceContext();
        connector.initialize(context);
        assertSame(context, connector.sourceContext());
    }

    @Test
    void aNonSourceContextIsRejectedWhenRead() {
        MinimalSourceConnector connector = new MinimalSourceConnector();
        connector.initialize(new PlainContext());
        assertThrows(ClassCastException.class, connector::sourceContext);
    }

    @Test
    void exactlyOnceSupportIsUnknownByDefault() {
        assertNull(new MinimalSourceConnector().exactlyOnceSupport(Map.of()));
    }

    @Test
    void connectorsCannotDefineTransactionBoundariesByDefault() {
        assertSame(ConnectorTransactionBoundaries.UNSUPPORTED,
                new MinimalSourceConnector().canDefineTransactionBoundaries(Map.of()));
    }

    @Test
    void alterOffsetsIsNotHandledByDefault() {
        assertFalse(new MinimalSourceConnector().alterOffsets(Map.of(), Map.of(Map.of("p", 1), Map.of("o", 2))));
    }

    @Test
    void supportEnumsListSupportedFirst() {
        assertArrayEquals(new ExactlyOnceSupport[] {ExactlyOnceSupport.SUPPORTED, ExactlyOnceSupport.UNSUPPORTED},
                ExactlyOnceSupport.values());
        assertArrayEquals(new ConnectorTransactionBoundaries[] {ConnectorTransactionBoundaries.SUPPORTED,
            ConnectorTransactionBoundaries.UNSUPPORTED}, ConnectorTransactionBoundaries.values());
    }
}
