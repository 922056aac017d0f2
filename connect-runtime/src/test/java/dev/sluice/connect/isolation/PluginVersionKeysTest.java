/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluginVersionKeysTest {

    @Test
    void everyPluginSettingHasAPluginVersionSibling() {
        assertEquals("connector.plugin.version", PluginVersionKeys.versionKeyFor("connector.class"));
        assertEquals("key.converter.plugin.version", PluginVersionKeys.versionKeyFor("key.converter"));
        assertEquals("value.converter.plugin.version", PluginVersionKeys.versionKeyFor("value.converter"));
        assertEquals("header.converter.plugin.version", PluginVersionKeys.versionKeyFor("header.converter"));
        assertEquals("transforms.mask.plugin.version", PluginVersionKeys.versionKeyFor("transforms.mask.type"));
        assertEquals("predicates.isFoo.plugin.version", PluginVersionKeys.versionKeyFor("predicates.isFoo.type"));
    }
}
