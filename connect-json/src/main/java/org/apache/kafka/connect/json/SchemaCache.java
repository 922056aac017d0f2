/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small thread-safe least-recently-used cache. A capacity of zero or less keeps nothing, which is how
 * {@code schemas.cache.size} switches caching off.
 */
final class SchemaCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    SchemaCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > SchemaCache.this.capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized int size() {
        return entries.size();
    }
}
