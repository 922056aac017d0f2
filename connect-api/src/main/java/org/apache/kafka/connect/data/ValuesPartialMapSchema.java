/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

/**
 * The schema {@link Values#parseString(String)} gives a map whose keys share a schema but whose values do not:
 * an unbuilt map builder with a key schema and no value schema, which the public {@link SchemaBuilder#map}
 * factory cannot express.
 */
final class ValuesPartialMapSchema extends SchemaBuilder {

    private final Schema keySchema;

    ValuesPartialMapSchema(Schema keySchema) {
        super(Type.MAP);
        this.keySchema = keySchema;
    }

    @Override
    public Schema keySchema() {
        return keySchema;
    }

    @Override
    public Schema valueSchema() {
        return null;
    }

    @Override
    public Schema build() {
        return new ConnectSchema(Type.MAP, isOptional(), defaultValue(), name(), version(), doc(), parameters(),
                null, keySchema, null);
    }

    @Override
    public Schema schema() {
        return build();
    }

    // Prints as the plain builder that callers of parseString see in Apache Kafka.
    @Override
    public String toString() {
        return SchemaBuilder.class.getName() + "@" + Integer.toHexString(hashCode());
    }
}
