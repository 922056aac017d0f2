/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.PluginVersionKeys;
import dev.sluice.connect.isolation.Plugins;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/**
 * Adds the keys of the configured transformations and predicates to a connector's definition: for each alias its
 * type and version keys, then the plugin's own keys (and, for a transformation, {@code predicate} and
 * {@code negate}) under the alias prefix, sorted by name, as Apache's worker lists them.
 */
final class TransformsConfigDef {

    static final String TYPE = "type";
    static final String PREDICATE = "predicate";
    static final String NEGATE = "negate";

    /** The enriched definition, the errors found while resolving plugins (by key), and the resolved plugins. */
    record Enrichment(ConfigDef def, Map<String, List<String>> errors, Map<String, PluginDesc> plugins) {
    }

    private enum Kind {
        TRANSFORMATION(ConnectorConfig.TRANSFORMS_CONFIG, "Transforms", "Transformation", "transformation",
                PluginType.TRANSFORMATION),
        PREDICATE(ConnectorConfig.PREDICATES_CONFIG, "Predicates", "Predicate", "predicate", PluginType.PREDICATE);

        final String listKey;
        final String group;
        final String title;
        final String noun;
        final PluginType type;

        Kind(String listKey, String group, String title, String noun, PluginType type) {
            this.listKey = listKey;
            this.group = group;
            this.title = title;
            this.noun = noun;
            this.type = type;
        }

        String prefix(String alias) {
            return listKey + "." + alias + ".";
        }
    }

    private final Plugins plugins;
    private final Map<String, String> props;
    private final boolean requireFull;
    private final ConfigDef def;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final Map<String, PluginDesc> resolved = new LinkedHashMap<>();

    private TransformsConfigDef(Plugins plugins, ConfigDef baseDef, Map<String, String> props, boolean requireFull) {
        this.plugins = plugins;
        this.props = props;
        this.requireFull = requireFull;
        this.def = new ConfigDef(baseDef);
    }

    /**
     * Enriches {@code baseDef} for {@code props}.
     *
     * @param requireFull throw the first problem as a {@link ConfigException} instead of collecting it
     */
    static Enrichment enrich(Plugins plugins, ConfigDef baseDef, Map<String, String> props, boolean requireFull) {
        TransformsConfigDef enricher = new TransformsConfigDef(plugins, baseDef, props, requireFull);
        Set<String> predicates = aliases(props.get(ConnectorConfig.PREDICATES_CONFIG));
        for (String alias : aliases(props.get(ConnectorConfig.TRANSFORMS_CONFIG))) {
            enricher.addPlugin(Kind.TRANSFORMATION, alias, predicates);
        }
        for (String alias : predicates) {
            enricher.addPlugin(Kind.PREDICATE, alias, predicates);
        }
        return new Enrichment(enricher.def, enricher.errors, enricher.resolved);
    }

    /** The distinct aliases of a comma-separated list setting, in order. */
    static Set<String> aliases(String list) {
        Set<String> aliases = new LinkedHashSet<>();
        if (list != null) {
            for (String alias : list.split(",")) {
                if (!alias.isBlank()) {
                    aliases.add(alias.trim());
                }
            }
        }
        return aliases;
    }

    /** The key under which a resolved plugin is recorded: its type key, e.g. {@code transforms.mask.type}. */
    static String typeKey(String listKey, String alias) {
        return listKey + "." + alias + "." + TYPE;
    }

