/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.storage.ConfigStore;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the cluster-wide logger levels this worker reads from its config store ({@code PUT
 * /admin/loggers/NAMESPACE?scope=cluster} on any worker) through the same {@link LoggerLevels} that /admin/loggers
 * reports, so each worker's REST shows the level and when it changed.
 */
public final class ClusterLoggerLevels implements ConfigStore.LoggerLevelListener {

    private static final Logger log = LoggerFactory.getLogger(ClusterLoggerLevels.class);

    private final Supplier<LoggerLevels> levels;

    /** Applies through {@code levels}, the instance this worker's REST server reports. */
    public ClusterLoggerLevels(Supplier<LoggerLevels> levels) {
        this.levels = levels;
    }

    @Override
    public void onLoggerLevel(String namespace, String level) {
        try {
            List<String> changed = levels.get().setLevel(namespace, level);
            log.info("Set the level of logger {} to {} for the cluster; changed: {}", namespace, level, changed);
        } catch (RuntimeException e) {
            // Another worker wrote it; a level this worker cannot apply must not stop it reading its config topic.
            log.warn("Could not apply the cluster-wide level {} to logger {}", level, namespace, e);
        }
    }
}
