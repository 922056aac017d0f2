/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports unusable JARs and classes once each, so one broken plugin cannot flood the log when it is met by both
 * manifests and scanning. Classes that scanning merely came across (most are not plugins, e.g. a library's classes
 * whose optional dependencies are absent) are summed up in one line per location, with details at DEBUG: a
 * warning, unless the location's manifests name its plugins and these classes are not among them.
 * Problems on the worker classpath only go to DEBUG.
 */
final class BrokenPluginLog {

    private static final Logger log = LoggerFactory.getLogger(BrokenPluginLog.class);
    private static final int SUMMARY_LIMIT = 10;

    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final List<String> scanFailures = new ArrayList<>();
    private int problems;

    /** How many problems have been met so far, reported or not (a scan that met none may be indexed). */
    int problems() {
        return problems;
    }

    /** An archive or manifest of the location that cannot be read. */
    void jar(PluginLocation location, Object path, Throwable cause) {
        problems++;
        if (reported.add(String.valueOf(path))) {
            emit(location, "Skipping unreadable plugin archive " + path + " in " + location + ": " + cause);
        }
    }

    /** A class known to be meant as a plugin (listed in a manifest, or being instantiated) that is unusable. */
    void pluginClass(PluginLocation location, String className, Throwable cause) {
        if (reported.add(location + "!" + className)) {
            emit(location, "Skipping plugin class " + className + " in " + location + " that cannot be loaded: "
                    + cause);
        }
    }

    /** A class that scanning could not load; reported in the location's summary. */
    void scannedClass(PluginLocation location, String className, Throwable cause) {
        problems++;
        if (reported.add(location + "!" + className)) {
            log.debug("Skipping class {} in {} that cannot be loaded: {}", className, location, cause.toString());
            scanFailures.add(className + " (" + cause + ")");
        }
    }

    /**
     * Emits the summary of the classes scanning skipped in {@code location}, if any: a warning, or only a note when
     * the location names its plugins in manifests, since the classes it failed on are then its libraries' (a
     * manifest-listed class that fails is warned about on its own).
     */
    void flushScanFailures(PluginLocation location, boolean declaresPlugins) {
        if (scanFailures.isEmpty()) {
            return;
        }
        List<String> shown = scanFailures.subList(0, Math.min(SUMMARY_LIMIT, scanFailures.size()));
        String more = scanFailures.size() > shown.size() ? " and " + (scanFailures.size() - shown.size()) + " more"
                : "";
        String message = "Skipped " + scanFailures.size() + " class(es) in " + location + " that cannot be loaded "
                + "(missing dependency, bad class file or failing initializer): " + String.join(", ", shown) + more;
        if (declaresPlugins && !location.isWorkerClasspath()) {
            log.info("{}; none of them is among the plugins its manifests name", message);
        } else {
            emit(location, message);
        }
        scanFailures.clear();
    }

    private static void emit(PluginLocation location, String message) {
        if (location.isWorkerClasspath()) {
            log.debug(message);
        } else {
            log.warn(message);
        }
    }
}
