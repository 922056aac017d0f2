/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.util.Map;

import org.apache.kafka.common.Configurable;
import org.apache.kafka.connect.components.ConnectPlugin;
import org.junit.jupiter.api.Test;

class ConnectRestExtensionTest {

    private static ConnectRestExtension extension() {
        return new ConnectRestExtension() {
            @Override
            public void register(ConnectRestExtensionContext restPluginContext) {
            }

            @Override
            public void close() {
            }

            @Override
            public void configure(Map<String, ?> configs) {
            }

            @Override
            public String version() {
                return "2.0";
            }
        };
    }

    @Test
    void configDefaultsToAFreshEmptyDefinition() {
        ConnectRestExtension extension = extension();
        assertTrue(extension.config().names().isEmpty());
        assertNotSame(extension.config(), extension.config());
    }

    @Test
    void extensionIsAConfigurableClosablePlugin() {
        assertTrue(Configurable.class.isAssignableFrom(ConnectRestExtension.class));
        assertTrue(Closeable.class.isAssignableFrom(ConnectRestExtension.class));
        assertTrue(ConnectPlugin.class.isAssignableFrom(ConnectRestExtension.class));
        assertEquals("2.0", extension().version());
    }
}
