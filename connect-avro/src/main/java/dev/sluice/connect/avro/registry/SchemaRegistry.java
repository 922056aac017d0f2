/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro.registry;

import org.apache.avro.Schema;

/**
 * The calls a converter makes to a schema registry with Confluent's API. Every call may throw
 * {@link SchemaRegistryException} (the registry answered with an error) or {@link RegistryUnreachableException}.
 */
public interface SchemaRegistry {

    /** Registers {@code schema} under {@code subject} (or finds it there) and returns its id. */
    int register(String subject, Schema schema);

    /** The id of {@code schema} already registered under {@code subject}; 404 errors when it is not. */
    int idOf(String subject, Schema schema);

    /** The schema with {@code id}. */
    Schema schemaById(int id);

    /** The newest version registered under {@code subject}. */
    RegisteredSchema latest(String subject);

    /** A schema as registered: its global id, its version in the subject, the schema. */
    record RegisteredSchema(int id, int version, Schema schema) {
    }
}
