/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.Plugins;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Validates connector settings without throwing: ConfigDef's own checks over the plugin-enriched definition, plus
 * the problems found while resolving transformations and predicates, each attached to the key it concerns, keys
 * whose value is null, and a name the REST API could not address ({@link AddressableNames}).
 */
final class ConnectorConfigValidator {

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
        props.forEach((key, value) -> {
            // A null passes ConfigDef's checks when the key has no validator, and then breaks whatever copies the
            // config to start the connector.
            ConfigValue checked = values.get(key);
            if (value == null && (checked == null || checked.errorMessages().isEmpty())) {
                values.computeIfAbsent(key, ConfigValue::new).addErrorMessage("Invalid value null for configuration "
                        + key + ": a connector config value cannot be null; give it a value or leave the key out");
            }
        });
        AddressableNames.problem(props.get(ConnectorConfig.NAME_CONFIG)).ifPresent(problem -> values
                .computeIfAbsent(ConnectorConfig.NAME_CONFIG, ConfigValue::new).addErrorMessage(problem));
        return values;
    }
}
