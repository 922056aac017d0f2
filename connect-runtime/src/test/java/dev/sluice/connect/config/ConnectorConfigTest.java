/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.Plugins;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.transforms.RegexRouter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectorConfigTest {

    static final String ROUTER = "org.apache.kafka.connect.transforms.RegexRouter";
    static final String TOPIC_MATCHES = "org.apache.kafka.connect.transforms.predicates.TopicNameMatches";

    static Plugins plugins;

    @BeforeAll
    static void discover() {
        plugins = Plugins.discover(List.of(), PluginDiscoveryMode.SERVICE_LOAD, true);
    }

    @AfterAll
    static void close() {
        plugins.close();
    }

    static Map<String, String> props(String... keyValues) {
        Map<String, String> props = new HashMap<>();
        props.put("name", "c");
        props.put("connector.class", "FileStreamSink");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    static String messageOf(Runnable action) {
        return assertThrows(ConfigException.class, action::run).getMessage();
    }

    @Test
    void commonKeysComeInApachesOrderWithItsGroups() {
        ConfigDef def = ConnectorConfig.configDef();
        assertEquals(List.of("name", "connector.class", "connector.plugin.version", "tasks.max", "tasks.max.enforce",
                "key.converter", "key.converter.plugin.version", "value.converter", "value.converter.plugin.version",
                "header.converter", "header.converter.plugin.version", "transforms", "predicates",
                "config.action.reload", "errors.retry.timeout", "errors.retry.delay.max.ms", "errors.tolerance",
                "errors.log.enable", "errors.log.include.messages"), List.copyOf(def.configKeys().keySet()));
        assertEquals(List.of("Common", "Transforms", "Predicates", "Error Handling"), def.groups());
        ConfigKey tasksMax = def.configKeys().get("tasks.max");
        assertEquals(1, tasksMax.defaultValue);
        assertEquals("Tasks max", tasksMax.displayName);
        assertEquals(4, tasksMax.orderInGroup);
        assertEquals("Maximum number of tasks to use for this connector.", tasksMax.documentation);
        assertEquals(ConfigDef.Type.CLASS, def.configKeys().get("key.converter").type);
        assertEquals(60000L, def.configKeys().get("errors.retry.delay.max.ms").defaultValue);
    }

    @Test
    void invalidCommonValuesNameTheKeyAndReason() {
        assertEquals("Invalid value 0 for configuration tasks.max: Value must be at least 1",
                messageOf(() -> new ConnectorConfig(plugins, props("tasks.max", "0"))));
        assertEquals("Invalid value some for configuration errors.tolerance: String must be one of: none, all",
                messageOf(() -> new ConnectorConfig(plugins, props("errors.tolerance", "some"))));
        assertEquals("Invalid value  for configuration name: String may not be empty",
                messageOf(() -> new ConnectorConfig(plugins, props("name", ""))));
        assertEquals("Invalid value x for configuration config.action.reload: String must be one of: none, restart",
                messageOf(() -> new ConnectorConfig(plugins, props("config.action.reload", "x"))));
    }

    @Test
    void converterAliasesResolveToTheDiscoveredClass() {
        ConnectorConfig config = new ConnectorConfig(plugins, props("value.converter", "JsonConverter"));
        assertEquals(JsonConverter.class, config.getClass("value.converter"));
        assertNull(config.getClass("key.converter"));
    }

    @Test
    void unknownConverterNamesTheKey() {
        assertEquals("Invalid value com.nope.C for configuration key.converter: Class com.nope.C could not be found.",
                messageOf(() -> new ConnectorConfig(plugins, props("key.converter", "com.nope.C"))));
        assertEquals("Class class java.lang.String does not implement the Converter interface",
                messageOf(() -> new ConnectorConfig(plugins, props("key.converter", "java.lang.String"))));
    }

    @Test
    void transformAliasGetsTypeVersionPredicateNegateAndItsOwnKeys() {
        ConfigDef def = ConnectorConfig.enrichedConfigDef(plugins,
                props("transforms", "route", "transforms.route.type", "RegexRouter"));
        Map<String, ConfigKey> keys = def.configKeys();
        ConfigKey type = keys.get("transforms.route.type");
        assertEquals(ConfigDef.Type.CLASS, type.type);
        assertEquals("Class for the 'route' transformation.", type.documentation);
        assertEquals("Transformation type for route", type.displayName);
        assertEquals("Transforms: route", type.group);
        assertFalse(type.hasDefault());
        ConfigKey version = keys.get("transforms.route.plugin.version");
        assertEquals(new RegexRouter<>().version(), version.defaultValue);
        assertEquals("Version of the 'route' transformation.", version.documentation);
        List<String> ownKeys = keys.keySet().stream().filter(key -> key.startsWith("transforms.route.")).toList();
        assertEquals(List.of("transforms.route.type", "transforms.route.plugin.version", "transforms.route.negate",
                "transforms.route.predicate", "transforms.route.regex", "transforms.route.replacement"), ownKeys);
        ConfigKey negate = keys.get("transforms.route.negate");
        assertEquals(2, negate.orderInGroup);
        assertEquals(false, negate.defaultValue);
        assertEquals("negate", negate.displayName);
        assertEquals("Whether the configured predicate should be negated.", negate.documentation);
        assertEquals(ConfigDef.Width.NONE, keys.get("transforms.route.regex").width);
        assertTrue(def.groups().contains("Transforms: route"));
    }

    @Test
    void predicateAliasGetsTypeVersionAndItsOwnKeys() {
        ConfigDef def = ConnectorConfig.enrichedConfigDef(plugins, props("predicates", "p",
                "predicates.p.type", TOPIC_MATCHES));
        Map<String, ConfigKey> keys = def.configKeys();
        assertEquals("Predicate type for p", keys.get("predicates.p.type").displayName);
        assertEquals("Class for the 'p' predicate.", keys.get("predicates.p.type").documentation);
        assertEquals("Predicates: p", keys.get("predicates.p.pattern").group);
        assertEquals(2, keys.get("predicates.p.pattern").orderInGroup);
        assertFalse(keys.containsKey("predicates.p.negate"));
    }

    @Test
    void unknownTransformTypeNamesTheKey() {
        assertEquals("Invalid value com.nope.Nope for configuration transforms.x.type: Class com.nope.Nope could not"
                + " be found.", messageOf(() -> new ConnectorConfig(plugins,
                props("transforms", "x", "transforms.x.type", "com.nope.Nope"))));
    }

    @Test
    void missingTransformTypeNamesTheKey() {
        assertEquals("Invalid value null for configuration transforms.x.type: Not a Transformation",
                messageOf(() -> new ConnectorConfig(plugins, props("transforms", "x"))));
        Map<String, ConfigValue> values = ConnectorConfig.validate(plugins, ConnectorConfig.configDef(),
                props("transforms", "x"));
        assertEquals(List.of("Missing required configuration \"transforms.x.type\" which has no default value."),
                values.get("transforms.x.type").errorMessages());
    }

    @Test
    void classThatIsNotATransformationIsRejected() {
        assertEquals("Class class java.lang.String does not implement the Transformation interface",
                messageOf(() -> new ConnectorConfig(plugins,
                        props("transforms", "x", "transforms.x.type", "java.lang.String"))));
    }

    @Test
    void negateWithoutPredicateIsRejected() {
        assertEquals("Config 'transforms.x.negate' was provided but there is no config 'transforms.x.predicate'"
                + " defining a predicate to be negated.", messageOf(() -> new ConnectorConfig(plugins,
                props("transforms", "x", "transforms.x.type", "Filter", "transforms.x.negate", "true"))));
    }

    @Test
    void predicateAliasNotDeclaredInPredicatesNamesTheKey() {
        String message = messageOf(() -> new ConnectorConfig(plugins,
                props("transforms", "x", "transforms.x.type", "Filter", "transforms.x.predicate", "p")));
        assertEquals("Invalid value p for configuration transforms.x.predicate: Predicate alias 'p' is not declared"
                + " in 'predicates'", message);
    }

    @Test
    void duplicateTransformAliasesAreRejected() {
        assertEquals("Invalid value [x, x] for configuration transforms: Duplicate alias provided.",
                messageOf(() -> new ConnectorConfig(plugins,
                        props("transforms", "x,x", "transforms.x.type", "Filter"))));
    }

    @Test
    void transformationSettingsAreCheckedUnderTheAliasPrefix() {
        assertEquals("Missing required configuration \"transforms.r.regex\" which has no default value.",
                messageOf(() -> new ConnectorConfig(plugins, props("transforms", "r", "transforms.r.type", ROUTER))));
    }

    @Test
    void unknownTransformVersionIsRejected() {
        String message = messageOf(() -> new ConnectorConfig(plugins, props("transforms", "r",
                "transforms.r.type", ROUTER, "transforms.r.plugin.version", "[9.9]")));
        assertTrue(message.contains(ROUTER), message);
    }

    @Test
    void aNullValueIsAnErrorOnItsKeyWhetherOrNotTheKeyIsDefined() {
        Map<String, String> config = props("topics", "t");
        config.put("custom.setting", null);
        config.put("tasks.max", null);
        Map<String, ConfigValue> values = ConnectorConfig.validate(plugins, ConnectorConfig.configDef(), config);
        for (String key : List.of("custom.setting", "tasks.max")) {
            assertEquals(List.of("Invalid value null for configuration " + key + ": a connector config value cannot"
                    + " be null; give it a value or leave the key out"), values.get(key).errorMessages());
        }
    }

    @Test
    void namesThatNoRestPathCanCarryAreErrors() {
        Map<String, String> dots = props("topics", "t", "name", "..");
        assertEquals(List.of("Invalid value .. for configuration name: the REST API cannot address a connector named"
                + " '..' (the HTTP server reads it as a relative path); use another name"), ConnectorConfig.validate(
                plugins, ConnectorConfig.configDef(), dots).get("name").errorMessages());
        // 4096 bytes once URL-encoded is the most an addressable name may take; "é" takes 6 (%C3%A9).
        Map<String, String> longest = props("topics", "t", "name", "é".repeat(682) + "abcd");
        assertTrue(ConnectorConfig.validate(plugins, ConnectorConfig.configDef(), longest).get("name")
                .errorMessages().isEmpty());
        Map<String, String> tooLong = props("topics", "t", "name", "é".repeat(682) + "abcde");
        assertEquals(List.of("Invalid value " + "é".repeat(40) + "... for configuration name: a name of 687"
                + " characters takes 4097 bytes in a URL, more than the 4096 the REST API can address; use a shorter"
                + " name"), ConnectorConfig.validate(plugins, ConnectorConfig.configDef(), tooLong).get("name")
                .errorMessages());
    }

    @Test
    void validationReportsEveryKeyWithItsErrorsInsteadOfThrowing() {
        Map<String, ConfigValue> values = ConnectorConfig.validate(plugins, ConnectorConfig.configDef(),
                props("tasks.max", "0", "transforms", "r,bad", "transforms.r.type", "RegexRouter",
                        "transforms.bad.type", "com.nope.Nope"));
        assertEquals(List.of("Invalid value 0 for configuration tasks.max: Value must be at least 1"),
                values.get("tasks.max").errorMessages());
        assertEquals("Missing required configuration \"transforms.r.regex\" which has no default value.",
                values.get("transforms.r.regex").errorMessages().get(0));
        assertTrue(values.get("transforms.r.type").errorMessages().isEmpty());
        assertEquals(List.of("Invalid value com.nope.Nope for configuration transforms.bad.type: Class com.nope.Nope"
                + " could not be found."), values.get("transforms.bad.type").errorMessages());
        assertTrue(values.containsKey("errors.log.enable"));
    }

    @Test
    void configuredTransformationsExposeTheirPredicateAndNegation() {
        ConnectorConfig config = new ConnectorConfig(plugins, props("transforms", "f,r",
                "transforms.f.type", "Filter", "transforms.f.predicate", "p", "transforms.f.negate", "true",
                "transforms.r.type", ROUTER, "transforms.r.regex", "a", "transforms.r.replacement", "b",
                "predicates", "p", "predicates.p.type", "TopicNameMatches", "predicates.p.pattern", "t.*"));
        assertEquals(List.of("f", "r"), config.transformAliases());
        assertEquals("p", config.transformationPredicate("f"));
        assertTrue(config.transformationNegated("f"));
        assertNull(config.transformationPredicate("r"));
        assertEquals(ROUTER, config.transformationPlugin("r").className());
        assertEquals(TOPIC_MATCHES, config.predicatePlugin("p").className());
        assertEquals("a", config.settingsWithPrefix("transforms.r.").get("regex"));
    }
}
