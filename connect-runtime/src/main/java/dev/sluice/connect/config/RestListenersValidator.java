/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Requires at least one REST listener and no blank entries. URL syntax is left to the REST server, which is where
 * Apache's worker rejects it too.
 */
final class RestListenersValidator implements ConfigDef.Validator {

    private static final String EXAMPLE = "http://localhost:8080,https://localhost:8443";

    @Override
    public void ensureValid(String name, Object value) {
        if (!(value instanceof List<?> listeners)) {
            throw new ConfigException("Invalid value type for listeners (expected list of URLs , ex: " + EXAMPLE
                    + ".");
        }
        if (listeners.isEmpty()) {
            throw new ConfigException("Invalid value for listeners, at least one URL is expected, ex: " + EXAMPLE
                    + ".");
        }
        for (Object listener : listeners) {
            if (listener == null || listener.toString().isBlank()) {
                throw new ConfigException("Empty URL found when parsing listeners list.");
            }
        }
    }

    @Override
    public String toString() {
        return "List of comma-separated URLs, ex: " + EXAMPLE + ".";
    }
}
