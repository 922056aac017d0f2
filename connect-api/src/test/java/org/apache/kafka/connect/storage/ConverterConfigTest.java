/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The shared converter settings and the string converter's own, as observed on Apache 4.3.1. */
class ConverterConfigTest {

    @Test
    void constantsHaveApachesValues() {
        assertEquals("converter.type", ConverterConfig.TYPE_CONFIG);
        assertEquals("converter.encoding", StringConverterConfig.ENCODING_CONFIG);
        assertEquals("UTF-8", StringConverterConfig.ENCODING_DEFAULT);
    }

    @Test
    void newConfigDefDefinesOnlyARequiredConverterType() {
        ConfigDef def = ConverterConfig.newConfigDef();
        assertEquals(List.of("converter.type"), List.copyOf(def.names()));
        ConfigKey type = def.configKeys().get("converter.type");
        assertEquals(ConfigDef.Type.STRING, type.type);
        assertFalse(type.hasDefault());
        assertEquals("[key, value, header]", type.validator.toString());
        assertEquals(ConfigDef.Importance.LOW, type.importance);
        assertEquals("How this converter will be used.", type.documentation);
        assertEquals("converter.type", type.displayName);
        assertNull(type.group);
        assertEquals(-1, type.orderInGroup);
        assertEquals(ConfigDef.Width.NONE, type.width);
    }

    @Test
    void newConfigDefIsANewInstanceEachTime() {
        assertNotSame(ConverterConfig.newConfigDef(), ConverterConfig.newConfigDef());
    }

    @Test
    void stringConverterConfigDefAddsTheEncodingAndIsShared() {
        ConfigDef def = StringConverterConfig.configDef();
        assertSame(def, StringConverterConfig.configDef());
        assertEquals(List.of("converter.type", "converter.encoding"), List.copyOf(def.configKeys().keySet()));
        ConfigKey encoding = def.configKeys().get("converter.encoding");
        assertEquals(ConfigDef.Type.STRING, encoding.type);
        assertEquals("UTF-8", encoding.defaultValue);
        assertNull(encoding.validator);
        assertEquals(ConfigDef.Importance.HIGH, encoding.importance);
        assertEquals("The name of the Java character set to use for encoding strings as byte arrays.",
                encoding.documentation);
        assertNull(encoding.group);
        assertEquals(-1, encoding.orderInGroup);
        assertEquals(ConfigDef.Width.MEDIUM, encoding.width);
        assertEquals("Encoding", encoding.displayName);
    }

    @Test
    void typeIsParsedFromItsLowerCaseName() {
        assertSame(ConverterType.KEY, new StringConverterConfig(Map.of("converter.type", "key")).type());
        assertSame(ConverterType.VALUE, new StringConverterConfig(Map.of("converter.type", "value")).type());
        assertSame(ConverterType.HEADER, new StringConverterConfig(Map.of("converter.type", "header")).type());
    }

    @Test
    void typeIsRequiredAndMustBeALowerCaseString() {
        assertEquals("Missing required configuration \"converter.type\" which has no default value.",
                assertThrows(ConfigException.class, () -> new StringConverterConfig(new HashMap<>())).getMessage());
        assertEquals("Invalid value KEY for configuration converter.type: String must be one of: key, value, header",
                assertThrows(ConfigException.class,
                        () -> new StringConverterConfig(Map.of("converter.type", "KEY"))).getMessage());
        assertEquals("Invalid value VALUE for configuration converter.type: Expected value to be a string, "
                        + "but it was a org.apache.kafka.connect.storage.ConverterType",
                assertThrows(ConfigException.class,
                        () -> new StringConverterConfig(Map.of("converter.type", ConverterType.VALUE))).getMessage());
    }

    @Test
    void encodingDefaultsToUtf8AndIsNotCheckedByTheConfig() {
        assertEquals("UTF-8", new StringConverterConfig(Map.of("converter.type", "key")).encoding());
        assertEquals("UTF-16", new StringConverterConfig(
                Map.of("converter.type", "key", "converter.encoding", "UTF-16")).encoding());
        assertEquals("nope", new StringConverterConfig(
                Map.of("converter.type", "key", "converter.encoding", "nope")).encoding());
    }

    @Test
    void unknownSettingsAreKeptAsOriginalsOnly() {
        StringConverterConfig config = new StringConverterConfig(Map.of("converter.type", "key", "x", "y"));
        assertEquals(Map.of("converter.type", "key", "converter.encoding", "UTF-8"), config.values());
        assertEquals(Map.of("converter.type", "key", "x", "y"), config.originals());
        assertTrue(config.equals(new StringConverterConfig(Map.of("converter.type", "key", "x", "y"))));
    }

    @Test
    void nullSettingsAreRejected() {
        assertThrows(NullPointerException.class, () -> new StringConverterConfig(null));
    }
}
