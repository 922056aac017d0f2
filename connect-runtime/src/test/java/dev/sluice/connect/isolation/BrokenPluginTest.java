/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin.path with a healthy connector next to a corrupt JAR, a connector whose superclass lives in a JAR that
 * was not shipped, and a connector whose static initializer throws. The worker starts with the healthy one.
 */
class BrokenPluginTest {

    private static final String HEALTHY = "com.example.ok.HealthySourceConnector";
    private static final String ORPHAN = "com.example.orphan.OrphanSinkConnector";
    private static final String EXPLODING = "com.example.boom.ExplodingSourceConnector";

    @TempDir
    Path tmp;

    @Test
    void brokenJarsAndClassesAreSkippedAndLoggedOnceEach() throws Exception {
        Path plugins = buildPluginPath();
        for (PluginDiscoveryMode mode : List.of(PluginDiscoveryMode.HYBRID_WARN, PluginDiscoveryMode.ONLY_SCAN,
                PluginDiscoveryMode.SERVICE_LOAD)) {
            try (LogCapture logs = new LogCapture(BrokenPluginLog.class);
                 Plugins found = Plugins.discover(PluginPath.parse(plugins.toString()), mode, false)) {
                assertEquals(List.of(HEALTHY), found.plugins().stream().map(PluginDesc::className).toList(),
                        mode.toString());
                if (mode.scans()) {
                    assertLoggedOnce(logs, "corrupt.jar");
                }
                assertLoggedOnce(logs, ORPHAN);
                assertLoggedOnce(logs, EXPLODING);
            }
        }
    }

    @Test
    @SuppressWarnings("try")
    void theLogNamesTheLocationAndTheCause() throws Exception {
        Path plugins = buildPluginPath();
        try (LogCapture logs = new LogCapture(BrokenPluginLog.class);
             Plugins found = Plugins.discover(PluginPath.parse(plugins.toString()),
                     PluginDiscoveryMode.HYBRID_WARN, false)) {
            String orphan = logs.warningsContaining(ORPHAN).get(0);
            assertTrue(orphan.contains(plugins.resolve("orphan").toString()), orphan);
            assertTrue(orphan.contains("NoClassDefFoundError"), orphan);
            assertTrue(orphan.contains("com/example/missing/MissingBase"), orphan);
            String exploding = logs.warningsContaining(EXPLODING).get(0);
            assertTrue(exploding.contains("ExceptionInInitializerError"), exploding);
            String corrupt = logs.warningsContaining("corrupt.jar").get(0);
            assertTrue(corrupt.contains("Skipping unreadable plugin archive"), corrupt);
        }
    }

    @Test
    @SuppressWarnings("try")
    void classesOnlyScanningMetAreSummedUpOncePerLocation() throws Exception {
        Path plugins = buildPluginPath();
        try (LogCapture logs = new LogCapture(BrokenPluginLog.class);
             Plugins found = Plugins.discover(PluginPath.parse(plugins.toString()),
                     PluginDiscoveryMode.ONLY_SCAN, false)) {
            List<String> summaries = logs.warningsContaining("Skipped 1 class(es) in " + plugins.resolve("orphan"));
            assertEquals(1, summaries.size(), summaries.toString());
            assertTrue(summaries.get(0).contains(ORPHAN + " (java.lang.NoClassDefFoundError"), summaries.get(0));
        }
    }

    @Test
    @SuppressWarnings("try")
    void aPluginThatNamesItsPluginsInManifestsGetsANoteNotAWarningForItsLibrariesClasses() throws Exception {
        Path plugins = tmp.resolve("declared-plugins");
        String base = "com.example.optional.OptionalBase";
        String library = "com.example.library.NeedsOptionalDependency";
        Path missing = PluginFixtures.compile(tmp.resolve("optional"), Map.of(base,
                PluginFixtures.connector(base, "org.apache.kafka.connect.sink.SinkConnector", "\"0\"", "")
                        .replace("public class", "public abstract class")));
        Path classes = PluginFixtures.compile(tmp.resolve("declared-classes"), Map.of(
                HEALTHY, PluginFixtures.sourceConnector(HEALTHY, "1.0"),
                library, "package com.example.library;\npublic class NeedsOptionalDependency extends " + base
                        + " { }\n"), missing);
        PluginFixtures.manifest(classes, PluginType.SOURCE, HEALTHY);
        PluginFixtures.jar(plugins.resolve("declared/declared.jar"), classes);
        try (LogCapture logs = new LogCapture(BrokenPluginLog.class);
             Plugins found = Plugins.discover(PluginPath.parse(plugins.toString()),
                     PluginDiscoveryMode.HYBRID_WARN, false)) {
            assertEquals(List.of(HEALTHY), found.plugins().stream().map(PluginDesc::className).toList());
            assertEquals(List.of(), logs.warningsContaining("Skipped"));
            assertEquals(1, logs.infosContaining("Skipped 1 class(es) in " + plugins.resolve("declared")).size());
        }
    }

    private Path buildPluginPath() throws Exception {
        Path plugins = tmp.resolve("plugins");
        Path healthy = PluginFixtures.compile(tmp.resolve("healthy"),
                Map.of(HEALTHY, PluginFixtures.sourceConnector(HEALTHY, "1.0")));
        PluginFixtures.manifest(healthy, PluginType.SOURCE, HEALTHY);
        PluginFixtures.jar(plugins.resolve("healthy/healthy.jar"), healthy);

        Files.createDirectories(plugins.resolve("corrupt"));
        Files.write(plugins.resolve("corrupt/corrupt.jar"), new byte[] {'n', 'o', 't', ' ', 'a', ' ', 'z', 'i', 'p'});

        // The orphan extends a class from a JAR that is missing at run time.
        String base = "com.example.missing.MissingBase";
        Path missing = PluginFixtures.compile(tmp.resolve("missing"), Map.of(base,
                PluginFixtures.connector(base, "org.apache.kafka.connect.sink.SinkConnector", "\"0\"", "")
                        .replace("public class", "public abstract class")));
        Path orphan = PluginFixtures.compile(tmp.resolve("orphan-classes"), Map.of(ORPHAN,
                "package com.example.orphan;\npublic class OrphanSinkConnector extends " + base + " { }\n"), missing);
        PluginFixtures.manifest(orphan, PluginType.SINK, ORPHAN);
        PluginFixtures.jar(plugins.resolve("orphan/orphan.jar"), orphan);

        Path exploding = PluginFixtures.compile(tmp.resolve("exploding"), Map.of(EXPLODING,
                PluginFixtures.connector(EXPLODING, "org.apache.kafka.connect.source.SourceConnector", "\"1\"",
                        "static { if (Boolean.TRUE) { throw new IllegalStateException(\"boom\"); } }")));
        PluginFixtures.manifest(exploding, PluginType.SOURCE, EXPLODING);
        PluginFixtures.jar(plugins.resolve("exploding/exploding.jar"), exploding);
        return plugins;
    }

    private static void assertLoggedOnce(LogCapture logs, String text) {
        assertEquals(1, logs.warningsContaining(text).size(), text + " logged " + logs.warningsContaining(text));
    }
}
