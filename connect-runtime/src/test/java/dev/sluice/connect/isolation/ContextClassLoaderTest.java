/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.connect.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextClassLoaderTest {

    private static final String SPY = "com.example.spy.SpySourceConnector";

    @TempDir
    Path tmp;

    @Test
    void pluginsAreConstructedAndAskedForTheirVersionUnderTheirOwnLoader() throws Exception {
        Path classes = PluginFixtures.compile(tmp.resolve("classes"), Map.of(SPY, PluginFixtures.connector(SPY,
                "org.apache.kafka.connect.source.SourceConnector",
                "String.valueOf(Thread.currentThread().getContextClassLoader())",
                "public final ClassLoader constructedWith = Thread.currentThread().getContextClassLoader();")));
        PluginFixtures.jar(tmp.resolve("plugins/spy/spy.jar"), classes);
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (Plugins plugins = Plugins.discover(PluginPath.parse(tmp.resolve("plugins").toString()),
                PluginDiscoveryMode.ONLY_SCAN, false)) {
            PluginDesc spy = plugins.find("SpySource", PluginType.SOURCE, null);
            // version() was called during discovery, with the plugin's loader installed.
            assertEquals(spy.loader().toString(), spy.version());

            Connector connector = plugins.newInstance(spy, Connector.class);
            assertSame(spy.loader(), connector.getClass().getField("constructedWith").get(connector));
            assertSame(before, Thread.currentThread().getContextClassLoader());

            try (LoaderSwap swap = Plugins.withClassLoader(connector)) {
                assertSame(before, swap.previous());
                assertEquals(spy.loader().toString(), connector.version());
            }
            assertSame(before, Thread.currentThread().getContextClassLoader());
        }
    }

    @Test
    void loaderSwapRestoresThePreviousLoaderEvenWhenTheCallThrows() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        ClassLoader other = new ClassLoader(null) { };
        assertThrows(IllegalStateException.class, () -> {
            try (LoaderSwap swap = new LoaderSwap(other)) {
                assertSame(before, swap.previous());
                assertSame(other, Thread.currentThread().getContextClassLoader());
                throw new IllegalStateException("plugin failed");
            }
        });
        assertSame(before, Thread.currentThread().getContextClassLoader());
    }
}
