/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers, per plugin location, which classes scanning found worth loading, so that a worker restarted over the
 * same JARs reads one small file instead of every class file again. An entry is named by a digest of the
 * location's archives (path, size and modification time of each) and of the worker's own classpath, whose classes
 * a plugin may extend: replacing, adding or touching any of them makes a new entry. Locations with class folders
 * are never indexed (their files change without the folder's own time changing). The index only narrows what is
 * loaded; every candidate is still loaded and checked, so a stale or damaged entry cannot make a non-plugin a plugin.
 *
 * <p>The directory is {@code $XDG_CACHE_HOME/sluice/plugin-index} (default {@code ~/.cache}), or the system property
 * {@value #DIRECTORY_PROPERTY}; an empty property turns the index off. An unwritable directory only costs the scan.
 */
final class PluginScanIndex {

    static final String DIRECTORY_PROPERTY = "sluice.plugin.index.dir";
    private static final Logger log = LoggerFactory.getLogger(PluginScanIndex.class);
    private static final String FORMAT = "sluice-plugin-scan-index 1";

    private final Path directory;
    private final String workerFingerprint;

    PluginScanIndex(Path directory, PluginLocation workerClasspath) {
        this.directory = directory;
        this.workerFingerprint = directory == null ? "" : fingerprint(workerClasspath).orElse(null);
    }

    /** The index in the configured or default directory; off when the property is empty or no home is known. */
    static PluginScanIndex fromSystemProperties(PluginLocation workerClasspath) {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null) {
            return new PluginScanIndex(configured.isBlank() ? null : Paths.get(configured), workerClasspath);
        }
        String cacheHome = System.getenv("XDG_CACHE_HOME");
        Path base = cacheHome != null && !cacheHome.isBlank() ? Paths.get(cacheHome)
                : Optional.ofNullable(System.getProperty("user.home")).map(home -> Paths.get(home, ".cache"))
                        .orElse(null);
        return new PluginScanIndex(base == null ? null : base.resolve("sluice").resolve("plugin-index"),
                workerClasspath);
    }

    /** The candidates remembered for {@code location}, if its archives are unchanged since they were recorded. */
    Optional<List<String>> candidates(PluginLocation location) {
        Optional<Path> entry = entry(location);
        if (entry.isEmpty() || !Files.isRegularFile(entry.get())) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(entry.get(), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(lines.subList(1, lines.size())));
        } catch (IOException e) {
            log.debug("Cannot read plugin scan index {}", entry.get(), e);
            return Optional.empty();
        }
    }

    /** Records the candidates scanning found in {@code location}; failures are logged at DEBUG and ignored. */
    void record(PluginLocation location, List<String> candidates) {
        Optional<Path> entry = entry(location);
        if (entry.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "entry", ".tmp");
            Files.write(temporary, (FORMAT + "\n" + String.join("\n", candidates) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temporary, entry.get(), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry.get(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Cannot write plugin scan index in {}", directory, e);
        }
    }

    private Optional<Path> entry(PluginLocation location) {
        if (directory == null || workerFingerprint == null) {
            return Optional.empty();
        }
        return fingerprint(location).map(digest -> directory.resolve(sha256(workerFingerprint + "\n" + digest)
                + ".idx"));
    }

    /** Path, size and modification time of every archive; empty when an entry is a folder or cannot be read. */
    private static Optional<String> fingerprint(PluginLocation location) {
        StringBuilder text = new StringBuilder();
        for (Path entry : location.classpath()) {
            if (!Files.exists(entry)) {
                continue; // a missing classpath entry contributes no classes
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return Optional.empty();
                }
                text.append(entry.toAbsolutePath()).append('\t').append(attributes.size()).append('\t')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(text.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
