/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Short names for plugins: the simple class name, and the simple name without the type's suffix ("Connector" for
 * connectors, "Converter", "HeaderConverter", "Transformation", ...) when it ends with one. An alias that two
 * different classes share is ambiguous and rejected when used; full class names always work.
 */
final class AliasTable {

    /**
     * Classes users name in configs written for another distribution, and the Sluice plugin that stands in for
     * each when the named class itself is not installed. An installed original always wins.
     */
    static final Map<String, String> STAND_INS = Map.of(
            "io.confluent.connect.avro.AvroConverter", "dev.sluice.connect.avro.AvroConverter");

    private final Set<String> classNames = new HashSet<>();
    private final Map<String, Set<String>> classesByAlias = new HashMap<>();
    private final Map<String, Set<PluginType>> typesByClass = new HashMap<>();

    AliasTable(Collection<PluginDesc> plugins) {
        for (PluginDesc plugin : plugins) {
            classNames.add(plugin.className());
            typesByClass.computeIfAbsent(plugin.className(), name -> new HashSet<>()).add(plugin.type());
        }
        for (PluginDesc plugin : plugins) {
            for (String alias : aliasesOf(plugin.pluginClass(), plugin.type())) {
                if (!classNames.contains(alias)) {
                    classesByAlias.computeIfAbsent(alias, a -> new TreeSet<>()).add(plugin.className());
                }
            }
        }
    }

    /** The aliases a class of the given type gets, simple name first. */
    static List<String> aliasesOf(Class<?> pluginClass, PluginType type) {
        String simple = pluginClass.getSimpleName();
        String suffix = type.aliasSuffix();
        if (simple.endsWith(suffix) && simple.length() > suffix.length()) {
            return List.of(simple, simple.substring(0, simple.length() - suffix.length()));
        }
        return List.of(simple);
    }

    /**
     * The full class name that {@code name} refers to among plugins of {@code type} (any type when null).
     * Unknown names come back unchanged so the caller can report them as not found.
     */
    String resolve(String name, PluginType type) {
        if (classNames.contains(name)) {
            return name;
        }
        String standIn = STAND_INS.get(name);
        if (standIn != null && classNames.contains(standIn)) {
            return standIn;
        }
        Set<String> candidates = new TreeSet<>();
        for (String className : classesByAlias.getOrDefault(name, Set.of())) {
            if (type == null || typesByClass.get(className).contains(type)) {
                candidates.add(className);
            }
        }
        if (candidates.size() > 1) {
            throw new ConnectException("Ambiguous plugin alias '" + name + "': it matches " + candidates
                    + "; use the fully qualified class name instead");
        }
        return candidates.isEmpty() ? name : candidates.iterator().next();
    }

    /** One line per stand-in saying which class configs that name the original get, for the worker's log. */
    List<String> standInReport() {
        List<String> lines = new ArrayList<>();
        STAND_INS.forEach((original, standIn) -> {
            if (classNames.contains(original)) {
                lines.add(original + " is installed on plugin.path; configs naming it use it");
            } else if (classNames.contains(standIn)) {
                lines.add(original + " is not installed; configs naming it get " + standIn);
            }
        });
        return lines;
    }
}