    private void addPlugin(Kind kind, String alias, Set<String> declaredPredicates) {
        String prefix = kind.prefix(alias);
        String typeKey = prefix + TYPE;
        String versionKey = PluginVersionKeys.versionKeyFor(typeKey);
        String group = kind.group + ": " + alias;
        def.define(new ConfigKey(typeKey, Type.CLASS, ConfigDef.NO_DEFAULT_VALUE, null, Importance.HIGH,
                "Class for the '" + alias + "' " + kind.noun + ".", group, 0, Width.LONG,
                kind.title + " type for " + alias, List.of(), null, false));
        PluginDesc plugin = resolve(kind, typeKey, versionKey);
        def.define(new ConfigKey(versionKey, Type.STRING, plugin == null ? null : plugin.version(),
                PluginVersionValidator.INSTANCE, Importance.HIGH, "Version of the '" + alias + "' " + kind.noun + ".",
                group, 1, Width.LONG, kind.title + " version for " + alias, List.of(), null, false));
        Map<String, ConfigKey> ownKeys = new TreeMap<>();
        if (plugin != null) {
            resolved.put(typeKey, plugin);
            ConfigDef pluginDef = pluginConfigDef(kind, plugin, typeKey);
            if (pluginDef != null) {
                ownKeys.putAll(pluginDef.configKeys());
            }
        }
        if (kind == Kind.TRANSFORMATION) {
            ownKeys.putIfAbsent(NEGATE, new ConfigKey(NEGATE, Type.BOOLEAN, false, null, Importance.MEDIUM,
                    "Whether the configured predicate should be negated.", null, -1, Width.NONE, NEGATE, List.of(),
                    null, false));
            ownKeys.putIfAbsent(PREDICATE, new ConfigKey(PREDICATE, Type.STRING, null, null, Importance.MEDIUM,
                    "The alias of a predicate used to determine whether to apply this transformation.", null, -1,
                    Width.NONE, PREDICATE, List.of(), null, false));
            checkPredicateReference(prefix, typeKey, declaredPredicates);
        }
        int order = 2;
        for (ConfigKey key : ownKeys.values()) {
            List<String> dependents = new ArrayList<>();
            key.dependents.forEach(dependent -> dependents.add(prefix + dependent));
            def.define(new ConfigKey(prefix + key.name, key.type, key.defaultValue, key.validator, key.importance,
                    key.documentation, group, order++, Width.NONE, key.name, dependents, null, key.internalConfig));
        }
    }

    private PluginDesc resolve(Kind kind, String typeKey, String versionKey) {
        String value = props.get(typeKey);
        if (value == null || value.isBlank()) {
            if (requireFull) {
                throw new ConfigException(typeKey, value, "Not a " + kind.title);
            }
            return null; // reported by ConfigDef as a missing required setting
        }
        try {
            return PluginResolver.resolve(plugins, typeKey, value, kind.type, props.get(versionKey));
        } catch (ConfigException e) {
            if (requireFull) {
                throw e;
            }
            if (e.getMessage() != null && !e.getMessage().contains("could not be found")) {
                // ConfigDef reports unknown classes itself; everything else needs adding here.
                addError(typeKey, e.getMessage());
                if (props.get(versionKey) != null) {
                    addError(versionKey, e.getMessage());
                }
            }
            return null;
        }
    }

    private ConfigDef pluginConfigDef(Kind kind, PluginDesc plugin, String typeKey) {
        Class<?> base = kind == Kind.TRANSFORMATION ? Transformation.class : Predicate.class;
        try {
            Object instance = plugins.newInstance(plugin, base);
            try (LoaderSwap swap = Plugins.withClassLoader(instance)) {
                return instance instanceof Transformation<?> t ? t.config() : ((Predicate<?>) instance).config();
            }
        } catch (RuntimeException e) {
            String message = "Failed to load the configuration definition of " + plugin.className() + ": " + e;
            if (requireFull) {
                throw new ConfigException(message);
            }
            addError(typeKey, message);
            return null;
        }
    }

    private void checkPredicateReference(String prefix, String typeKey, Set<String> declaredPredicates) {
        String predicateKey = prefix + PREDICATE;
        String negateKey = prefix + NEGATE;
        String predicate = props.get(predicateKey);
        if (predicate == null || predicate.isBlank()) {
            if (props.containsKey(negateKey)) {
                fail(typeKey, new ConfigException("Config '" + negateKey + "' was provided but there is no config '"
                        + predicateKey + "' defining a predicate to be negated."));
            }
            return;
        }
        if (!declaredPredicates.contains(predicate.trim())) {
            fail(predicateKey, new ConfigException(predicateKey, predicate, "Predicate alias '" + predicate.trim()
                    + "' is not declared in '" + ConnectorConfig.PREDICATES_CONFIG + "'"));
        }
    }

    private void fail(String key, ConfigException problem) {
        if (requireFull) {
            throw problem;
        }
        addError(key, problem.getMessage());
    }

    private void addError(String key, String message) {
        errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    }
}
