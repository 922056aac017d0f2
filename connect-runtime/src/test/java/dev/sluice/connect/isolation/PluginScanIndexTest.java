/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanning reads class-file headers, finds plugins whose plugin type is several JARs and classes away, and
 * remembers its findings per location in an index that a restart over unchanged JARs reads instead.
 */
class PluginScanIndexTest {

    private static final String BASE = "com.example.base.AbstractPollingSource";
    private static final String CONNECTOR = "com.example.app.OrdersSourceConnector";
    private static final String MARKER = "com.example.base.TextConverter";
    private static final String CONVERTER = "com.example.app.UpperCaseConverter";

    @TempDir
    Path tmp;

    private Path pluginDir;
    private PluginLocation workerJars;

    @BeforeEach
    void buildPluginSpreadOverTwoJars() throws Exception {
        // The base JAR holds an abstract connector and an interface extending Converter; the app JAR holds the
        // concrete plugins built on them, so their ancestry crosses JARs within one location.
        Path base = PluginFixtures.compile(tmp.resolve("base-classes"), Map.of(
                BASE, PluginFixtures.sourceConnector(BASE, "1.0").replace("public class", "public abstract class"),
                MARKER, "package com.example.base;\npublic interface TextConverter extends "
                        + "org.apache.kafka.connect.storage.Converter { }\n"));
        Path app = PluginFixtures.compile(tmp.resolve("app-classes"), Map.of(
                CONNECTOR, "package com.example.app;\npublic class OrdersSourceConnector extends " + BASE + " { }\n",
                CONVERTER, PluginFixtures.converter(CONVERTER, "").replace(
                        "implements org.apache.kafka.connect.storage.Converter", "implements " + MARKER),
                "com.example.app.Util", PluginFixtures.plainClass("com.example.app.Util", "")), base);
        pluginDir = tmp.resolve("plugins/orders");
        PluginFixtures.jar(pluginDir.resolve("base.jar"), base);
        PluginFixtures.jar(pluginDir.resolve("app.jar"), app);
        workerJars = PluginLocation.workerClasspath(List.of(pluginDir.resolve("base.jar")));
    }

    @Test
    void pluginsAreFoundThroughAncestorsInAnotherJarOfTheLocation() {
        assertEquals(List.of(CONNECTOR + " (source)", CONVERTER + " (converter)"), discover(noIndex()));
    }

    @Test
    void aRestartOverUnchangedJarsReadsTheIndexInsteadOfScanning() throws IOException {
        PluginScanIndex index = new PluginScanIndex(tmp.resolve("index"), workerJars);
        assertEquals(List.of(CONNECTOR + " (source)", CONVERTER + " (converter)"), discover(index));
        Path entry = onlyEntry();
        assertEquals(List.of("sluice-plugin-scan-index 1", CONNECTOR, CONVERTER),
                Files.readAllLines(entry, StandardCharsets.UTF_8));
        // Proof that the second discovery trusts the entry: narrowed by hand, it narrows what is found.
        Files.writeString(entry, "sluice-plugin-scan-index 1\n" + CONVERTER + "\n");
        assertEquals(List.of(CONVERTER + " (converter)"), discover(index));
    }

    @Test
    void aReplacedJarIsScannedAgain() throws Exception {
        PluginScanIndex index = new PluginScanIndex(tmp.resolve("index"), workerJars);
        discover(index);
        Path entry = onlyEntry();
        Files.writeString(entry, "sluice-plugin-scan-index 1\n");
        String extra = "com.example.app.AuditSinkConnector";
        Path more = PluginFixtures.compile(tmp.resolve("more-classes"),
                Map.of(extra, PluginFixtures.sinkConnector(extra, "2.0")));
        PluginFixtures.jar(pluginDir.resolve("audit.jar"), more);
        assertEquals(List.of(extra + " (sink)", CONNECTOR + " (source)", CONVERTER + " (converter)"),
                discover(index));
    }

    @Test
    void aLocationWithAnUnreadableClassIsScannedAtEveryStart() throws Exception {
        Files.write(tmp.resolve("app-classes/com/example/app/Broken.class"), new byte[] {1, 2, 3});
        PluginFixtures.jar(pluginDir.resolve("app.jar"), tmp.resolve("app-classes"));
        PluginScanIndex index = new PluginScanIndex(tmp.resolve("index"), workerJars);
        assertEquals(List.of(CONNECTOR + " (source)", CONVERTER + " (converter)"), discover(index));
        assertTrue(Files.notExists(tmp.resolve("index")) || entries().isEmpty(), "nothing indexed");
    }

    private PluginScanIndex noIndex() {
        return new PluginScanIndex(null, workerJars);
    }

    private List<String> discover(PluginScanIndex index) {
        PluginLocation location = PluginPath.parse(tmp.resolve("plugins").toString()).get(0);
        try (PluginClassLoader loader = new PluginClassLoader(location, getClass().getClassLoader())) {
            List<PluginDesc> found = new PluginDiscovery(PluginDiscoveryMode.ONLY_SCAN, index)
                    .discover(location, loader, new ArrayList<>());
            return found.stream().map(plugin -> plugin.className() + " (" + plugin.type() + ")").sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path onlyEntry() throws IOException {
        List<Path> entries = entries();
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("index"))) {
            return files.filter(file -> file.toString().endsWith(".idx")).toList();
        }
    }
}
