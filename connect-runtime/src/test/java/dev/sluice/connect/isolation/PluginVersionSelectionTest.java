/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three plugin directories each hold a different version of the same connector class. */
class PluginVersionSelectionTest {

    private static final String CONNECTOR = "com.example.versions.ExampleSinkConnector";

    @TempDir
    Path tmp;

    private Plugins plugins;

    @BeforeEach
    void buildThreeVersions() throws Exception {
        for (String version : List.of("1.9.0", "1.10.0", "2.0.1-SNAPSHOT")) {
            Path classes = PluginFixtures.compile(tmp.resolve("classes-" + version),
                    Map.of(CONNECTOR, PluginFixtures.sinkConnector(CONNECTOR, version)));
            PluginFixtures.manifest(classes, PluginType.SINK, CONNECTOR);
            PluginFixtures.jar(tmp.resolve("plugins/example-" + version + "/example.jar"), classes);
        }
        plugins = Plugins.discover(PluginPath.parse(tmp.resolve("plugins").toString()),
                PluginDiscoveryMode.SERVICE_LOAD, false);
    }

    @AfterEach
    void close() {
        plugins.close();
    }

    @Test
    void everyVersionIsOfferedSideBySideInItsOwnLoader() {
        List<PluginDesc> sinks = plugins.plugins(PluginType.SINK);
        assertEquals(List.of("1.9.0", "1.10.0", "2.0.1-SNAPSHOT"), sinks.stream().map(PluginDesc::version).toList());
        assertNotSame(sinks.get(0).pluginClass(), sinks.get(1).pluginClass());
        assertNotSame(sinks.get(0).loader(), sinks.get(1).loader());
    }

    @Test
    void theLatestVersionIsChosenByDefault() {
        assertEquals("2.0.1-SNAPSHOT", plugins.find(CONNECTOR, PluginType.SINK, null).version());
        assertEquals("2.0.1-SNAPSHOT", plugins.find(CONNECTOR, PluginType.SINK, "").version());
    }

    @Test
    void anExactVersionPicksThatVersion() {
        PluginDesc chosen = plugins.find(CONNECTOR, PluginType.SINK, "1.9.0");
        assertEquals("1.9.0", chosen.version());
        assertTrue(chosen.location().toString().endsWith("example-1.9.0"));
        Connector connector = plugins.newPlugin(CONNECTOR, PluginType.SINK, "1.9", Connector.class);
        assertEquals("1.9.0", connector.version());
    }

    @Test
    void aRangePicksTheLatestVersionInsideIt() {
        assertEquals("1.10.0", plugins.find(CONNECTOR, PluginType.SINK, "[1.0,2.0)").version());
        assertEquals("1.9.0", plugins.find(CONNECTOR, PluginType.SINK, "(,1.9.0]").version());
        assertEquals("2.0.1-SNAPSHOT", plugins.find(CONNECTOR, PluginType.SINK, "[1.10,)").version());
    }

    @Test
    void aVersionNobodyOffersIsRejectedListingTheAvailableOnes() {
        ConnectException e = assertThrows(ConnectException.class,
                () -> plugins.find(CONNECTOR, PluginType.SINK, "3.0"));
        assertTrue(e.getMessage().contains("no version matching '3.0'"), e.getMessage());
        assertTrue(e.getMessage().contains("1.9.0, 1.10.0, 2.0.1-SNAPSHOT"), e.getMessage());
    }

    @Test
    void versionsCanBeChosenThroughTheAliasToo() {
        assertEquals("1.10.0", plugins.find("ExampleSink", PluginType.SINK, "1.10.0").version());
        assertEquals("1.10.0", plugins.find("ExampleSinkConnector", null, "1.10.0").version());
    }
}
