/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the {@code plugin.path} setting into plugin locations. Each entry is a directory whose children are
 * locations: a JAR (an uber-JAR), a directory holding JARs (searched recursively), or a directory of class files.
 * An entry that is itself a JAR is accepted as one location. Missing entries are logged and skipped.
 */
public final class PluginPath {

    public static final String CONFIG = "plugin.path";
    private static final Logger log = LoggerFactory.getLogger(PluginPath.class);

    private PluginPath() {
    }

    /** Parses a comma-separated plugin.path value; null or blank yields no locations. */
    public static List<PluginLocation> parse(String pluginPath) {
        return parse(pluginPath, true);
    }

    /**
     * As {@link #parse(String)}; {@code warnAboutBadEntries} false keeps a caller that looks again and again (the
     * {@link PluginPathWatcher}) from logging the same missing entry every time.
     */
    static List<PluginLocation> parse(String pluginPath, boolean warnAboutBadEntries) {
        List<PluginLocation> locations = new ArrayList<>();
        if (pluginPath == null || pluginPath.isBlank()) {
            return locations;
        }
        for (String raw : pluginPath.split(",")) {
            String entry = raw.trim();
            if (!entry.isEmpty()) {
                locations.addAll(locationsOf(Paths.get(entry).toAbsolutePath().normalize(), warnAboutBadEntries));
            }
        }
        return locations;
    }

    /** The locations found under one plugin.path entry, sorted by name for a stable order. */
    private static List<PluginLocation> locationsOf(Path entry, boolean warnAboutBadEntries) {
        if (isArchive(entry) && Files.isRegularFile(entry)) {
            return List.of(new PluginLocation(entry, List.of(entry)));
        }
        if (!Files.isDirectory(entry)) {
            if (warnAboutBadEntries) {
                log.warn("Ignoring plugin.path entry {}: not a directory or JAR", entry);
            }
            return List.of();
        }
        List<PluginLocation> locations = new ArrayList<>();
        for (Path child : sortedChildren(entry)) {
            if (Files.isRegularFile(child) && isArchive(child)) {
                locations.add(new PluginLocation(child, List.of(child)));
            } else if (Files.isDirectory(child)) {
                List<Path> jars = archivesUnder(child);
                locations.add(new PluginLocation(child, jars.isEmpty() ? List.of(child) : jars));
            }
        }
        return locations;
    }

    /** The worker's own classpath entries, from {@code java.class.path}. */
    public static PluginLocation workerClasspath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Paths.get(entry).toAbsolutePath().normalize());
            }
        }
        return PluginLocation.workerClasspath(entries);
    }

    static boolean isArchive(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".zip");
    }

    private static List<Path> sortedChildren(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list plugin.path entry " + dir, e);
        }
    }

    private static List<Path> archivesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(PluginPath::isArchive).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list plugin location " + dir, e);
        }
    }
}
