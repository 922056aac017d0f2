/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * Schema and value pairs built in our world, covering every type, nesting, nulls, optional and default values,
 * logical types, schema names, versions, docs and parameters, large decimals, NaN and infinities, and unicode.
 * Structured values use ArrayList and HashMap (what the converter reads back) unless iteration order is the point.
 */
final class ConverterCorpus {

    /**
     * One entry. {@code lossless} says that reading our own bytes back gives exactly this schema and value with
     * the default settings; entries that are not (NaN read as 0.0, a default replacing null, …) still must match
     * Apache byte for byte in every direction.
     */
    record Case(String name, Schema schema, Object value, boolean lossless) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String UNICODE = "h\u00e9llo \u2603 \ud83d\ude00 \u4e2d\u6587 \u05e9\u05dc\u05d5\u05dd \"q\" \\ / "
            + "\n\t\r\b\f \u0000\u0001\u001f \u007f\u0080\u00ff \u2028\u2029 \ufeff\ufffe </script>";

    private final List<Case> cases = new ArrayList<>();

    private ConverterCorpus() {
    }

    static List<Case> all() {
        ConverterCorpus corpus = new ConverterCorpus();
        corpus.primitives();
        corpus.floatingPoint();
        corpus.stringsAndBytes();
        corpus.logicalTypes();
        corpus.schemaMetadata();
        corpus.nullsAndDefaults();
        corpus.arrays();
        corpus.maps();
        corpus.structs();
        return corpus.cases;
    }

    private void add(String name, Schema schema, Object value) {
        cases.add(new Case(name, schema, value, true));
    }

    private void lossy(String name, Schema schema, Object value) {
        cases.add(new Case(name, schema, value, false));
    }

    private void primitives() {
        add("boolean true", Schema.BOOLEAN_SCHEMA, true);
        add("boolean false", Schema.BOOLEAN_SCHEMA, false);
        for (byte b : new byte[] {Byte.MIN_VALUE, -1, 0, 1, Byte.MAX_VALUE}) {
            add("int8 " + b, Schema.INT8_SCHEMA, b);
        }
        for (short s : new short[] {Short.MIN_VALUE, 0, 300, Short.MAX_VALUE}) {
            add("int16 " + s, Schema.INT16_SCHEMA, s);
        }
        for (int i : new int[] {Integer.MIN_VALUE, -1, 0, 42, Integer.MAX_VALUE}) {
            add("int32 " + i, Schema.INT32_SCHEMA, i);
        }
        for (long l : new long[] {Long.MIN_VALUE, -1L, 0L, 1L << 53, Long.MAX_VALUE}) {
            add("int64 " + l, Schema.INT64_SCHEMA, l);
        }
    }

