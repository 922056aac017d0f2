/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the {@code plugin.path} directories every interval and adds each new location (a JAR or directory
 * dropped there while the worker runs) to the worker's {@link Plugins}, so that it is listed and usable without a
 * restart. A location is added only once two looks in a row found its files unchanged (names, sizes, times): a JAR
 * still being copied is never scanned half-written. Locations already known are never looked into again.
 */
public final class PluginPathWatcher implements AutoCloseable {

    /** The worker setting naming the interval; 0 turns watching off. */
    public static final String INTERVAL_CONFIG = "plugin.path.watch.interval.ms";
    public static final long INTERVAL_DEFAULT_MS = 2_000L;

    private static final Logger log = LoggerFactory.getLogger(PluginPathWatcher.class);

    private final String pluginPath;
    private final Plugins plugins;
    // What each new location's files looked like at the last look, by location.
    private Map<Path, String> lastSeen = Map.of();
    private ScheduledExecutorService scheduler;

    PluginPathWatcher(String pluginPath, Plugins plugins) {
        this.pluginPath = pluginPath;
        this.plugins = plugins;
    }

    /**
     * Watches {@code pluginPath} (the worker's setting) for {@code plugins} every {@code interval} on a daemon thread;
     * with no plugin.path or a zero interval nothing is watched.
     */
    public static PluginPathWatcher start(String pluginPath, Plugins plugins, Duration interval) {
        PluginPathWatcher watcher = new PluginPathWatcher(pluginPath, plugins);
        if (pluginPath == null || pluginPath.isBlank() || interval.isZero()) {
            return watcher;
        }
        watcher.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "plugin-path-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduler.scheduleWithFixedDelay(watcher::lookSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Watching plugin.path for new plugins every {} ms", interval.toMillis());
        return watcher;
    }

    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException e) {
            // A file that vanished mid-look, say; the next look starts afresh.
            log.debug("Looking at plugin.path failed; trying again at the next interval", e);
        }
    }

    /** One look: adds the new locations that have not changed since the previous look; returns how many. */
    synchronized int look() {
        Map<Path, String> seen = new HashMap<>();
        List<PluginLocation> settled = new ArrayList<>();
        for (PluginLocation location : PluginPath.parse(pluginPath, false)) {
            if (plugins.isKnown(location)) {
                continue;
            }
            String files = filesOf(location);
            seen.put(location.source(), files);
            // An empty directory is a copy that has not begun: adding it now would pass over what lands in it.
            if (!files.isEmpty() && files.equals(lastSeen.get(location.source()))) {
                settled.add(location);
            }
        }
        lastSeen = seen;
        if (!settled.isEmpty()) {
            log.info("New plugin locations on plugin.path: {}", settled.stream().map(PluginLocation::source).toList());
            plugins.addLocations(settled);
        }
        return settled.size();
    }

    /** Every file under the location with its size and modification time, in a stable order. */
    private static String filesOf(PluginLocation location) {
        StringBuilder files = new StringBuilder();
        try (Stream<Path> walk = Files.walk(location.source())) {
            for (Path file : walk.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.append(file).append(' ').append(attributes.size()).append(' ')
                            .append(attributes.lastModifiedTime().toMillis()).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.toString();
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
