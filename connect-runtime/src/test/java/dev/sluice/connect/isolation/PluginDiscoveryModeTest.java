/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One plugin location holding a connector listed in a manifest and a converter that is not. */
class PluginDiscoveryModeTest {

    private static final String DECLARED = "com.example.declared.DeclaredSourceConnector";
    private static final String UNDECLARED = "com.example.undeclared.HiddenConverter";

    @TempDir
    Path tmp;

    private List<PluginLocation> locations;

    @BeforeEach
    void buildPlugin() throws Exception {
        Path classes = PluginFixtures.compile(tmp.resolve("classes"), Map.of(
                DECLARED, PluginFixtures.sourceConnector(DECLARED, "1.0"),
                UNDECLARED, PluginFixtures.converter(UNDECLARED, ""),
                "com.example.declared.Helper", PluginFixtures.plainClass("com.example.declared.Helper", "")));
        PluginFixtures.manifest(classes, PluginType.SOURCE, DECLARED);
        PluginFixtures.jar(tmp.resolve("plugins/mixed/mixed.jar"), classes);
        locations = PluginPath.parse(tmp.resolve("plugins").toString());
    }

    @Test
    void onlyScanFindsPluginsWithAndWithoutManifests() {
        assertEquals(Set.of(DECLARED, UNDECLARED), classNames(PluginDiscoveryMode.ONLY_SCAN));
    }

    @Test
    void serviceLoadFindsOnlyPluginsListedInManifests() {
        assertEquals(Set.of(DECLARED), classNames(PluginDiscoveryMode.SERVICE_LOAD));
    }

    @Test
    void hybridWarnFindsEverythingAndWarnsAboutTheMissingManifest() {
        try (LogCapture logs = new LogCapture(PluginDiscovery.class)) {
            assertEquals(Set.of(DECLARED, UNDECLARED), classNames(PluginDiscoveryMode.HYBRID_WARN));
            List<String> warnings = logs.warningsContaining("has no META-INF/services manifest entry");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains(UNDECLARED + " (converter)"), warnings.get(0));
        }
    }

    @Test
    void hybridFailRefusesToStartWhenAPluginLacksAManifest() {
        ConnectException e = assertThrows(ConnectException.class,
                () -> Plugins.discover(locations, PluginDiscoveryMode.HYBRID_FAIL, false));
        assertTrue(e.getMessage().contains(UNDECLARED), e.getMessage());
        assertTrue(e.getMessage().contains("plugin.discovery=hybrid_fail"), e.getMessage());
    }

    @Test
    void hybridFailStartsWhenEveryPluginHasAManifest() throws Exception {
        Path classes = PluginFixtures.compile(tmp.resolve("ok-classes"), Map.of(
                DECLARED, PluginFixtures.sourceConnector(DECLARED, "1.0")));
        PluginFixtures.manifest(classes, PluginType.SOURCE, DECLARED);
        PluginFixtures.jar(tmp.resolve("ok/declared.jar"), classes);
        try (Plugins plugins = Plugins.discover(PluginPath.parse(tmp.resolve("ok").toString()),
                PluginDiscoveryMode.HYBRID_FAIL, false)) {
            assertEquals(List.of(DECLARED), plugins.plugins().stream().map(PluginDesc::className).toList());
        }
    }

    @Test
    void discoveryModeIsParsedCaseInsensitivelyWithHybridWarnAsDefault() {
        assertEquals(PluginDiscoveryMode.HYBRID_WARN, PluginDiscoveryMode.parse(null));
        assertEquals(PluginDiscoveryMode.HYBRID_WARN, PluginDiscoveryMode.parse(" "));
        assertEquals(PluginDiscoveryMode.SERVICE_LOAD, PluginDiscoveryMode.parse("SERVICE_LOAD"));
        assertEquals(PluginDiscoveryMode.ONLY_SCAN, PluginDiscoveryMode.parse("only_scan"));
        assertEquals("hybrid_fail", PluginDiscoveryMode.HYBRID_FAIL.toString());
        ConfigException e = assertThrows(ConfigException.class, () -> PluginDiscoveryMode.parse("scan_everything"));
        assertTrue(e.getMessage().contains("only_scan, hybrid_warn, hybrid_fail, service_load"), e.getMessage());
    }

    @Test
    void manifestEntriesThatAreNotPluginsAreIgnored() throws Exception {
        Path classes = PluginFixtures.compile(tmp.resolve("bad-manifest"), Map.of(
                "com.example.NotAConverter", PluginFixtures.plainClass("com.example.NotAConverter", "")));
        PluginFixtures.manifest(classes, PluginType.CONVERTER, "com.example.NotAConverter", "com.example.Missing");
        PluginFixtures.jar(tmp.resolve("bad/bad.jar"), classes);
        try (Plugins plugins = Plugins.discover(PluginPath.parse(tmp.resolve("bad").toString()),
                PluginDiscoveryMode.SERVICE_LOAD, false)) {
            assertTrue(plugins.plugins().isEmpty(), plugins.plugins().toString());
        }
    }

    @Test
    void workerFromConfigReadsPluginPathAndDiscoveryMode() {
        try (Plugins plugins = Plugins.fromWorkerConfig(Map.of(
                "plugin.path", tmp.resolve("plugins").toString(), "plugin.discovery", "only_scan"))) {
            assertTrue(plugins.find(DECLARED, PluginType.SOURCE, null).isolated());
            assertTrue(plugins.find(UNDECLARED, PluginType.CONVERTER, null).isolated());
            // The worker's own classpath is a plugin source too: connect-api ships StringConverter.
            PluginDesc string = plugins.find("StringConverter", PluginType.CONVERTER, null);
            assertEquals("classpath", string.location().toString());
            assertEquals(getClass().getClassLoader(), string.loader());
        }
    }

    private Set<String> classNames(PluginDiscoveryMode mode) {
        try (Plugins plugins = Plugins.discover(locations, mode, false)) {
            return plugins.plugins().stream().map(PluginDesc::className).collect(Collectors.toSet());
        }
    }
}
