/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.field;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.transforms.util.SimpleConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldSyntaxVersionTest {

    private static FieldSyntaxVersion fromConfig(ConfigDef def, Map<String, ?> props) {
        return FieldSyntaxVersion.fromConfig(new SimpleConfig(def, props));
    }

    @Test
    void defaultsToV1() {
        assertEquals("field.syntax.version", FieldSyntaxVersion.FIELD_SYNTAX_VERSION_CONFIG);
        assertEquals("V1", FieldSyntaxVersion.FIELD_SYNTAX_VERSION_DEFAULT_VALUE);
        assertEquals(FieldSyntaxVersion.V1, fromConfig(FieldSyntaxVersion.appendConfigTo(new ConfigDef()), Map.of()));
    }

    @Test
    void appendConfigToDefinesACaseInsensitiveStringKeyOnTheGivenDef() {
        ConfigDef def = new ConfigDef();

        assertSame(def, FieldSyntaxVersion.appendConfigTo(def));

        ConfigDef.ConfigKey key = def.configKeys().get("field.syntax.version");
        assertEquals(ConfigDef.Type.STRING, key.type);
        assertEquals("V1", key.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, key.importance);
        assertEquals("(case insensitive) [V1, V2]", key.validator.toString());
        assertEquals(FieldSyntaxVersion.FIELD_SYNTAX_VERSION_DOC, key.documentation);
    }

    @Test
    void appendingTwiceIsRejected() {
        ConfigDef def = FieldSyntaxVersion.appendConfigTo(new ConfigDef());
        ConfigException e = assertThrows(ConfigException.class, () -> FieldSyntaxVersion.appendConfigTo(def));
        assertEquals("Configuration field.syntax.version is defined twice.", e.getMessage());
    }

    @Test
    void valuesAreReadIgnoringCaseAndSurroundingSpaces() {
        ConfigDef def = FieldSyntaxVersion.appendConfigTo(new ConfigDef());
        assertEquals(FieldSyntaxVersion.V2, fromConfig(def, Map.of("field.syntax.version", "V2")));
        assertEquals(FieldSyntaxVersion.V2, fromConfig(def, Map.of("field.syntax.version", "v2")));
        assertEquals(FieldSyntaxVersion.V1, fromConfig(def, Map.of("field.syntax.version", "v1")));
        assertEquals(FieldSyntaxVersion.V2, fromConfig(def, Map.of("field.syntax.version", " V2 ")));
    }

    @Test
    void unknownVersionsAreRejectedByTheValidator() {
        ConfigDef def = FieldSyntaxVersion.appendConfigTo(new ConfigDef());
        ConfigException e = assertThrows(ConfigException.class,
                () -> fromConfig(def, Map.of("field.syntax.version", "V3")));
        assertEquals("Invalid value V3 for configuration field.syntax.version: "
                + "String must be one of (case insensitive): V1, V2", e.getMessage());
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("field.syntax.version", null);
        ConfigException nullError = assertThrows(ConfigException.class, () -> fromConfig(def, nullValue));
        assertEquals("Invalid value null for configuration field.syntax.version: "
                + "String must be one of (case insensitive): V1, V2", nullError.getMessage());
    }

    @Test
    void unknownVersionsAreRejectedEvenWithoutTheValidator() {
        ConfigDef def = new ConfigDef().define("field.syntax.version", ConfigDef.Type.STRING, "V1",
                ConfigDef.Importance.LOW, "d");
        ConfigException e = assertThrows(ConfigException.class,
                () -> fromConfig(def, Map.of("field.syntax.version", "V3")));
        assertEquals("Invalid value V3 for configuration field.syntax.version: Unrecognized field syntax version",
                e.getMessage());
    }

    @Test
    void aConfigWithoutTheKeyCannotBeRead() {
        ConfigException e = assertThrows(ConfigException.class, () -> fromConfig(new ConfigDef(), Map.of()));
        assertEquals("Unknown configuration 'field.syntax.version'", e.getMessage());
    }
}
