/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.config.SinkConnectorConfig;
import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.NotFoundException;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/** Answers the plugin endpoints ({@code GET /connector-plugins} and {@code .../config}) from discovered plugins. */
public final class PluginListing {

    /** The plugin types REST lists, in Apache's order, when not only connectors are asked for. */
    private static final List<PluginType> LISTED = List.of(PluginType.SINK, PluginType.SOURCE,
            PluginType.TRANSFORMATION, PluginType.PREDICATE, PluginType.CONVERTER, PluginType.HEADER_CONVERTER);

    private final Plugins plugins;
    private final boolean topicCreationEnabled;

    public PluginListing(Plugins plugins, boolean topicCreationEnabled) {
        this.plugins = plugins;
        this.topicCreationEnabled = topicCreationEnabled;
    }

    /** Connectors (sorted by class name), then, unless {@code connectorsOnly}, the other listed types. */
    public List<PluginDesc> plugins(boolean connectorsOnly) {
        List<PluginDesc> result = new ArrayList<>();
        List<PluginDesc> connectors = new ArrayList<>(plugins.plugins(PluginType.SINK));
        connectors.addAll(plugins.plugins(PluginType.SOURCE));
        connectors.sort(null);
        result.addAll(connectors);
        if (!connectorsOnly) {
            for (PluginType type : LISTED.subList(2, LISTED.size())) {
                result.addAll(plugins.plugins(type));
            }
        }
        return dedupe(result);
    }

    private static List<PluginDesc> dedupe(List<PluginDesc> descs) {
        Map<String, PluginDesc> unique = new LinkedHashMap<>();
        descs.forEach(desc -> unique.putIfAbsent(desc.className() + "|" + desc.type().simpleName() + "|"
                + desc.version(), desc));
        return List.copyOf(unique.values());
    }

    /**
     * The keys of a plugin: its own first, then, for connectors, the worker's common source or sink keys; where both
     * define a key, the worker's definition is the one listed.
     *
     * @throws NotFoundException for a plugin that is not installed
     */
    public List<ConfigDef.ConfigKey> pluginConfig(String pluginName, String version) {
        for (PluginType type : LISTED) {
            PluginDesc desc;
            try {
                desc = plugins.find(pluginName, type, version);
            } catch (ConnectException notThisType) {
                continue;
            }
            ConfigDef def = type == PluginType.SOURCE
                    ? SourceConnectorConfig.enrichedConfigDef(plugins, Map.of(), topicCreationEnabled)
                    : type == PluginType.SINK ? SinkConnectorConfig.enrichedConfigDef(plugins, Map.of())
                    : new ConfigDef();
            ConfigDef own = ownDef(desc);
            // The plugin's own keys come first, then the worker's connector keys (Apache's order).
            List<ConfigDef.ConfigKey> keys = new ArrayList<>();
            if (own != null) {
                own.configKeys().values().stream().filter(key -> !def.configKeys().containsKey(key.name))
                        .forEach(keys::add);
            }
            def.configKeys().values().forEach(keys::add);
            return keys;
        }
        throw new NotFoundException("Unknown plugin " + pluginName + ".");
    }

    private ConfigDef ownDef(PluginDesc desc) {
        Object plugin = plugins.newInstance(desc, Object.class);
        try (LoaderSwap swap = Plugins.withClassLoader(plugin)) {
            if (plugin instanceof Connector connector) {
                return connector.config();
            } else if (plugin instanceof Transformation<?> transformation) {
                return transformation.config();
            } else if (plugin instanceof Predicate<?> predicate) {
                return predicate.config();
            } else if (plugin instanceof Converter converter) {
                return converter.config();
            } else if (plugin instanceof HeaderConverter converter) {
                return converter.config();
            }
            return null;
        }
    }

    /** The version a connector plugin reports, for statuses; null when it cannot be found. */
    public String connectorVersion(String classOrAlias, String versionSpec) {
        for (PluginType type : List.of(PluginType.SOURCE, PluginType.SINK)) {
            try {
                return plugins.find(classOrAlias, type, versionSpec).version();
            } catch (ConnectException notThisType) {
                // try the other connector type
            }
        }
        return null;
    }
}
