/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the plugins of a set of locations as {@code plugin.discovery} asks: from service manifests, from class
 * scanning, or both. In the hybrid modes a plugin found by scanning but missing from its location's manifests is
 * warned about (hybrid_warn) or fails discovery (hybrid_fail) once every location has been examined.
 */
final class PluginDiscovery {

    private static final Logger log = LoggerFactory.getLogger(PluginDiscovery.class);

    private final PluginDiscoveryMode mode;
    private final BrokenPluginLog brokenLog = new BrokenPluginLog();
    private final ServiceManifestReader manifests = new ServiceManifestReader(brokenLog);
    private final ClassScanner scanner = new ClassScanner(brokenLog);
    private final PluginScanIndex index;

    PluginDiscovery(PluginDiscoveryMode mode, PluginScanIndex index) {
        this.mode = mode;
        this.index = index;
    }

    /** The plugins of {@code location}, whose classes {@code loader} defines; undeclared ones go to the list. */
    List<PluginDesc> discover(PluginLocation location, ClassLoader loader, List<String> undeclared) {
        Map<Class<?>, Set<PluginType>> declared = mode.readsManifests() ? declared(location, loader) : Map.of();
        Map<Class<?>, Set<PluginType>> found = new LinkedHashMap<>(declared);
        if (mode.scans()) {
            Map<Class<?>, Set<PluginType>> scanned = scanned(location, loader, !declared.isEmpty());
            for (Map.Entry<Class<?>, Set<PluginType>> entry : scanned.entrySet()) {
                Set<PluginType> types = found.computeIfAbsent(entry.getKey(), cls -> EnumSet.noneOf(PluginType.class));
                for (PluginType type : entry.getValue()) {
                    types.add(type);
                    if (mode.readsManifests() && !declared.getOrDefault(entry.getKey(), Set.of()).contains(type)) {
                        undeclared.add(entry.getKey().getName() + " (" + type + ") in " + location);
                    }
                }
            }
        }
        List<PluginDesc> plugins = new ArrayList<>();
        for (Map.Entry<Class<?>, Set<PluginType>> entry : found.entrySet()) {
            describe(location, loader, entry.getKey(), entry.getValue(), plugins);
        }
        return plugins;
    }

    /** Applies the hybrid-mode policy to the plugins that lacked a manifest entry, across all locations. */
    void checkManifests(List<String> undeclared) {
        if (undeclared.isEmpty()) {
            return;
        }
        if (mode == PluginDiscoveryMode.HYBRID_FAIL) {
            throw new ConnectException("plugin.discovery=" + mode + " and " + undeclared.size()
                    + " plugin(s) have no META-INF/services manifest entry: " + undeclared
                    + ". Add the manifests or set plugin.discovery=" + PluginDiscoveryMode.HYBRID_WARN);
        }
        if (mode == PluginDiscoveryMode.HYBRID_WARN) {
            for (String plugin : undeclared) {
                log.warn("Plugin {} has no META-INF/services manifest entry; it will not be found with "
                        + "plugin.discovery={}", plugin, PluginDiscoveryMode.SERVICE_LOAD);
            }
        }
    }

    private Map<Class<?>, Set<PluginType>> declared(PluginLocation location, ClassLoader loader) {
        Map<Class<?>, Set<PluginType>> declared = new LinkedHashMap<>();
        for (PluginType type : PluginType.values()) {
            for (String className : manifests.providers(location, loader, type)) {
                Class<?> cls = scanner.load(location, loader, className, true);
                if (cls == null || !belongsTo(cls, loader)) {
                    continue;
                }
                if (!type.superType().isAssignableFrom(cls) || !PluginIntrospector.isInstantiable(cls)) {
                    log.warn("Ignoring {} listed in {} of {}: not a public, concrete {} with a public no-argument "
                            + "constructor", className, type.manifestResource(), location, type);
                    continue;
                }
                declared.computeIfAbsent(cls, c -> EnumSet.noneOf(PluginType.class)).add(type);
            }
        }
        return declared;
    }

    /** @param declaresPlugins whether the location's manifests named plugins of it */
    private Map<Class<?>, Set<PluginType>> scanned(PluginLocation location, ClassLoader loader,
                                                   boolean declaresPlugins) {
        Map<Class<?>, Set<PluginType>> scanned = new LinkedHashMap<>();
        List<PluginType> allTypes = List.of(PluginType.values());
        for (String className : candidates(location, loader)) {
            Class<?> cls = scanner.load(location, loader, className, false);
            if (cls == null || !belongsTo(cls, loader)) {
                continue;
            }
            try {
                List<PluginType> types = ClassScanner.pluginTypesOf(cls, allTypes);
                if (!types.isEmpty()) {
                    scanned.computeIfAbsent(cls, c -> EnumSet.noneOf(PluginType.class)).addAll(types);
                }
            } catch (LinkageError e) {
                brokenLog.scannedClass(location, className, e);
            }
        }
        brokenLog.flushScanFailures(location, declaresPlugins);
        return scanned;
    }

    /** From the index when the location is unchanged; a scan that met no broken archive or class is recorded. */
    private List<String> candidates(PluginLocation location, ClassLoader loader) {
        Optional<List<String>> indexed = index.candidates(location);
        if (indexed.isPresent()) {
            return indexed.get();
        }
        int problemsBefore = brokenLog.problems();
        List<String> candidates = scanner.candidates(location, loader);
        if (brokenLog.problems() == problemsBefore) {
            index.record(location, candidates);
        }
        return candidates;
    }

    private void describe(PluginLocation location, ClassLoader loader, Class<?> cls, Set<PluginType> types,
                          List<PluginDesc> out) {
        String version;
        try {
            version = PluginIntrospector.version(cls, loader);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            brokenLog.pluginClass(location, cls.getName(), e);
            return;
        }
        for (PluginType type : types) {
            out.add(new PluginDesc(cls.getName(), type, version, location, loader, cls));
        }
    }

    /** Copies of worker classes that a plugin bundles resolve to the worker's class; they are not its plugins. */
    private static boolean belongsTo(Class<?> cls, ClassLoader loader) {
        return !(loader instanceof PluginClassLoader) || cls.getClassLoader() == loader;
    }
}
