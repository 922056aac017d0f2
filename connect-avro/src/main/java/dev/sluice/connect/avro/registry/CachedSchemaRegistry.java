/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.apache.avro.Schema;

/**
 * Remembers what the registry said, so that after the first record of a schema no record calls it again: ids by
 * subject and schema, schemas by id (ids never change meaning), and the newest version of a subject for
 * {@code latest.cache.ttl.sec} (forever when negative, as Confluent's default). A subject holds at most {@code maxSchemasPerSubject} schemas, as Confluent's client bounds it,
 * so a source that makes a new schema per record fails clearly instead of flooding the registry.
 */
public final class CachedSchemaRegistry implements SchemaRegistry {

    private final SchemaRegistry registry;
    private final int maxSchemasPerSubject;
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final long latestTtlNanos;
    private final Map<String, Latest> latestBySubject = new ConcurrentHashMap<>();

    /**
     * @param latestTtlMs how long the newest version of a subject is remembered; negative: until restart
     */
    public CachedSchemaRegistry(SchemaRegistry registry, int maxSchemasPerSubject, long latestTtlMs) {
        this.registry = registry;
        this.maxSchemasPerSubject = maxSchemasPerSubject;
        this.latestTtlNanos = latestTtlMs < 0 ? -1 : TimeUnit.MILLISECONDS.toNanos(latestTtlMs);
    }

    @Override
    public int register(String subject, Schema schema) {
        return idFor(subject, schema, () -> registry.register(subject, schema));
    }

    @Override
    public int idOf(String subject, Schema schema) {
        return idFor(subject, schema, () -> registry.idOf(subject, schema));
    }

    private int idFor(String subject, Schema schema, IntSupplier ask) {
        Map<Schema, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer known = ids.get(schema);
        if (known != null) {
            return known;
        }
        if (ids.size() >= maxSchemasPerSubject) {
            throw new IllegalStateException("Too many schema objects created for " + subject + "! (more than "
                    + maxSchemasPerSubject + ", max.schemas.per.subject)");
        }
        int id = ask.getAsInt();
        ids.put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema known = schemasById.get(id);
        if (known != null) {
            return known;
        }
        Schema schema = registry.schemaById(id);
        schemasById.put(id, schema);
        return schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        Latest known = latestBySubject.get(subject);
        long now = System.nanoTime();
        if (known != null && (latestTtlNanos < 0 || now - known.fetchedNanos() < latestTtlNanos)) {
            return known.schema();
        }
        RegisteredSchema latest = registry.latest(subject);
        schemasById.putIfAbsent(latest.id(), latest.schema());
        latestBySubject.put(subject, new Latest(latest, now));
        return latest;
    }

    private record Latest(RegisteredSchema schema, long fetchedNanos) {
    }
}
