/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

/**
 * The connector settings that choose a plugin version (KIP-891): each plugin-naming setting has a sibling ending
 * in {@code plugin.version}, e.g. {@code connector.class} / {@code connector.plugin.version},
 * {@code key.converter} / {@code key.converter.plugin.version}, {@code transforms.mask.type} /
 * {@code transforms.mask.plugin.version}.
 */
public final class PluginVersionKeys {

    public static final String SUFFIX = "plugin.version";
    public static final String CONNECTOR = "connector." + SUFFIX;
    public static final String KEY_CONVERTER = "key.converter." + SUFFIX;
    public static final String VALUE_CONVERTER = "value.converter." + SUFFIX;
    public static final String HEADER_CONVERTER = "header.converter." + SUFFIX;

    private PluginVersionKeys() {
    }

    /** The version setting that goes with a plugin-naming setting. */
    public static String versionKeyFor(String classKey) {
        if (classKey.equals("connector.class")) {
            return CONNECTOR;
        }
        if (classKey.endsWith(".type")) {
            return classKey.substring(0, classKey.length() - "type".length()) + SUFFIX;
        }
        return classKey + "." + SUFFIX;
    }
}
