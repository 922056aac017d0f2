/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three shapes of plugin location, and how plugin.path entries are read. */
class PluginPathTest {

    private static final String UBER = "com.example.uber.UberSourceConnector";
    private static final String SPLIT = "com.example.split.SplitSinkConnector";
    private static final String SPLIT_BASE = "com.example.splitlib.BaseSink";
    private static final String LOOSE = "com.example.loose.LooseConverter";

    @TempDir
    Path tmp;

    private Path first;
    private Path second;

    @BeforeEach
    void buildLocations() throws Exception {
        first = tmp.resolve("first");
        second = tmp.resolve("second");

        Path uber = PluginFixtures.compile(tmp.resolve("uber"), Map.of(UBER,
                PluginFixtures.sourceConnector(UBER, "1.0")));
        PluginFixtures.jar(first.resolve("uber-plugin.jar"), uber);

        // A directory of JARs: the connector in one JAR, its base class in a nested lib folder.
        Path lib = PluginFixtures.compile(tmp.resolve("lib"), Map.of(SPLIT_BASE,
                PluginFixtures.connector(SPLIT_BASE, "org.apache.kafka.connect.sink.SinkConnector", "\"2.0\"", "")
                        .replace("public class", "public abstract class")));
        Path split = PluginFixtures.compile(tmp.resolve("split"), Map.of(SPLIT,
                "package com.example.split;\npublic class SplitSinkConnector extends " + SPLIT_BASE + " { }\n"), lib);
        PluginFixtures.jar(first.resolve("split-plugin/split.jar"), split);
        PluginFixtures.jar(first.resolve("split-plugin/lib/base.jar"), lib);
        Files.writeString(first.resolve("README.txt"), "not a plugin");

        Path loose = PluginFixtures.compile(tmp.resolve("loose"), Map.of(LOOSE, PluginFixtures.converter(LOOSE, "")));
        PluginFixtures.copyTree(loose, second.resolve("loose-classes"));
    }

    @Test
    void eachChildJarOrDirectoryIsOneLocation() {
        List<PluginLocation> locations = PluginPath.parse(first + " , " + second);
        assertEquals(List.of(first.resolve("split-plugin"), first.resolve("uber-plugin.jar"),
                second.resolve("loose-classes")), locations.stream().map(PluginLocation::source).toList());
        assertEquals(List.of(first.resolve("split-plugin/lib/base.jar"), first.resolve("split-plugin/split.jar")),
                locations.get(0).classpath());
        assertEquals(List.of(first.resolve("uber-plugin.jar")), locations.get(1).classpath());
        assertEquals(List.of(second.resolve("loose-classes")), locations.get(2).classpath());
    }

    @Test
    void uberJarsDirectoriesOfJarsAndClassFoldersAllYieldPlugins() {
        try (Plugins plugins = Plugins.discover(PluginPath.parse(first + "," + second),
                PluginDiscoveryMode.ONLY_SCAN, false)) {
            PluginDesc uber = plugins.find("UberSource", PluginType.SOURCE, null);
            PluginDesc split = plugins.find("SplitSink", PluginType.SINK, null);
            PluginDesc loose = plugins.find("Loose", PluginType.CONVERTER, null);
            assertEquals("1.0", uber.version());
            assertEquals("2.0", split.version());
            assertEquals(PluginIntrospector.UNDEFINED_VERSION, loose.version());
            assertEquals(second.resolve("loose-classes"), loose.location().source());
            assertNotSame(uber.loader(), split.loader());
            assertNotSame(split.loader(), loose.loader());
            assertTrue(split.loader() instanceof PluginClassLoader);
            // The abstract base class in the lib JAR is not a plugin.
            assertEquals(3, plugins.plugins().size(), plugins.plugins().toString());
        }
    }

    @Test
    void missingAndBlankEntriesAreSkipped() {
        assertTrue(PluginPath.parse(null).isEmpty());
        assertTrue(PluginPath.parse(" , ").isEmpty());
        assertEquals(3, PluginPath.parse(tmp.resolve("nope") + "," + first + ",," + second).size());
    }

    @Test
    void aJarNamedDirectlyInPluginPathIsOneLocation() {
        Path jar = first.resolve("uber-plugin.jar");
        assertEquals(List.of(new PluginLocation(jar, List.of(jar))), PluginPath.parse(jar.toString()));
    }
}
