/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.util.Comparator;

/**
 * One discovered plugin: a class of a given type and version, found in one location and defined by that
 * location's loader. The same class name may appear several times with different versions or locations.
 */
public record PluginDesc(String className, PluginType type, String version, PluginLocation location,
                         ClassLoader loader, Class<?> pluginClass) implements Comparable<PluginDesc> {

    private static final Comparator<PluginDesc> ORDER = Comparator.comparing(PluginDesc::className)
            .thenComparing(PluginDesc::type)
            .thenComparing(PluginDesc::version, PluginVersion.COMPARATOR)
            .thenComparing(desc -> desc.location().toString());

    /** True when this plugin came from plugin.path rather than the worker classpath. */
    public boolean isolated() {
        return !location.isWorkerClasspath();
    }

    @Override
    public int compareTo(PluginDesc other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        // Same shape as Apache's worker prints in its logs.
        return "PluginDesc{klass=" + pluginClass + ", name='" + className + "', version='" + version
                + "', encodedVersion=" + version + ", type=" + type + ", typeName='" + type
                + "', location='" + location + "'}";
    }
}
