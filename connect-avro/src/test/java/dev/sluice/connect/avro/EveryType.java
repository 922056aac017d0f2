/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/** An order struct with a field of every Connect type and logical type, optional fields, a default and nesting. */
final class EveryType {

    static final Schema ADDRESS = SchemaBuilder.struct().name("shop.Address").field("city", Schema.STRING_SCHEMA)
            .field("zip", Schema.OPTIONAL_INT32_SCHEMA).build();
    static final Schema SCHEMA = SchemaBuilder.struct().name("shop.Order").version(3).doc("an order")
            .field("i8", Schema.INT8_SCHEMA).field("i16", Schema.INT16_SCHEMA)
            .field("i32", Schema.INT32_SCHEMA).field("i64", Schema.INT64_SCHEMA)
            .field("f32", Schema.FLOAT32_SCHEMA).field("f64", Schema.FLOAT64_SCHEMA)
            .field("flag", Schema.BOOLEAN_SCHEMA).field("text", Schema.STRING_SCHEMA)
            .field("data", Schema.BYTES_SCHEMA)
            .field("amount", Decimal.builder(2).parameter("connect.decimal.precision", "12").optional().build())
            .field("day", Date.SCHEMA).field("clock", Time.SCHEMA).field("at", Timestamp.SCHEMA)
            .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build())
            .field("counts", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT64_SCHEMA).build())
            .field("byId", SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.OPTIONAL_STRING_SCHEMA).build())
            .field("address", ADDRESS)
            .field("note", SchemaBuilder.string().optional().defaultValue("none").build())
            .field("missing", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    private EveryType() {
    }

    static Struct value(int n) {
        return new Struct(SCHEMA).put("i8", (byte) -8).put("i16", (short) 1600).put("i32", n)
                .put("i64", 1L << 40).put("f32", 1.5f).put("f64", -2.25).put("flag", true).put("text", "h\u00e9 " + n)
                .put("data", new byte[] {0, 1, (byte) 0xff}).put("amount", new BigDecimal("-1234.50"))
                .put("day", new java.util.Date(19_000L * 86_400_000L)).put("clock", new java.util.Date(3_600_123L))
                .put("at", new java.util.Date(1_700_000_000_123L)).put("tags", List.of("a", "b"))
                .put("counts", Map.of("x", 1L)).put("byId", Map.of(7, "seven"))
                .put("address", new Struct(ADDRESS).put("city", "Lyon"))
                .put("note", "given");
    }

    /** Field by field, bytes by content. */
    static void assertSameValues(Struct expected, Struct actual) {
        for (Field field : expected.schema().fields()) {
            Object want = expected.get(field);
            Object got = actual.get(field.name());
            if (want instanceof byte[] bytes) {
                assertArrayEquals(bytes, (byte[]) got, field.name());
            } else {
                assertEquals(want, got, field.name());
            }
        }
    }
}
