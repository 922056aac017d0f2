/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Validates a list of names (transform and predicate aliases, topic creation groups): no nulls, no repeats. */
final class UniqueAliases implements ConfigDef.Validator {

    private final String kind;

    private UniqueAliases(String kind) {
        this.kind = kind;
    }

    static UniqueAliases of(String kind) {
        return new UniqueAliases(kind);
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            throw new ConfigException(name, null, "Entry must be non null");
        }
        Set<Object> seen = new HashSet<>();
        for (Object alias : (List<?>) value) {
            if (alias == null) {
                throw new ConfigException(name, value, "Entry must be non null");
            }
            if (!seen.add(alias)) {
                throw new ConfigException(name, value, "Duplicate alias provided.");
            }
        }
    }

    @Override
    public String toString() {
        return "non-null string, unique " + kind;
    }
}
