/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins a worker can use: discovered once at startup, looked up by class name or alias and an optional
 * version requirement (latest version by default), and instantiated with their own classloader as the thread
 * context classloader.
 */
public final class Plugins implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private final List<PluginDesc> plugins;
    private final List<PluginClassLoader> loaders;
    private final AliasTable aliases;

    private Plugins(List<PluginDesc> plugins, List<PluginClassLoader> loaders) {
        List<PluginDesc> sorted = new ArrayList<>(plugins);
        Collections.sort(sorted);
        this.plugins = List.copyOf(sorted);
        this.loaders = List.copyOf(loaders);
        this.aliases = new AliasTable(sorted);
        aliases.standInReport().forEach(log::info);
    }

    /** Discovers plugins from the {@code plugin.path} and {@code plugin.discovery} worker settings. */
    public static Plugins fromWorkerConfig(Map<String, String> workerConfig) {
        return discover(PluginPath.parse(workerConfig.get(PluginPath.CONFIG)),
                PluginDiscoveryMode.parse(workerConfig.get(PluginDiscoveryMode.CONFIG)), true);
    }

    /**
     * Discovers the plugins of {@code locations}, each in its own {@link PluginClassLoader}, plus those on the
     * worker classpath when {@code includeWorkerClasspath} is set.
     *
     * @throws ConnectException in hybrid_fail mode when a plugin lacks a service manifest entry
     */
    public static Plugins discover(List<PluginLocation> locations, PluginDiscoveryMode mode,
                                   boolean includeWorkerClasspath) {
        ClassLoader workerLoader = Plugins.class.getClassLoader();
        PluginDiscovery discovery = new PluginDiscovery(mode,
                PluginScanIndex.fromSystemProperties(PluginPath.workerClasspath()));
        List<PluginDesc> found = new ArrayList<>();
        List<PluginClassLoader> loaders = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        if (includeWorkerClasspath) {
            found.addAll(discovery.discover(PluginPath.workerClasspath(), workerLoader, undeclared));
        }
        for (PluginLocation location : locations) {
            log.info("Loading plugins from {}", location);
            PluginClassLoader loader = new PluginClassLoader(location, workerLoader);
            loaders.add(loader);
            List<PluginDesc> fromLocation = discovery.discover(location, loader, undeclared);
            fromLocation.forEach(plugin -> log.info("Added plugin '{}' version {} ({}) from {}",
                    plugin.className(), plugin.version(), plugin.type(), location));
            found.addAll(fromLocation);
        }
        try {
            discovery.checkManifests(undeclared);
        } catch (ConnectException e) {
            closeQuietly(loaders);
            throw e;
        }
        return new Plugins(found, loaders);
    }

    /** Every discovered plugin, ordered by class name, type and ascending version. */
    public List<PluginDesc> plugins() {
        return plugins;
    }

    /** The discovered plugins of one type. */
    public List<PluginDesc> plugins(PluginType type) {
        return plugins.stream().filter(plugin -> plugin.type() == type).toList();
    }

    /** The full class name an alias (or class name) stands for among plugins of {@code type} (any when null). */
    public String resolveAlias(String classOrAlias, PluginType type) {
        return aliases.resolve(classOrAlias, type);
    }

    /**
     * The plugin named by class name or alias whose version satisfies {@code versionSpec}; the latest such
     * version when several do. A null or blank requirement accepts every version.
     *
     * @param type restricts the search to one plugin type; null searches all types
     * @throws ConnectException when no plugin matches or the alias is ambiguous
     */
    public PluginDesc find(String classOrAlias, PluginType type, String versionSpec) {
        String className = aliases.resolve(classOrAlias, type);
        List<PluginDesc> named = plugins.stream()
                .filter(plugin -> plugin.className().equals(className))
                .filter(plugin -> type == null || plugin.type() == type)
                .toList();
        if (named.isEmpty()) {
            throw new ConnectException("Failed to find any " + (type == null ? "plugin" : type + " plugin")
                    + " named '" + classOrAlias + "'");
        }
        VersionRange range = VersionRange.parse(versionSpec);
        PluginDesc best = null;
        for (PluginDesc plugin : named) {
            if (range.contains(plugin.version())
                    && (best == null || PluginVersion.compare(plugin.version(), best.version()) > 0)) {
                best = plugin;
            }
        }
        if (best == null) {
            String available = named.stream().map(PluginDesc::version).distinct().collect(Collectors.joining(", "));
            throw new ConnectException("Plugin " + className + " has no version matching '" + range
                    + "'; available versions: " + available);
        }
        return best;
    }

    /** The class of the plugin {@link #find} picks. */
    public Class<?> pluginClass(String classOrAlias, PluginType type, String versionSpec) {
        return find(classOrAlias, type, versionSpec).pluginClass();
    }

    /** Instantiates the plugin {@link #find} picks, checking it is a {@code base}. */
    public <T> T newPlugin(String classOrAlias, PluginType type, String versionSpec, Class<T> base) {
        return newInstance(find(classOrAlias, type, versionSpec), base);
    }

    /** Instantiates a discovered plugin with its own loader as the thread context classloader. */
    public <T> T newInstance(PluginDesc plugin, Class<T> base) {
        if (!base.isAssignableFrom(plugin.pluginClass())) {
            throw new ConnectException(plugin.className() + " is not a " + base.getName());
        }
        try {
            return base.cast(PluginIntrospector.newInstance(plugin.pluginClass(), plugin.loader()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new ConnectException("Failed to instantiate plugin " + plugin.className() + " from "
                    + plugin.location(), e);
        }
    }

    /** Makes the loader that defined {@code plugin} the context classloader until the swap is closed. */
    public static LoaderSwap withClassLoader(Object plugin) {
        ClassLoader loader = plugin.getClass().getClassLoader();
        return new LoaderSwap(loader != null ? loader : ClassLoader.getSystemClassLoader());
    }

    /** Closes the plugin classloaders (and their open JARs); plugins must no longer be used afterwards. */
    @Override
    public void close() {
        closeQuietly(loaders);
    }

    private static void closeQuietly(List<PluginClassLoader> loaders) {
        for (PluginClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                log.debug("Failed to close {}", loader, e);
            }
        }
    }
}
