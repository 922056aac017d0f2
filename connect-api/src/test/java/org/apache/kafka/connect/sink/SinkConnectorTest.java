/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.connector.Task;
import org.junit.jupiter.api.Test;

class SinkConnectorTest {

    static class MinimalSinkConnector extends SinkConnector {
        @Override
        public void start(Map<String, String> props) {
        }

        @Override
        public Class<? extends Task> taskClass() {
            return SinkTaskTest.MinimalSinkTask.class;
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

        SinkConnectorContext sinkContext() {
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

    private static final class SinkContext extends PlainContext implements SinkConnectorContext {
    }

    @Test
    void contextIsTheSinkContextGivenAtInitialization() {
        MinimalSinkConnector connector = new MinimalSinkConnector();
        SinkContext context = new SinkContext();
        connector.initialize(context);
        assertSame(context, connector.sinkContext());
    }

    @Test
    void aNonSinkContextIsRejectedWhenRead() {
        MinimalSinkConnector connector = new MinimalSinkConnector();
        connector.initialize(new PlainContext());
        assertThrows(ClassCastException.class, connector::sinkContext);
    }

    @Test
    void alterOffsetsIsNotHandledByDefault() {
        assertFalse(new MinimalSinkConnector().alterOffsets(Map.of(), Map.of(new TopicPartition("t", 0), 5L)));
    }
}