    private void floatingPoint() {
        for (float f : new float[] {0.1f, 1.5f, 1e7f, 1.0e-5f, 3.4028235e38f, Float.MIN_VALUE, -2.5f, 100f}) {
            add("float32 " + f, Schema.FLOAT32_SCHEMA, f);
        }
        for (double d : new double[] {0.1, 1.5, 1e7, 1.0e-5, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, -2.5,
            123456789.123456789, 100.0}) {
            add("float64 " + d, Schema.FLOAT64_SCHEMA, d);
        }
        for (float f : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f}) {
            lossy("float32 " + f, Schema.FLOAT32_SCHEMA, f);
        }
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0}) {
            lossy("float64 " + d, Schema.FLOAT64_SCHEMA, d);
        }
        lossy("float32 NaN in array", SchemaBuilder.array(Schema.FLOAT32_SCHEMA).build(),
                list(Float.NaN, Float.POSITIVE_INFINITY, 1.0f));
    }

    private void stringsAndBytes() {
        add("empty string", Schema.STRING_SCHEMA, "");
        add("ascii string", Schema.STRING_SCHEMA, "plain text");
        add("unicode string", Schema.STRING_SCHEMA, UNICODE);
        add("long string", Schema.STRING_SCHEMA, "x".repeat(100_000));
        lossy("lone surrogate", Schema.STRING_SCHEMA, "a\ud83db");
        add("empty bytes", Schema.BYTES_SCHEMA, new byte[0]);
        add("bytes", Schema.BYTES_SCHEMA, new byte[] {0, 1, 2, (byte) 0xfe, (byte) 0xff});
        byte[] large = new byte[4096];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        add("large bytes", Schema.BYTES_SCHEMA, large);
        lossy("byte buffer", Schema.BYTES_SCHEMA, ByteBuffer.wrap(new byte[] {9, 8, 7}));
        lossy("byte buffer window writes whole array", Schema.BYTES_SCHEMA,
                ByteBuffer.wrap(new byte[] {1, 2, 3, 4}, 1, 2));
    }

    private void logicalTypes() {
        for (String d : new String[] {"0", "1.23", "-1.5", "0.00", "100", "1E+2", "0E+3", "12345678901234567890",
            "123456789012345678901234567890.123456789", "-0.000000000000000000000000000001",
            "9".repeat(120) + "." + "1".repeat(40)}) {
            BigDecimal value = new BigDecimal(d);
            add("decimal " + d, Decimal.schema(value.scale()), value);
        }
        add("optional decimal", Decimal.builder(4).optional().build(), new BigDecimal("-7.0000"));
        add("decimal with doc", Decimal.builder(2).doc("price").build(), new BigDecimal("19.99"));
        lossy("decimal of wrong scale", Decimal.schema(3), new BigDecimal("1.23"));
        for (long days : new long[] {0, 1, -1, 19_000, 2_932_896}) {
            add("date " + days, Date.SCHEMA, new java.util.Date(days * 86_400_000L));
        }
        for (long millis : new long[] {0, 1, 43_200_000, 86_399_999}) {
            add("time " + millis, Time.SCHEMA, new java.util.Date(millis));
        }
        for (long millis : new long[] {0, -1, 1_700_000_000_123L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            add("timestamp " + millis, Timestamp.SCHEMA, new java.util.Date(millis));
        }
        lossy("date with time of day", Date.SCHEMA, new java.util.Date(5));
        lossy("time with date", Time.SCHEMA, new java.util.Date(86_400_000L * 3));
        lossy("decimal as int", Decimal.schema(0), 5);
        lossy("timestamp as long", Timestamp.SCHEMA, 5L);
        add("int64 named like a decimal", SchemaBuilder.int64().name(Decimal.LOGICAL_NAME)
                .parameter(Decimal.SCALE_FIELD, "1").build(), new BigDecimal("2.5"));
    }

    private void schemaMetadata() {
        add("name only", SchemaBuilder.int32().name("com.example.Count").build(), 3);
        add("version only", SchemaBuilder.string().version(7).build(), "v");
        add("doc only", SchemaBuilder.bool().doc("a flag").build(), true);
        add("parameters in insertion order", SchemaBuilder.int32().parameter("zeta", "1").parameter("alpha", "2")
                .parameter("mid", "3").build(), 1);
        lossy("empty parameters are omitted", SchemaBuilder.int32().parameters(new HashMap<>()).build(), 1);
        add("everything", SchemaBuilder.string().name("n.s.Name").version(2).doc("documented \u2603")
                .parameter("k\u00e9y", "v\ud83d\ude00").optional().defaultValue("dflt").build(), "value");
        add("unicode name", SchemaBuilder.float64().name("\u00fcn\u00ef.c\u00f8d\u00e9").build(), 2.0);
        add("negative version", SchemaBuilder.int8().version(-3).build(), (byte) 1);
        add("empty name and doc", SchemaBuilder.int16().name("").doc("").build(), (short) 2);
    }

    private void nullsAndDefaults() {
        lossy("required null", Schema.STRING_SCHEMA, null);
        lossy("no schema, null value", null, null);
        add("optional null", Schema.OPTIONAL_STRING_SCHEMA, null);
        add("optional int null", Schema.OPTIONAL_INT64_SCHEMA, null);
        lossy("optional null with default", SchemaBuilder.string().optional().defaultValue("d").build(), null);
        lossy("required null with default", SchemaBuilder.int32().defaultValue(5).build(), null);
        add("value beside default", SchemaBuilder.int32().defaultValue(5).build(), 6);
        lossy("decimal default", Decimal.builder(2).optional().defaultValue(new BigDecimal("9.99")).build(), null);
        lossy("date default", Date.builder().optional().defaultValue(new java.util.Date(86_400_000L)).build(),
                null);
        lossy("timestamp default", Timestamp.builder().defaultValue(new java.util.Date(12_345)).build(), null);
        lossy("bytes default", SchemaBuilder.bytes().optional().defaultValue(new byte[] {1, 2}).build(), null);
        lossy("float NaN default", SchemaBuilder.float64().optional().defaultValue(Double.NaN).build(), null);
        lossy("array default", SchemaBuilder.array(Schema.INT32_SCHEMA).optional().defaultValue(list(1, 2))
                .build(), null);
        lossy("int-keyed map default", SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.STRING_SCHEMA).optional()
                .defaultValue(linked(1, "one", 2, "two")).build(), null);
        add("unicode default", SchemaBuilder.string().defaultValue(UNICODE).build(), "x");
    }

    private void arrays() {
        add("empty array", SchemaBuilder.array(Schema.INT32_SCHEMA).build(), list());
        add("int array", SchemaBuilder.array(Schema.INT32_SCHEMA).build(), list(1, 2, 3));
        add("array with nulls", SchemaBuilder.array(Schema.OPTIONAL_STRING_SCHEMA).build(), list("a", null, "c"));
        lossy("array with null for required items", SchemaBuilder.array(Schema.STRING_SCHEMA).build(),
                list("a", null));
        add("nested arrays", SchemaBuilder.array(SchemaBuilder.array(Schema.FLOAT64_SCHEMA).build()).build(),
                list(list(1.5, 2.5), list(), list(-0.5)));
        add("array of decimals", SchemaBuilder.array(Decimal.schema(2)).build(),
                list(new BigDecimal("1.00"), new BigDecimal("-2.50")));
        add("array of dates", SchemaBuilder.array(Date.SCHEMA).build(), list(new java.util.Date(0)));
        add("optional named array", SchemaBuilder.array(Schema.BOOLEAN_SCHEMA).optional().name("flags").version(1)
                .build(), list(true, false));
        lossy("a set as an array", SchemaBuilder.array(Schema.INT32_SCHEMA).build(),
                new LinkedHashSet<>(List.of(3, 1, 2)));
        lossy("array of the wrong element type", SchemaBuilder.array(Schema.INT32_SCHEMA).build(), list("x"));
        lossy("object array is not a collection", SchemaBuilder.array(Schema.INT32_SCHEMA).build(),
                new Object[] {1});
    }

    private void maps() {
        add("empty string map", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build(), hash());
        add("string map", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build(),
                hash("a", 1, "b", 2, "\u2603", 3));
        lossy("string map keeps insertion order", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA)
                .build(), linked("z", 1, "a", 2, "m", 3));
        add("string map with null values", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_INT32_SCHEMA)
                .build(), hash("a", null, "b", 2));
        lossy("optional string key null", SchemaBuilder.map(Schema.OPTIONAL_STRING_SCHEMA, Schema.INT32_SCHEMA)
                .build(), hash(null, 1));
        add("int-keyed map", SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.STRING_SCHEMA).build(),
                hash(1, "one", -2, "minus two"));
        add("empty int-keyed map", SchemaBuilder.map(Schema.INT64_SCHEMA, Schema.STRING_SCHEMA).build(), hash());
        lossy("long keys and NaN values", SchemaBuilder.map(Schema.INT64_SCHEMA, Schema.FLOAT64_SCHEMA).build(),
                linked(Long.MAX_VALUE, Double.NaN, Long.MIN_VALUE, 1.0));
        Schema point = SchemaBuilder.struct().name("Point").field("x", Schema.INT32_SCHEMA)
                .field("y", Schema.INT32_SCHEMA).build();
        add("struct-keyed map", SchemaBuilder.map(point, Schema.STRING_SCHEMA).build(),
                hash(new Struct(point).put("x", 1).put("y", 2), "p"));
        add("decimal-keyed map", SchemaBuilder.map(Decimal.schema(1), Schema.BOOLEAN_SCHEMA).build(),
                hash(new BigDecimal("1.5"), true));
        add("map of maps", SchemaBuilder.map(Schema.STRING_SCHEMA,
                SchemaBuilder.map(Schema.INT8_SCHEMA, Schema.BYTES_SCHEMA).build()).build(),
                hash("outer", hash((byte) 1, new byte[] {1})));
        add("map of arrays", SchemaBuilder.map(Schema.STRING_SCHEMA, SchemaBuilder.array(Schema.STRING_SCHEMA)
                .build()).optional().doc("groups").build(), hash("g", list("a", "b"), "h", list()));
        lossy("map with a key of the wrong type", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA)
                .build(), hash(1, 1));
        lossy("list given for a map", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build(), list());
    }

    private void structs() {
        Schema empty = SchemaBuilder.struct().build();
        add("empty struct", empty, new Struct(empty));
        Schema all = SchemaBuilder.struct().name("com.example.All").version(3).doc("every type")
                .parameter("p", "q")
                .field("b", Schema.BOOLEAN_SCHEMA).field("i8", Schema.INT8_SCHEMA).field("i16", Schema.INT16_SCHEMA)
                .field("i32", Schema.INT32_SCHEMA).field("i64", Schema.INT64_SCHEMA)
                .field("f32", Schema.FLOAT32_SCHEMA).field("f64", Schema.FLOAT64_SCHEMA)
                .field("s", Schema.STRING_SCHEMA).field("by", Schema.BYTES_SCHEMA)
                .field("dec", Decimal.schema(3)).field("date", Date.SCHEMA).field("time", Time.SCHEMA)
                .field("ts", Timestamp.SCHEMA)
                .field("arr", SchemaBuilder.array(Schema.STRING_SCHEMA).build())
                .field("map", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT64_SCHEMA).build())
                .field("opt", Schema.OPTIONAL_STRING_SCHEMA).build();
        add("struct of every type", all, new Struct(all).put("b", true).put("i8", (byte) -8)
                .put("i16", (short) 16).put("i32", 32).put("i64", 64L).put("f32", 3.2f).put("f64", 6.4)
                .put("s", UNICODE).put("by", new byte[] {1, 2}).put("dec", new BigDecimal("-1.234"))
                .put("date", new java.util.Date(86_400_000L * 2)).put("time", new java.util.Date(1000))
                .put("ts", new java.util.Date(-5)).put("arr", list("x")).put("map", hash("k", 1L)));
        Schema inner = SchemaBuilder.struct().name("Inner").field("v", Schema.OPTIONAL_INT32_SCHEMA).optional()
                .build();
        Schema outer = SchemaBuilder.struct().name("Outer")
                .field("inner", inner)
                .field("list", SchemaBuilder.array(inner).build())
                .field("byName", SchemaBuilder.map(Schema.STRING_SCHEMA, inner).build())
                .field("withDefault", SchemaBuilder.string().optional().defaultValue("d").build())
                .field("requiredDefault", SchemaBuilder.int32().defaultValue(7).build())
                .build();
        add("nested structs", outer, new Struct(outer).put("inner", new Struct(inner).put("v", 1))
                .put("list", list(new Struct(inner), null)).put("byName", hash("a", new Struct(inner).put("v", 2)))
                .put("withDefault", "set").put("requiredDefault", 8));
        lossy("struct with unset defaulted fields", outer, new Struct(outer).put("list", list())
                .put("byName", hash()));
        Schema unicode = SchemaBuilder.struct().name("\u00fcn\u00ef.c\u00f8d\u00e9\u2603").doc("d\u00f6c \"q\"")
                .parameter("p\u00e9", "v\ud83d\ude00").field("f\u00e9ld \ud83d\ude00", Schema.STRING_SCHEMA).build();
        add("unicode struct", unicode, new Struct(unicode).put("f\u00e9ld \ud83d\ude00", "\u0000\u001f\u00ff"));
        Schema same = SchemaBuilder.struct().name("Inner").field("v", Schema.OPTIONAL_INT32_SCHEMA).optional()
                .build();
        add("struct whose schema is equal but not the same", inner, new Struct(same).put("v", 4));
        Schema other = SchemaBuilder.struct().name("Other").field("v", Schema.OPTIONAL_INT32_SCHEMA).build();
        lossy("struct of another schema", inner, new Struct(other));
        lossy("string given for a struct", inner, "x");
        Schema wide = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        lossy("struct missing a required field", wide, new Struct(wide));
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    static Map<Object, Object> hash(Object... keysAndValues) {
        return fill(new HashMap<>(), keysAndValues);
    }

    static Map<Object, Object> linked(Object... keysAndValues) {
        return fill(new LinkedHashMap<>(), keysAndValues);
    }

    private static Map<Object, Object> fill(Map<Object, Object> map, Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
