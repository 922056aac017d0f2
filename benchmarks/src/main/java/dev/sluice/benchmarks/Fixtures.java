/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The benchmark inputs, built the same way in whichever implementation a {@link World} holds: an order
 * {@code Struct} with twelve fields of mixed types (a nested struct, an array, a Decimal and a null optional
 * among them), a JsonConverter with schemas enabled, and a chain of three value transforms.
 */
final class Fixtures {

    static final String TOPIC = "orders";

    private static final String SCHEMA = "org.apache.kafka.connect.data.Schema";
    private static final String SCHEMA_BUILDER = "org.apache.kafka.connect.data.SchemaBuilder";

    private final World world;

    Fixtures(World world) {
        this.world = world;
    }

    Object orderSchema() {
        Object address = build(world.callStatic(SCHEMA_BUILDER, "struct"), "bench.Address",
                "street", schema("STRING_SCHEMA"),
                "city", schema("STRING_SCHEMA"),
                "zip", schema("INT32_SCHEMA"));
        Object tags = world.call(world.callStatic(SCHEMA_BUILDER, "array", schema("STRING_SCHEMA")), "build");
        Object price = world.callStatic("org.apache.kafka.connect.data.Decimal", "schema", 2);
        return build(world.callStatic(SCHEMA_BUILDER, "struct"), "bench.Order",
                "id", schema("INT64_SCHEMA"),
                "name", schema("STRING_SCHEMA"),
                "active", schema("BOOLEAN_SCHEMA"),
                "score", schema("FLOAT64_SCHEMA"),
                "ratio", schema("FLOAT32_SCHEMA"),
                "count", schema("INT32_SCHEMA"),
                "level", schema("INT16_SCHEMA"),
                "flags", schema("INT8_SCHEMA"),
                "price", price,
                "tags", tags,
                "address", address,
                "note", schema("OPTIONAL_STRING_SCHEMA"));
    }

    Object order(Object schema) {
        Object address = world.create("org.apache.kafka.connect.data.Struct",
                world.call(world.call(schema, "field", "address"), "schema"));
        world.call(address, "put", "street", "12 Analytical Row");
        world.call(address, "put", "city", "London");
        world.call(address, "put", "zip", 10115);
        Object order = world.create("org.apache.kafka.connect.data.Struct", schema);
        put(order, "id", 1234567890123L, "name", "Ada Lovelace", "active", true, "score", 98.25d,
                "ratio", 0.75f, "count", 42, "level", (short) 7, "flags", (byte) 3,
                "price", new BigDecimal("1234.56"), "tags", List.of("alpha", "beta", "gamma"),
                "address", address, "note", null);
        world.call(order, "validate");
        return order;
    }

    Object jsonConverter() {
        Object converter = world.create("org.apache.kafka.connect.json.JsonConverter");
        world.call(converter, "configure", Map.of("schemas.enable", "true"), false);
        return converter;
    }

    Object sourceRecord(Object schema, Object value) {
        return world.create("org.apache.kafka.connect.source.SourceRecord",
                Map.of("file", "orders.csv"), Map.of("line", 7L), TOPIC, 0, null, null, schema, value);
    }

    /** Renames a field, inserts a static one and casts another to a string, in that order. */
    Object[] transformChain() {
        return new Object[] {
            transform("org.apache.kafka.connect.transforms.ReplaceField$Value", Map.of("renames", "name:full_name")),
            transform("org.apache.kafka.connect.transforms.InsertField$Value",
                    Map.of("static.field", "source", "static.value", "bench")),
            transform("org.apache.kafka.connect.transforms.Cast$Value", Map.of("spec", "count:string")),
        };
    }

    private Object transform(String className, Map<String, String> config) {
        Object transform = world.create(className);
        world.call(transform, "configure", config);
        return transform;
    }

    private Object schema(String constant) {
        return world.constant(SCHEMA, constant);
    }

    private Object build(Object builder, String name, Object... fields) {
        Object b = world.call(builder, "name", name);
        for (int i = 0; i < fields.length; i += 2) {
            b = world.call(b, "field", fields[i], fields[i + 1]);
        }
        return world.call(b, "build");
    }

    private void put(Object struct, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            world.call(struct, "put", pairs[i], pairs[i + 1]);
        }
    }
}
