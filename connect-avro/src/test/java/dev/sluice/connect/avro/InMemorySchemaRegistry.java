/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import dev.sluice.connect.avro.registry.SchemaRegistry;
import dev.sluice.connect.avro.registry.SchemaRegistryException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.avro.Schema;

/**
 * A registry kept in memory for unit tests of the mapping and framing (integration tests use a real registry).
 * Ids start at a random number, as a real registry's need not start at 1, and it counts the calls it answers.
 */
final class InMemorySchemaRegistry implements SchemaRegistry {

    private final AtomicInteger nextId = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 100_000));
    private final Map<Integer, Schema> byId = new HashMap<>();
    private final Map<String, List<Integer>> subjects = new HashMap<>();
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public synchronized int register(String subject, Schema schema) {
        calls.incrementAndGet();
        Integer known = find(subject, schema);
        if (known != null) {
            return known;
        }
        int id = byId.entrySet().stream().filter(e -> e.getValue().equals(schema)).map(Map.Entry::getKey)
                .findFirst().orElseGet(nextId::getAndIncrement);
        byId.put(id, schema);
        subjects.computeIfAbsent(subject, s -> new ArrayList<>()).add(id);
        return id;
    }

    @Override
    public synchronized int idOf(String subject, Schema schema) {
        calls.incrementAndGet();
        Integer known = find(subject, schema);
        if (known == null) {
            throw new SchemaRegistryException(404, 40403, "Schema not found");
        }
        return known;
    }

    @Override
    public synchronized Schema schemaById(int id) {
        calls.incrementAndGet();
        Schema schema = byId.get(id);
        if (schema == null) {
            throw new SchemaRegistryException(404, 40403, "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        calls.incrementAndGet();
        List<Integer> ids = subjects.get(subject);
        if (ids == null) {
            throw new SchemaRegistryException(404, 40401, "Subject '" + subject + "' not found.");
        }
        int id = ids.get(ids.size() - 1);
        return new RegisteredSchema(id, ids.size(), byId.get(id));
    }

    synchronized List<String> subjects() {
        return new ArrayList<>(subjects.keySet());
    }

    private Integer find(String subject, Schema schema) {
        for (int id : subjects.getOrDefault(subject, List.of())) {
            if (byId.get(id).equals(schema)) {
                return id;
            }
        }
        return null;
    }
}
