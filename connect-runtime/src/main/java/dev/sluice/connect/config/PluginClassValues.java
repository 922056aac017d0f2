/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.PluginVersionKeys;
import dev.sluice.connect.isolation.Plugins;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Prepares connector settings for parsing: every plugin-naming CLASS setting gets the discovered class itself,
 * because kafka-clients would otherwise look the name up on the worker classpath, where neither aliases nor
 * isolated plugins are visible.
 */
final class PluginClassValues {

    private PluginClassValues() {
    }

    static Map<String, Object> resolve(Plugins plugins, ConfigDef baseDef, Map<String, String> props) {
        Map<String, String> given = ConnectorConfig.withoutNulls(props);
        Map<String, Object> values = new HashMap<>(given);
        resolveConverter(plugins, baseDef, given, values, ConnectorConfig.KEY_CONVERTER_CLASS_CONFIG,
                PluginType.CONVERTER);
        resolveConverter(plugins, baseDef, given, values, ConnectorConfig.VALUE_CONVERTER_CLASS_CONFIG,
                PluginType.CONVERTER);
        resolveConverter(plugins, baseDef, given, values, ConnectorConfig.HEADER_CONVERTER_CLASS_CONFIG,
                PluginType.HEADER_CONVERTER);
        for (String alias : TransformsConfigDef.aliases(given.get(ConnectorConfig.TRANSFORMS_CONFIG))) {
            resolveType(plugins, given, values, TransformsConfigDef.typeKey(ConnectorConfig.TRANSFORMS_CONFIG, alias),
                    PluginType.TRANSFORMATION);
        }
        for (String alias : TransformsConfigDef.aliases(given.get(ConnectorConfig.PREDICATES_CONFIG))) {
            resolveType(plugins, given, values, TransformsConfigDef.typeKey(ConnectorConfig.PREDICATES_CONFIG, alias),
                    PluginType.PREDICATE);
        }
        return values;
    }

    /** The settings with every resolvable plugin alias replaced by its full class name (for string validation). */
    static Map<String, String> canonicalNames(Plugins plugins, Map<String, String> props) {
        Map<String, String> given = ConnectorConfig.withoutNulls(props);
        Map<String, String> names = new HashMap<>(given);
        canonical(plugins, names, ConnectorConfig.KEY_CONVERTER_CLASS_CONFIG, PluginType.CONVERTER);
        canonical(plugins, names, ConnectorConfig.VALUE_CONVERTER_CLASS_CONFIG, PluginType.CONVERTER);
        canonical(plugins, names, ConnectorConfig.HEADER_CONVERTER_CLASS_CONFIG, PluginType.HEADER_CONVERTER);
        for (String alias : TransformsConfigDef.aliases(given.get(ConnectorConfig.TRANSFORMS_CONFIG))) {
            canonical(plugins, names, TransformsConfigDef.typeKey(ConnectorConfig.TRANSFORMS_CONFIG, alias),
                    PluginType.TRANSFORMATION);
        }
        for (String alias : TransformsConfigDef.aliases(given.get(ConnectorConfig.PREDICATES_CONFIG))) {
            canonical(plugins, names, TransformsConfigDef.typeKey(ConnectorConfig.PREDICATES_CONFIG, alias),
                    PluginType.PREDICATE);
        }
        return names;
    }

    private static void canonical(Plugins plugins, Map<String, String> names, String key, PluginType type) {
        String value = names.get(key);
        if (value != null && !value.isBlank()) {
            names.put(key, PluginResolver.canonicalName(plugins, value, type));
        }
    }

    private static void resolveConverter(Plugins plugins, ConfigDef baseDef, Map<String, String> given,
                                         Map<String, Object> values, String key, PluginType type) {
        if (baseDef.configKeys().containsKey(key)) {
            resolveType(plugins, given, values, key, type);
        }
    }

    private static void resolveType(Plugins plugins, Map<String, String> given, Map<String, Object> values,
                                    String key, PluginType type) {
        String value = given.get(key);
        if (value == null || value.isBlank()) {
            return;
        }
        String versionSpec = given.get(PluginVersionKeys.versionKeyFor(key));
        values.put(key, PluginResolver.resolve(plugins, key, value, type, versionSpec).pluginClass());
    }
}
