/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the class files of a location and loads them without initializing, keeping the concrete plugins. A class
 * that fails to load (bad bytes, missing superclass or interface) is reported once and skipped.
 */
final class ClassScanner {

    private final BrokenPluginLog brokenLog;

    ClassScanner(BrokenPluginLog brokenLog) {
        this.brokenLog = brokenLog;
    }

    /** Binary names of every class file in the location's JARs and class folders. */
    Set<String> classNames(PluginLocation location) {
        Set<String> names = new LinkedHashSet<>();
        for (Path entry : location.classpath()) {
            if (Files.isDirectory(entry)) {
                addFromDirectory(location, entry, names);
            } else if (Files.isRegularFile(entry)) {
                addFromJar(location, entry, names);
            }
        }
        return names;
    }

    /**
     * Loads {@code className} in {@code loader} without running static initializers; null when it fails.
     *
     * @param declared whether a manifest names the class as a plugin (its failure is then reported on its own)
     */
    Class<?> load(PluginLocation location, ClassLoader loader, String className, boolean declared) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            if (declared) {
                brokenLog.pluginClass(location, className, e);
            } else {
                brokenLog.scannedClass(location, className, e);
            }
            return null;
        }
    }

    /** The plugin types among {@code types} that {@code cls} is a concrete, instantiable implementation of. */
    static List<PluginType> pluginTypesOf(Class<?> cls, Iterable<PluginType> types) {
        List<PluginType> matches = new ArrayList<>();
        for (PluginType type : types) {
            if (type.superType().isAssignableFrom(cls) && PluginIntrospector.isInstantiable(cls)) {
                matches.add(type);
            }
        }
        return matches;
    }

    private void addFromDirectory(PluginLocation location, Path root, Set<String> names) {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"))
                    .map(ClassScanner::classNameOf)
                    .filter(name -> name != null)
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            brokenLog.jar(location, root, e);
        }
    }

    private void addFromJar(PluginLocation location, Path jar, Set<String> names) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.isDirectory() ? null : classNameOf(entry.getName());
                if (name != null) {
                    names.add(name);
                }
            }
        } catch (IOException | RuntimeException e) {
            brokenLog.jar(location, jar, e);
        }
    }

    /** The binary class name for a class-file path, or null for resources, module/package descriptors, etc. */
    static String classNameOf(String path) {
        if (!path.endsWith(".class") || path.startsWith("META-INF/")) {
            return null;
        }
        String name = path.substring(0, path.length() - ".class".length());
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
            return null;
        }
        return name.replace('/', '.');
    }
}
