/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins a worker can use: discovered at startup, looked up by class name or alias and an optional version
 * requirement (latest version by default), and instantiated with their own classloader as the thread context
 * classloader. Locations that appear in a {@code plugin.path} directory later can be added while the worker runs
 * ({@link #addLocations}); nothing is ever removed or replaced, so a plugin in use is never unloaded under its
 * connectors.
 */
public final class Plugins implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Plugins.class);

    private final PluginDiscovery discovery;
    private final ClassLoader workerLoader;
    private final List<PluginClassLoader> loaders;
    private final Set<Path> knownLocations = ConcurrentHashMap.newKeySet();
    // Replaced as a whole when plugins are added, so a reader always sees one consistent set.
    private volatile Catalog catalog;

    private Plugins(PluginDiscovery discovery, ClassLoader workerLoader, List<PluginDesc> plugins,
                    List<PluginClassLoader> loaders, List<PluginLocation> locations) {
        this.discovery = discovery;
        this.workerLoader = workerLoader;
        this.loaders = new CopyOnWriteArrayList<>(loaders);
        locations.forEach(location -> knownLocations.add(location.source()));
        this.catalog = Catalog.of(plugins);
        catalog.aliases().standInReport().forEach(log::info);
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
            PluginClassLoader loader = new PluginClassLoader(location, workerLoader);
            loaders.add(loader);
            found.addAll(discoverLogged(discovery, location, loader, undeclared));
        }
        try {
            discovery.checkManifests(undeclared);
        } catch (ConnectException e) {
            closeQuietly(loaders);
            throw e;
        }
        return new Plugins(discovery, workerLoader, found, loaders, locations);
    }

    private static List<PluginDesc> discoverLogged(PluginDiscovery discovery, PluginLocation location,
                                                   PluginClassLoader loader, List<String> undeclared) {
        log.info("Loading plugins from {}", location);
        List<PluginDesc> found = discovery.discover(location, loader, undeclared);
        found.forEach(plugin -> log.info("Added plugin '{}' version {} ({}) from {}",
                plugin.className(), plugin.version(), plugin.type(), location));
        return found;
    }

    /** True when {@code location} was discovered already (at startup or added since). */
    public boolean isKnown(PluginLocation location) {
        return knownLocations.contains(location.source());
    }

    /**
     * Discovers the locations not seen before and makes their plugins available, each location in a classloader of
     * its own as at startup. A location whose plugins the discovery mode refuses (hybrid_fail without manifests) is
     * logged and left out; any location is looked at once, so changing it later takes a restart.
     *
     * @return the plugins added
     */
    public synchronized List<PluginDesc> addLocations(List<PluginLocation> locations) {
        List<PluginDesc> added = new ArrayList<>();
        for (PluginLocation location : locations) {
            if (!knownLocations.add(location.source())) {
                continue;
            }
            PluginClassLoader loader = new PluginClassLoader(location, workerLoader);
            List<String> undeclared = new ArrayList<>();
            try {
                List<PluginDesc> found = discoverLogged(discovery, location, loader, undeclared);
                discovery.checkManifests(undeclared);
                loaders.add(loader);
                added.addAll(found);
            } catch (RuntimeException e) {
                log.error("Not adding the plugins of {}: {}", location, e.getMessage());
                closeQuietly(List.of(loader));
            }
        }
        if (!added.isEmpty()) {
            List<PluginDesc> all = new ArrayList<>(catalog.plugins());
            all.addAll(added);
            catalog = Catalog.of(all);
        }
        return added;
    }

    /** Every discovered plugin, ordered by class name, type and ascending version. */
    public List<PluginDesc> plugins() {
        return catalog.plugins();
    }

    /** The discovered plugins of one type. */
    public List<PluginDesc> plugins(PluginType type) {
        return catalog.plugins().stream().filter(plugin -> plugin.type() == type).toList();
    }

    /** The full class name an alias (or class name) stands for among plugins of {@code type} (any when null). */
    public String resolveAlias(String classOrAlias, PluginType type) {
        return catalog.aliases().resolve(classOrAlias, type);
    }

    /**
     * The plugin named by class name or alias whose version satisfies {@code versionSpec}; the latest such
     * version when several do. A null or blank requirement accepts every version.
     *
     * @param type restricts the search to one plugin type; null searches all types
     * @throws ConnectException when no plugin matches or the alias is ambiguous
     */
    public PluginDesc find(String classOrAlias, PluginType type, String versionSpec) {
        Catalog current = catalog;
        String className = current.aliases().resolve(classOrAlias, type);
        List<PluginDesc> named = current.plugins().stream()
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

    /** The plugins of one moment, sorted, with the aliases they give rise to. */
    private record Catalog(List<PluginDesc> plugins, AliasTable aliases) {

        static Catalog of(List<PluginDesc> plugins) {
            List<PluginDesc> sorted = new ArrayList<>(plugins);
            Collections.sort(sorted);
            return new Catalog(List.copyOf(sorted), new AliasTable(sorted));
        }
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
