/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.transforms.Transformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker side is simulated with a class folder on top of the real worker classpath, holding implementation
 * classes in the packages of connect-json, connect-transforms and Jackson; the plugin bundles different copies of
 * those plus copies of worker-first classes. The names are made up so that the real JsonConverter, Cast and
 * ObjectMapper on the test classpath don't shadow the worker's copies; ThirdPartyJacksonPluginTest covers the real
 * classes.
 */
class PluginClassLoaderTest {

    @TempDir
    Path tmp;

    private URLClassLoader worker;
    private PluginClassLoader plugin;

    @BeforeEach
    void buildWorkerAndPlugin() throws IOException {
        Path workerClasses = PluginFixtures.compile(tmp.resolve("worker"), Map.of(
                "org.apache.kafka.connect.json.ShadowedConverter", marked("org.apache.kafka.connect.json.ShadowedConverter",
                        "worker"),
                "org.apache.kafka.connect.transforms.ShadowedCast", marked("org.apache.kafka.connect.transforms.ShadowedCast",
                        "worker"),
                "com.fasterxml.jackson.databind.ShadowedMapper", marked("com.fasterxml.jackson.databind.ShadowedMapper",
                        "worker")));
        worker = new URLClassLoader(new URL[] {workerClasses.toUri().toURL()}, getClass().getClassLoader());

        Path pluginClasses = PluginFixtures.compile(tmp.resolve("plugin-classes"), Map.of(
                "org.apache.kafka.connect.json.ShadowedConverter", marked("org.apache.kafka.connect.json.ShadowedConverter",
                        "plugin"),
                "org.apache.kafka.connect.transforms.ShadowedCast", marked("org.apache.kafka.connect.transforms.ShadowedCast",
                        "plugin"),
                "com.fasterxml.jackson.databind.ShadowedMapper", marked("com.fasterxml.jackson.databind.ShadowedMapper",
                        "plugin"),
                // Copies of worker-first classes the plugin must never see.
                "org.apache.kafka.connect.data.Struct", marked("org.apache.kafka.connect.data.Struct", "plugin"),
                "org.apache.kafka.connect.transforms.Transformation",
                        marked("org.apache.kafka.connect.transforms.Transformation", "plugin"),
                "org.slf4j.Logger", marked("org.slf4j.Logger", "plugin"),
                "org.apache.kafka.common.config.ConfigDef", marked("org.apache.kafka.common.config.ConfigDef",
                        "plugin")));
        Files.writeString(pluginClasses.resolve("org/apache/kafka/connect/data/notes.txt"), "plugin notes");
        Path jar = PluginFixtures.jar(tmp.resolve("plugins/bundle.jar"), pluginClasses);
        plugin = new PluginClassLoader(new PluginLocation(jar, List.of(jar)), worker);
    }

    @AfterEach
    void closeLoaders() throws IOException {
        plugin.close();
        worker.close();
    }

    @Test
    void bundledCopiesOfConnectApiTypesAreIgnoredInFavourOfTheWorkers() throws Exception {
        assertSame(Struct.class, plugin.loadClass("org.apache.kafka.connect.data.Struct"));
        assertSame(Transformation.class, plugin.loadClass("org.apache.kafka.connect.transforms.Transformation"));
    }

    @Test
    void bundledCopiesOfKafkaClientsAndSlf4jAreIgnored() throws Exception {
        assertSame(org.slf4j.Logger.class, plugin.loadClass("org.slf4j.Logger"));
        assertSame(org.apache.kafka.common.config.ConfigDef.class,
                plugin.loadClass("org.apache.kafka.common.config.ConfigDef"));
    }

    @Test
    void bundledImplementationClassesWinOverTheWorkersCopies() throws Exception {
        for (String name : List.of("org.apache.kafka.connect.json.ShadowedConverter",
                "org.apache.kafka.connect.transforms.ShadowedCast", "com.fasterxml.jackson.databind.ShadowedMapper")) {
            Class<?> fromPlugin = plugin.loadClass(name);
            assertSame(plugin, fromPlugin.getClassLoader(), name);
            assertEquals("plugin", fromPlugin.getField("ORIGIN").get(null), name);
            assertEquals("worker", worker.loadClass(name).getField("ORIGIN").get(null), name);
        }
    }

    @Test
    void classesThePluginLacksComeFromTheWorker() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (PluginClassLoader bare = new PluginClassLoader(new PluginLocation(empty, List.of(empty)), worker)) {
            assertSame(worker, bare.loadClass("org.apache.kafka.connect.json.ShadowedConverter").getClassLoader());
            assertThrows(ClassNotFoundException.class, () -> bare.loadClass("com.example.Nowhere"));
        }
    }

    @Test
    void classFileResourcesFollowTheSameRuleAsClasses() throws Exception {
        URL struct = plugin.getResource("org/apache/kafka/connect/data/Struct.class");
        assertEquals(Struct.class.getResource("Struct.class"), struct);
        URL json = plugin.getResource("org/apache/kafka/connect/json/ShadowedConverter.class");
        assertTrue(json.toString().contains("bundle.jar"), json.toString());
    }

    @Test
    void ordinaryResourcesInApiPackagesComeFromThePlugin() throws Exception {
        URL notes = plugin.getResource("org/apache/kafka/connect/data/notes.txt");
        assertNotNull(notes);
        assertTrue(notes.toString().contains("bundle.jar"));
        List<URL> all = Collections.list(plugin.getResources("org/apache/kafka/connect/json/ShadowedConverter.class"));
        assertEquals(2, all.size());
        assertTrue(all.get(0).toString().contains("bundle.jar"), "plugin's copy is listed first: " + all);
    }

    @Test
    void describesItsLocation() {
        assertTrue(plugin.toString().startsWith("PluginClassLoader{pluginLocation="));
        assertTrue(plugin.toString().contains("bundle.jar"));
    }

    private static String marked(String className, String origin) {
        return PluginFixtures.plainClass(className, "public static final String ORIGIN = \"" + origin + "\";");
    }
}
