/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small thread-safe least-recently-used cache of {@code schemas.cache.config} entries; zero keeps nothing. */
final class SchemaCache<K, V> {

    private final Map<K, V> entries;

    SchemaCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached value, or the computed one (computed outside the lock, so a slow mapping blocks nobody). */
    V get(K key, Function<K, V> compute) {
        synchronized (this) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V value = compute.apply(key);
        synchronized (this) {
            entries.put(key, value);
        }
        return value;
    }

    synchronized int size() {
        return entries.size();
    }
}
