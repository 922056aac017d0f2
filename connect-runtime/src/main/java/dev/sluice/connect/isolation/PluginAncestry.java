/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a class has a plugin type among its ancestors, walked through the class-file headers of one location.
 * The answer is unknown when an ancestor cannot be loaded at all: such a class is loaded for real, so that a plugin
 * missing a dependency is reported rather than silently passed over.
 * A supertype the location does not hold is loaded (without initializing) from the location's loader, which sees
 * the Connect API and the worker's classes; the JDK's own types are never plugin types and are not loaded.
 * Answers are remembered, so each class of a location is looked at once.
 */
final class PluginAncestry {

    /** Plugin types by name: a location may bundle its own copy of the Connect API, whose headers end the walk. */
    private static final Set<String> PLUGIN_TYPE_NAMES = Arrays.stream(PluginType.values())
            .map(type -> type.superType().getName())
            .collect(Collectors.toUnmodifiableSet());

    private final Map<String, ClassFileHeader> headers;
    private final ClassLoader loader;
    private final Map<String, Reach> reaches = new HashMap<>();

    /** What the ancestry of a class says about it. */
    enum Reach {
        PLUGIN_TYPE, NO_PLUGIN_TYPE, UNKNOWN;

        /** Plugin type wins over unknown, which wins over none. */
        Reach or(Reach other) {
            if (this == PLUGIN_TYPE || other == PLUGIN_TYPE) {
                return PLUGIN_TYPE;
            }
            return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NO_PLUGIN_TYPE;
        }
    }

    PluginAncestry(Map<String, ClassFileHeader> headers, ClassLoader loader) {
        this.headers = headers;
        this.loader = loader;
    }

    /** Whether {@code className} is, extends or implements one of the plugin types. */
    Reach reach(String className) {
        // Iterative depth-first walk: deep hierarchies must not overflow the stack, and a cycle (only possible in
        // broken class files) ends as "no".
        Deque<String> pending = new ArrayDeque<>();
        pending.push(className);
        while (!pending.isEmpty()) {
            String current = pending.peek();
            if (reaches.containsKey(current)) {
                pending.pop();
                continue;
            }
            if (PLUGIN_TYPE_NAMES.contains(current)) {
                reaches.put(current, Reach.PLUGIN_TYPE);
                pending.pop();
                continue;
            }
            ClassFileHeader header = headers.get(current);
            if (header == null) {
                reaches.put(current, outsideReaches(current));
                pending.pop();
                continue;
            }
            String unresolved = null;
            Reach combined = Reach.NO_PLUGIN_TYPE;
            for (String supertype : header.supertypes()) {
                Reach known = reaches.get(supertype);
                if (known == null && !pending.contains(supertype)) {
                    unresolved = supertype;
                    break;
                }
                combined = combined.or(known == null ? Reach.NO_PLUGIN_TYPE : known);
            }
            if (unresolved != null && combined != Reach.PLUGIN_TYPE) {
                pending.push(unresolved);
            } else {
                reaches.put(current, combined);
                pending.pop();
            }
        }
        return reaches.get(className);
    }

    private Reach outsideReaches(String className) {
        if (className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.")) {
            return Reach.NO_PLUGIN_TYPE;
        }
        Class<?> cls;
        try {
            cls = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Reach.UNKNOWN;
        }
        for (PluginType type : PluginType.values()) {
            if (type.superType().isAssignableFrom(cls)) {
                return Reach.PLUGIN_TYPE;
            }
        }
        return Reach.NO_PLUGIN_TYPE;
    }
}
