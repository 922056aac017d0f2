/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.SinkConnectorConfig;
import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Validates a connector config the way {@code PUT /connector-plugins/<plugin>/config/validate} reports it: the
 * worker's enriched connector definition (source or sink) first, then the connector's own keys from
 * {@code connector.validate()}, with one error count over both.
 */
public final class ConnectorValidation {

    private final Plugins plugins;
    private final boolean topicCreationEnabled;
    private final boolean exactlyOnceSourceEnabled;

    /** @param exactlyOnceSourceEnabled whether this worker runs source tasks with exactly-once support */
    public ConnectorValidation(Plugins plugins, boolean topicCreationEnabled, boolean exactlyOnceSourceEnabled) {
        this.plugins = plugins;
        this.topicCreationEnabled = topicCreationEnabled;
        this.exactlyOnceSourceEnabled = exactlyOnceSourceEnabled;
    }

    /**
     * Validates {@code config} and refuses it, with every error message, when anything is wrong.
     *
     * @throws BadRequestException when the config has errors or names no known connector class
     */
    public void requireValid(Map<String, String> config) {
        ConfigValidation result = validate(config);
        if (result.errorCount() > 0) {
            StringBuilder message = new StringBuilder("Connector configuration is invalid and contains the following "
                    + result.errorCount() + " error(s):");
            result.errorMessages().forEach(error -> message.append('\n').append(error));
            message.append("\nYou can also find the above list of errors at the endpoint"
                    + " `/connector-plugins/{connectorType}/config/validate`");
            throw new BadRequestException(message.toString());
        }
    }

    /**
     * @throws BadRequestException when the config names no connector class or an unknown one
     */
    public ConfigValidation validate(Map<String, String> config) {
        String className = config.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG);
        if (className == null || className.isBlank()) {
            // Printed in HashMap order, as Apache prints it ({name=x, topic=t}), not in the order it was sent.
            throw new BadRequestException("Connector config " + new HashMap<>(config) + " contains no connector type");
        }
        PluginDesc plugin = findConnector(className, config.get(ConnectorConfig.CONNECTOR_VERSION));
        boolean sink = plugin.type() == PluginType.SINK;
        Map<String, ConfigValue> workerValues = sink
                ? SinkConnectorConfig.validateAll(plugins, config)
                : SourceConnectorConfig.validateAll(plugins, config, topicCreationEnabled);
        ConfigDef workerDef = sink
                ? SinkConnectorConfig.enrichedConfigDef(plugins, config)
                : SourceConnectorConfig.enrichedConfigDef(plugins, config, topicCreationEnabled);

        Connector connector = plugins.newInstance(plugin, Connector.class);
        ConfigDef connectorDef;
        Config connectorResult;
        try (LoaderSwap swap = Plugins.withClassLoader(connector)) {
            connectorDef = connector.config();
            connectorResult = connector.validate(new LinkedHashMap<>(config));
        }
        if (connector instanceof SourceConnector source) {
            ExactlyOnceChecks.check(source, config, workerValues, exactlyOnceSourceEnabled);
        }
        Set<String> groups = new LinkedHashSet<>();
        List<ConfigValidation.ValidatedValue> infos = new ArrayList<>();
        int errors = add(workerDef, workerValues, groups, infos);
        Map<String, ConfigValue> own = new LinkedHashMap<>();
        if (connectorResult != null) {
            for (ConfigValue value : connectorResult.configValues()) {
                if (!workerValues.containsKey(value.name())) {
                    own.put(value.name(), value);
                }
            }
        }
        errors += add(connectorDef == null ? new ConfigDef() : connectorDef, own, groups, infos);
        return new ConfigValidation(className, errors, List.copyOf(groups), infos);
    }

    private static int add(ConfigDef def, Map<String, ConfigValue> values, Set<String> groups,
                           List<ConfigValidation.ValidatedValue> infos) {
        def.groups().forEach(group -> {
            if (group != null) {
                groups.add(group);
            }
        });
        int errors = 0;
        for (ConfigValue value : inDefinitionOrder(def, values)) {
            ConfigDef.ConfigKey key = def.configKeys().get(value.name());
            if (key != null && key.group != null) {
                groups.add(key.group);
            }
            errors += value.errorMessages().size();
            infos.add(new ConfigValidation.ValidatedValue(key, value));
        }
        return errors;
    }

    // Validation results come back keyed in hash order; Apache lists them as the definition declares them.
    private static List<ConfigValue> inDefinitionOrder(ConfigDef def, Map<String, ConfigValue> values) {
        List<ConfigValue> ordered = new ArrayList<>();
        for (String name : def.configKeys().keySet()) {
            ConfigValue value = values.get(name);
            if (value != null) {
                ordered.add(value);
            }
        }
        for (ConfigValue value : values.values()) {
            if (!def.configKeys().containsKey(value.name())) {
                ordered.add(value);
            }
        }
        return ordered;
    }

    private PluginDesc findConnector(String classOrAlias, String version) {
        for (PluginType type : List.of(PluginType.SOURCE, PluginType.SINK)) {
            try {
                return plugins.find(classOrAlias, type, version);
            } catch (ConnectException notThisType) {
                // try the other connector type
            }
        }
        List<String> available = new ArrayList<>();
        for (PluginType type : List.of(PluginType.SINK, PluginType.SOURCE)) {
            plugins.plugins(type).forEach(desc -> available.add(desc.toString()));
        }
        throw new BadRequestException("Failed to find any class that implements Connector and which name matches "
                + classOrAlias + ", available connectors are: " + String.join(", ", available));
    }

    /** True when the named connector plugin is a sink. */
    public boolean isSink(String classOrAlias, String version) {
        return SinkConnector.class.isAssignableFrom(findConnector(classOrAlias, version).pluginClass());
    }
}
