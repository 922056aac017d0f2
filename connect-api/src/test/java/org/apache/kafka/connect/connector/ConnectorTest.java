/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

class ConnectorTest {

    /** Records its lifecycle calls so the default behaviours can be observed. */
    static class RecordingConnector extends Connector {
        final List<String> calls = new ArrayList<>();
        ConfigDef definition = new ConfigDef()
                .define("port", ConfigDef.Type.INT, ConfigDef.Importance.HIGH, "Port to listen on.")
                .define("host", ConfigDef.Type.STRING, "localhost", ConfigDef.Importance.LOW, "Host name.");

        @Override
        public void start(Map<String, String> props) {
            calls.add("start " + props);
        }

        @Override
        public Class<? extends Task> taskClass() {
            return null;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            return List.of();
        }

        @Override
        public void stop() {
            calls.add("stop");
        }

        @Override
        public ConfigDef config() {
            return definition;
        }

        @Override
        public String version() {
            return "1.0";
        }

        ConnectorContext visibleContext() {
            return context();
        }
    }

    static final class NoopContext implements ConnectorContext {
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

    private static Map<String, ConfigValue> byName(Config config) {
        Map<String, ConfigValue> values = new HashMap<>();
        for (ConfigValue value : config.configValues()) {
            values.put(value.name(), value);
        }
        return values;
    }

    @Test
    void reconfigureStopsThenStartsWithTheNewProperties() {
        RecordingConnector connector = new RecordingConnector();
        connector.reconfigure(Map.of("k", "v"));
        assertEquals(List.of("stop", "start {k=v}"), connector.calls);
    }

    @Test
    void initializeStoresTheContext() {
        RecordingConnector connector = new RecordingConnector();
        NoopContext context = new NoopContext();
        connector.initialize(context);
        assertSame(context, connector.visibleContext());
        assertSame(context, connector.context);
    }

    @Test
    void initializeWithTaskConfigsIgnoresTheConfigsButStoresTheContext() {
        RecordingConnector connector = new RecordingConnector();
        NoopContext context = new NoopContext();
        connector.initialize(context, List.of(Map.of("task", "0")));
        assertSame(context, connector.visibleContext());
        assertTrue(connector.calls.isEmpty());
    }

    @Test
    void contextIsNullBeforeInitialization() {
        assertNull(new RecordingConnector().visibleContext());
    }

    @Test
    void validateReportsOneValuePerDefinedKey() {
        Config config = new RecordingConnector().validate(Map.of("port", "8080", "unknown", "ignored"));
        Map<String, ConfigValue> values = byName(config);
        assertEquals(2, values.size());
        assertEquals(8080, values.get("port").value());
        assertTrue(values.get("port").errorMessages().isEmpty());
        assertEquals("localhost", values.get("host").value());
    }

    @Test
    void validateReportsErrorsInsteadOfThrowing() {
        Map<String, ConfigValue> values = byName(new RecordingConnector().validate(Map.of("port", "eighty")));
        assertEquals(List.of("Invalid value eighty for configuration port: Not a number of type INT"),
                values.get("port").errorMessages());
    }

    @Test
    void validateFlagsMissingRequiredSettings() {
        Map<String, ConfigValue> values = byName(new RecordingConnector().validate(Map.of()));
        assertEquals(1, values.get("port").errorMessages().size());
        assertTrue(values.get("host").errorMessages().isEmpty());
    }

    @Test
    void validateRejectsANullConfigDefNamingTheConnectorClass() {
        RecordingConnector connector = new RecordingConnector();
        connector.definition = null;
        ConnectException e = assertThrows(ConnectException.class, () -> connector.validate(Map.of()));
        assertEquals(RecordingConnector.class.getName() + ".config() must return a ConfigDef that is not null.",
                e.getMessage());
    }
}
