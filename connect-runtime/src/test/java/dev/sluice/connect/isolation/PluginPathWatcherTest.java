/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator drops a plugin into a plugin.path directory of a running worker: once the watcher has seen it
 * unchanged twice, the worker lists it and can run it, with no restart; what it had before stays as it was.
 */
class PluginPathWatcherTest {

    private static final String ORDERS = "com.example.orders.OrdersSourceConnector";
    private static final String INVOICES = "com.example.invoices.InvoicesSinkConnector";

    @TempDir
    Path tmp;

    private Path pluginPath;
    private Plugins plugins;
    private PluginPathWatcher watcher;

    @BeforeEach
    void workerRunningWithOnePlugin() throws Exception {
        pluginPath = tmp.resolve("plugins");
        PluginFixtures.jar(pluginPath.resolve("orders.jar"), PluginFixtures.compile(tmp.resolve("orders-classes"),
                Map.of(ORDERS, PluginFixtures.sourceConnector(ORDERS, "1.0"))));
        plugins = Plugins.discover(PluginPath.parse(pluginPath.toString()), PluginDiscoveryMode.HYBRID_WARN, false);
        watcher = new PluginPathWatcher(pluginPath.toString(), plugins);
    }

    @AfterEach
    void stopWorker() {
        plugins.close();
    }

    @Test
    void aDroppedJarIsUsableOnceItHasStoppedChanging() throws Exception {
        assertThrows(ConnectException.class, () -> plugins.find(INVOICES, PluginType.SINK, null));
        Files.copy(invoicesJar("2.1"), pluginPath.resolve("invoices.jar"));

        assertEquals(0, watcher.look(), "first sighting: it may still be being copied");
        assertEquals(1, watcher.look());

        PluginDesc invoices = plugins.find("InvoicesSinkConnector", PluginType.SINK, null);
        assertEquals("2.1", invoices.version());
        assertEquals(INVOICES, plugins.newInstance(invoices, Connector.class).getClass().getName());
        assertEquals(List.of(INVOICES, ORDERS), plugins.plugins().stream().map(PluginDesc::className).toList());
        assertEquals(0, watcher.look(), "a location is added once");
    }

    @Test
    void aJarStillBeingWrittenWaitsUntilItStops() throws Exception {
        byte[] jar = Files.readAllBytes(invoicesJar("2.1"));
        Path target = pluginPath.resolve("invoices.jar");
        Files.write(target, Arrays.copyOf(jar, jar.length / 2));
        assertEquals(0, watcher.look());
        Files.write(target, Arrays.copyOfRange(jar, jar.length / 2, jar.length), StandardOpenOption.APPEND);
        assertEquals(0, watcher.look(), "grew since the last look");
        assertEquals(1, watcher.look());
        assertEquals("2.1", plugins.find(INVOICES, PluginType.SINK, null).version());
    }

    @Test
    void anEmptyDirectoryIsWaitedForUntilSomethingLandsInIt() throws Exception {
        Path folder = Files.createDirectories(pluginPath.resolve("invoices"));
        assertEquals(0, watcher.look());
        assertEquals(0, watcher.look(), "nothing copied into it yet");
        Files.copy(invoicesJar("2.1"), folder.resolve("invoices.jar"));
        assertEquals(0, watcher.look());
        assertEquals(1, watcher.look());
        assertEquals("2.1", plugins.find(INVOICES, PluginType.SINK, null).version());
    }

    @Test
    void aPluginInUseIsNeverReplacedUnderItsConnectors() throws Exception {
        PluginDesc before = plugins.find(ORDERS, PluginType.SOURCE, null);
        Files.delete(pluginPath.resolve("orders.jar"));
        PluginFixtures.jar(pluginPath.resolve("orders.jar"), PluginFixtures.compile(tmp.resolve("orders-2"),
                Map.of(ORDERS, PluginFixtures.sourceConnector(ORDERS, "2.0"))));

        assertEquals(0, watcher.look());
        assertEquals(0, watcher.look());

        assertSame(before, plugins.find(ORDERS, PluginType.SOURCE, null), "changing a location takes a restart");
        assertEquals("1.0", plugins.newInstance(before, Connector.class).version());
    }

    @Test
    void aNewVersionInAFolderOfItsOwnIsAddedBesideTheOldOne() throws Exception {
        PluginFixtures.jar(pluginPath.resolve("orders-2.0/orders.jar"), PluginFixtures.compile(
                tmp.resolve("orders-2"), Map.of(ORDERS, PluginFixtures.sourceConnector(ORDERS, "2.0"))));
        watcher.look();
        watcher.look();

        assertEquals("2.0", plugins.find(ORDERS, PluginType.SOURCE, null).version());
        assertEquals("1.0", plugins.find(ORDERS, PluginType.SOURCE, "1.0").version());
    }

    private Path invoicesJar(String version) throws Exception {
        Path classes = PluginFixtures.compile(tmp.resolve("invoices-classes-" + version),
                Map.of(INVOICES, PluginFixtures.sinkConnector(INVOICES, version)));
        return PluginFixtures.jar(tmp.resolve("staging/invoices-" + version + ".jar"), classes);
    }
}
