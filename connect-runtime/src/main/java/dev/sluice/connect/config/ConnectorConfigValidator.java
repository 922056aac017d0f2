/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.Plugins;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Validates connector settings without throwing: ConfigDef's own checks over the plugin-enriched definition, plus
 * the problems found while resolving transformations and predicates, each attached to the key it concerns.
 */
final class ConnectorConfigValidator {

    private static final String UNADDRESSABLE = "/\\%;";
    private static final String UNADDRESSABLE_DESCRIPTION = "'/', '\\', '%' or ';'";

    private ConnectorConfigValidator() {
    }

    static Map<String, ConfigValue> validate(Plugins plugins, ConfigDef baseDef, Map<String, String> props) {
        TransformsConfigDef.Enrichment enrichment = TransformsConfigDef.enrich(plugins, baseDef, props, false);
        Map<String, String> names = PluginClassValues.canonicalNames(plugins, props);
        Map<String, ConfigValue> values;
        try (LoaderSwap swap = new LoaderSwap(new PluginLookupLoader(plugins))) {
            values = new LinkedHashMap<>(enrichment.def().validateAll(names));
        }
        for (Map.Entry<String, List<String>> error : enrichment.errors().entrySet()) {
            ConfigValue value = values.computeIfAbsent(error.getKey(), ConfigValue::new);
            error.getValue().forEach(value::addErrorMessage);
        }
        String name = props.get(ConnectorConfig.NAME_CONFIG);
        unaddressable(name).ifPresent(character -> values.computeIfAbsent(ConnectorConfig.NAME_CONFIG,
                ConfigValue::new).addErrorMessage("Invalid value " + name + " for configuration "
                + ConnectorConfig.NAME_CONFIG + ": the REST API cannot address a connector whose name contains '"
                + character + "'; use a name without " + UNADDRESSABLE_DESCRIPTION));
        return values;
    }

    /**
     * The first character of {@code name} that no REST path can carry: the HTTP server refuses it encoded
     * ({@code %2F}, {@code %5C}, {@code %25}) or drops what follows it ({@code ;}), so such a connector could be
     * created but never read, changed or deleted. Checked where connectors are created and updated, not when
     * configs another worker wrote are loaded.
     */
    static Optional<Character> unaddressable(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (int i = 0; i < name.length(); i++) {
            if (UNADDRESSABLE.indexOf(name.charAt(i)) >= 0) {
                return Optional.of(name.charAt(i));
            }
        }
        return Optional.empty();
    }
}
