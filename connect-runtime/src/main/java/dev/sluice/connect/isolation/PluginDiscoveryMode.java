/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;

/** The values of the {@code plugin.discovery} worker setting (KIP-898). */
public enum PluginDiscoveryMode {
    /** Class scanning only; manifests are ignored. */
    ONLY_SCAN,
    /** Scan and read manifests; warn about every plugin that has no manifest entry. The default. */
    HYBRID_WARN,
    /** Scan and read manifests; refuse to start when any plugin has no manifest entry. */
    HYBRID_FAIL,
    /** Manifests only; no scanning. Fastest, but plugins without manifests are invisible. */
    SERVICE_LOAD;

    public static final String CONFIG = "plugin.discovery";
    public static final PluginDiscoveryMode DEFAULT = HYBRID_WARN;

    /** Whether class files are scanned in this mode. */
    public boolean scans() {
        return this != SERVICE_LOAD;
    }

    /** Whether service manifests are read in this mode. */
    public boolean readsManifests() {
        return this != ONLY_SCAN;
    }

    /** Parses a setting value case-insensitively; null or blank means the default. */
    public static PluginDiscoveryMode parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(values()).map(PluginDiscoveryMode::toString)
                    .collect(Collectors.joining(", "));
            throw new ConfigException(CONFIG, value, "must be one of " + allowed);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
