/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the classes of a location that may be plugins by reading their class files, and loads them without
 * initializing. A class that fails to load (bad bytes, missing superclass or interface) is reported once and skipped.
 */
final class ClassScanner {

    private final BrokenPluginLog brokenLog;

    ClassScanner(BrokenPluginLog brokenLog) {
        this.brokenLog = brokenLog;
    }

    /**
     * The classes of the location that may be plugins, judged from their class-file headers alone: public, concrete
     * and with a plugin type among their ancestors, or with an ancestor that cannot be loaded (loading the class then
     * reports why). Ancestors outside the location (the Connect API, a worker class a plugin extends) are loaded from
     * {@code loader} to be tested; the location's own classes never are. The caller loads each candidate and checks
     * it for real.
     */
    List<String> candidates(PluginLocation location, ClassLoader loader) {
        Map<String, ClassFileHeader> headers = new LinkedHashMap<>();
        for (Path entry : location.classpath()) {
            if (Files.isDirectory(entry)) {
                addFromDirectory(location, entry, headers);
            } else if (Files.isRegularFile(entry)) {
                addFromJar(location, entry, headers);
            }
        }
        PluginAncestry ancestry = new PluginAncestry(headers, loader);
        List<String> candidates = new ArrayList<>();
        for (ClassFileHeader header : headers.values()) {
            if (header.concretePublic() && ancestry.reach(header.name()) != PluginAncestry.Reach.NO_PLUGIN_TYPE) {
                candidates.add(header.name());
            }
        }
        return candidates;
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

    private void addFromDirectory(PluginLocation location, Path root, Map<String, ClassFileHeader> headers) {
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root)) {
            classFiles = files.filter(Files::isRegularFile)
                    .filter(file -> classNameOf(root.relativize(file).toString()
                            .replace(root.getFileSystem().getSeparator(), "/")) != null)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            brokenLog.jar(location, root, e);
            return;
        }
        for (Path file : classFiles) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                add(ClassFileHeader.read(in), headers);
            } catch (IOException e) {
                brokenLog.scannedClass(location, file.toString(), e);
            }
        }
    }

    private void addFromJar(PluginLocation location, Path jar, Map<String, ClassFileHeader> headers) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || classNameOf(entry.getName()) == null) {
                    continue;
                }
                try (InputStream in = new BufferedInputStream(file.getInputStream(entry))) {
                    add(ClassFileHeader.read(in), headers);
                } catch (IOException e) {
                    brokenLog.scannedClass(location, jar + "!/" + entry.getName(), e);
                }
            }
        } catch (IOException | RuntimeException e) {
            brokenLog.jar(location, jar, e);
        }
    }

    /** The first class of a name wins, as in the location's classloader. */
    private static void add(ClassFileHeader header, Map<String, ClassFileHeader> headers) {
        headers.putIfAbsent(header.name(), header);
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
