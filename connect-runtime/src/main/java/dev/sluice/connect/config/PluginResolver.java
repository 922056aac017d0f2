/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Turns a plugin-naming setting (class name or alias, plus its optional version setting) into a discovered plugin,
 * failing with the same messages Apache's worker uses so users see one wording whichever runtime they run.
 */
final class PluginResolver {

    private PluginResolver() {
    }

    /**
     * The plugin {@code value} names, in the version {@code versionSpec} asks for.
     *
     * @throws ConfigException naming {@code key} when the class is unknown or of the wrong kind, or when no
     *                         version matches
     */
    static PluginDesc resolve(Plugins plugins, String key, String value, PluginType type, String versionSpec) {
        String name = value.trim();
        try {
            return plugins.find(name, type, versionSpec);
        } catch (ConnectException wrongVersionOrMissing) {
            if (versionSpec != null && !versionSpec.isBlank() && isKnown(plugins, name, type)) {
                throw new ConfigException(wrongVersionOrMissing.getMessage());
            }
        }
        Class<?> cls = loadFromWorker(name);
        if (cls == null) {
            cls = anyPluginClass(plugins, name);
        }
        if (cls == null) {
            throw new ConfigException(key, value, "Class " + value + " could not be found.");
        }
        if (!type.superType().isAssignableFrom(cls)) {
            throw new ConfigException("Class " + cls + " does not implement the " + type.superType().getSimpleName()
                    + " interface");
        }
        throw new ConfigException(key, value, "Class " + value + " is not a usable " + type + " plugin");
    }

    /** The full class name for an alias, or the value unchanged when it names nothing known. */
    static String canonicalName(Plugins plugins, String value, PluginType type) {
        try {
            return plugins.resolveAlias(value.trim(), type);
        } catch (ConnectException ambiguous) {
            return value;
        }
    }

    private static boolean isKnown(Plugins plugins, String name, PluginType type) {
        try {
            plugins.find(name, type, null);
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }

    private static Class<?> anyPluginClass(Plugins plugins, String name) {
        try {
            return plugins.find(name, null, null).pluginClass();
        } catch (ConnectException e) {
            return null;
        }
    }

    private static Class<?> loadFromWorker(String name) {
        try {
            return Class.forName(name, false, PluginResolver.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
