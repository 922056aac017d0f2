/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SimpleConfigTest {

    private static final ConfigDef DEF = new ConfigDef()
            .define("x", ConfigDef.Type.INT, 1, ConfigDef.Importance.LOW, "doc");

    @Test
    void parsesDefinedKeysAndKeepsUnknownOnesAsOriginals() {
        SimpleConfig config = new SimpleConfig(DEF, Map.of("x", "5", "y", "z"));

        assertEquals(5, config.getInt("x"));
        assertEquals(Map.of("x", "5", "y", "z"), config.originals());
        assertEquals(Map.of("x", 5), config.values());
    }

    @Test
    void invalidValueNamesTheKeyAndReason() {
        ConfigException e = assertThrows(ConfigException.class, () -> new SimpleConfig(DEF, Map.of("x", "five")));
        assertEquals("Invalid value five for configuration x: Not a number of type INT", e.getMessage());
    }

    @Test
    void readingAnUndefinedKeyFails() {
        SimpleConfig config = new SimpleConfig(DEF, Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> config.getString("zz"));
        assertEquals("Unknown configuration 'zz'", e.getMessage());
    }

    @Test
    void keysMustBeStrings() {
        Map<Object, Object> props = new HashMap<>();
        props.put(1, "a");
        ConfigException e = assertThrows(ConfigException.class, () -> new SimpleConfig(DEF, props));
        assertEquals("Invalid value a for configuration 1: Key must be a string.", e.getMessage());
    }
}
