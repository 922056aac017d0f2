/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.storage.ConverterType;
import org.junit.jupiter.api.Test;

/** The converter's settings: the definition must be Apache's, key by key and attribute by attribute. */
class JsonConverterConfigTest {

    private static final String APACHE_CONFIG = "org.apache.kafka.connect.json.JsonConverterConfig";

    private final ApacheOracle apache = ApacheOracle.get();

    @Test
    void everyKeyHasApachesTypeDefaultValidatorImportanceDocumentationAndGroup() {
        Object apacheDef = apache.callStatic(APACHE_CONFIG, "configDef");
        assertEquals(describeKeys(apache.call(apacheDef, "configKeys")),
                describeKeys(JsonConverterConfig.configDef().configKeys()));
        assertEquals(apache.call(apacheDef, "groups"), JsonConverterConfig.configDef().groups());
    }

    @Test
    void renderedDocumentationIsApaches() {
        Object apacheDef = apache.callStatic(APACHE_CONFIG, "configDef");
        assertEquals(apache.call(apacheDef, "toRst"), JsonConverterConfig.configDef().toRst());
        assertEquals(apache.call(apacheDef, "toEnrichedRst"), JsonConverterConfig.configDef().toEnrichedRst());
        assertEquals(apache.call(apacheDef, "toHtml"), JsonConverterConfig.configDef().toHtml());
    }

    @Test
    void parsedSettingsAndValidationErrorsMatchApache() {
        List<Map<String, Object>> inputs = List.of(
                Map.of("converter.type", "key"),
                Map.of("converter.type", "value", "schemas.enable", "false", "schemas.cache.size", "5"),
                Map.of("converter.type", "header", "decimal.format", "numeric"),
                Map.of("converter.type", "key", "decimal.format", "Base64"),
                Map.of("converter.type", "key", "decimal.format", "bogus"),
                Map.of("converter.type", "key", "schemas.cache.size", "-1"),
                Map.of("converter.type", "key", "schemas.cache.size", "many"),
                Map.of("converter.type", "key", "schemas.enable", "maybe"),
                Map.of("converter.type", "key", "replace.null.with.default", false),
                Map.of("converter.type", "key", "schema.content", ""),
                Map.of("converter.type", "key", "schema.content", " \t\n"),
                Map.of("converter.type", "key", "schema.content", "  {\"type\":\"string\"} "),
                Map.of("converter.type", "key", "schema.content", "null"),
                Map.of("converter.type", "bogus"),
                Map.of());
        for (Map<String, Object> input : inputs) {
            String expected = ApacheOracle.outcome(() -> describeConfig(apache.create(APACHE_CONFIG, input)));
            String actual = ApacheOracle.outcome(() -> describeConfig(new JsonConverterConfig(input)));
            assertEquals(expected, actual, input.toString());
        }
    }

    @Test
    void defaultsAreSchemasOnBase64DecimalsNullsReplacedAndAThousandCachedSchemas() {
        JsonConverterConfig config = new JsonConverterConfig(Map.of("converter.type", "value"));
        assertTrue(config.schemasEnabled());
        assertEquals(DecimalFormat.BASE64, config.decimalFormat());
        assertTrue(config.replaceNullWithDefault());
        assertEquals(1000, config.schemaCacheSize());
        assertNull(config.schemaContent());
        assertEquals(ConverterType.VALUE, config.type());
    }

    @Test
    void decimalFormatIsCaseInsensitive() {
        assertEquals(DecimalFormat.NUMERIC,
                new JsonConverterConfig(Map.of("converter.type", "key", "decimal.format", "nUmErIc")).decimalFormat());
    }

    @Test
    void schemaContentIsTrimmedAndBlankMeansUnset() {
        JsonConverterConfig config = new JsonConverterConfig(Map.of("converter.type", "key",
                "schema.content", " {\"type\":\"string\"}\n"));
        assertEquals("{\"type\":\"string\"}", new String(config.schemaContent(), StandardCharsets.UTF_8));
        assertNull(new JsonConverterConfig(Map.of("converter.type", "key", "schema.content", "  "))
                .schemaContent());
    }

    @Test
    void anUnknownDecimalFormatIsRejected() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new JsonConverterConfig(Map.of("converter.type", "key", "decimal.format", "hex")));
        assertEquals("Invalid value hex for configuration decimal.format: String must be one of (case insensitive): "
                + "NUMERIC, BASE64", e.getMessage());
    }

    @Test
    void constantsAreApaches() throws Exception {
        for (Field field : JsonConverterConfig.class.getFields()) {
            Object apacheValue = apache.type(APACHE_CONFIG).getField(field.getName()).get(null);
            assertEquals(apacheValue, field.get(null), field.getName());
        }
        assertFalse(JsonConverterConfig.configDef().configKeys().get("converter.type").hasDefault());
        assertSame(JsonConverterConfig.configDef(), JsonConverterConfig.configDef());
    }

    private static List<String> describeKeys(Object configKeys) {
        List<String> keys = new ArrayList<>();
        for (Object key : ((Map<?, ?>) configKeys).values()) {
            StringBuilder text = new StringBuilder();
            for (String attribute : List.of("name", "type", "documentation", "validator", "importance", "group",
                    "orderInGroup", "width", "displayName", "dependents", "internalConfig", "alternativeString")) {
                text.append(attribute).append('=').append(field(key, attribute)).append("; ");
            }
            text.append("default=").append(hasDefault(key) ? Describe.value(field(key, "defaultValue")) : "<none>");
            text.append("; recommender=").append(field(key, "recommender") == null ? "none" : "some");
            keys.add(text.toString());
        }
        return keys;
    }

    private static boolean hasDefault(Object key) {
        try {
            return (Boolean) key.getClass().getMethod("hasDefault").invoke(key);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object field(Object target, String name) {
        try {
            return target.getClass().getField(name).get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describeConfig(Object config) throws ReflectiveOperationException {
        StringBuilder text = new StringBuilder();
        for (String getter : List.of("schemasEnabled", "schemaCacheSize", "decimalFormat", "replaceNullWithDefault",
                "type")) {
            text.append(getter).append('=').append(config.getClass().getMethod(getter).invoke(config)).append(' ');
        }
        byte[] content = (byte[]) config.getClass().getMethod("schemaContent").invoke(config);
        text.append("schemaContent=").append(content == null ? "null" : new String(content, StandardCharsets.UTF_8));
        Object values = config.getClass().getMethod("values").invoke(config);
        return text.append(" values=").append(new TreeMap<>((Map<?, ?>) values)).toString();
    }
}
