/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.nio.file.Path;
import java.util.List;

/**
 * One place plugins come from: a child of a {@code plugin.path} entry (with the JARs or class folder that make up
 * its classpath) or the worker's own classpath.
 *
 * @param source    the directory or JAR named in plugin.path; null for the worker classpath
 * @param classpath the JARs and class folders loaded by this location's classloader, in order
 */
public record PluginLocation(Path source, List<Path> classpath) {

    public PluginLocation {
        classpath = List.copyOf(classpath);
    }

    /** The worker's own classpath, shown as "classpath" in logs and plugin listings. */
    public static PluginLocation workerClasspath(List<Path> entries) {
        return new PluginLocation(null, entries);
    }

    /** True for the worker classpath location. */
    public boolean isWorkerClasspath() {
        return source == null;
    }

    @Override
    public String toString() {
        return isWorkerClasspath() ? "classpath" : source.toString();
    }
}
