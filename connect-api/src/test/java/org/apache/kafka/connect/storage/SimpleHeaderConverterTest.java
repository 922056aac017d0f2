/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

/** Header values written as text and read back with type inference, byte for byte as on Apache 4.3.1. */
class SimpleHeaderConverterTest {

    private final SimpleHeaderConverter converter = new SimpleHeaderConverter();

    private void assertWrites(String expected, Schema schema, Object value) {
        assertArrayEquals(expected.getBytes(UTF_8), converter.fromConnectHeader("t", "h", schema, value),
                () -> "writing " + value);
    }

    private SchemaAndValue read(String text) {
        return converter.toConnectHeader("t", "h", text.getBytes(UTF_8));
    }

    private void assertReads(String text, Schema expectedSchema, Object expectedValue) {
        SchemaAndValue read = read(text);
        assertSame(expectedSchema, read.schema(), () -> "schema of " + text);
        assertEquals(expectedValue, read.value(), () -> "value of " + text);
    }

    @Test
    void writesNullAsNull() {
        assertNull(converter.fromConnectHeader("t", "h", null, null));
        assertNull(converter.fromConnectHeader("t", "h", Schema.OPTIONAL_STRING_SCHEMA, null));
    }

    @Test
    void writesStringsAsIs() {
        assertWrites("hello", Schema.STRING_SCHEMA, "hello");
        assertWrites("hello", null, "hello");
        assertWrites("", Schema.STRING_SCHEMA, "");
        assertWrites("a \"quoted\" , [x] {y}", null, "a \"quoted\" , [x] {y}");
        assertWrites("tab\there", null, "tab\there");
        assertWrites("hé", null, "hé");
    }

    @Test
    void writesNumbersAndBooleansInTheirJavaForm() {
        assertWrites("5", Schema.INT8_SCHEMA, (byte) 5);
        assertWrites("300", Schema.INT16_SCHEMA, (short) 300);
        assertWrites("70000", Schema.INT32_SCHEMA, 70000);
        assertWrites("1099511627776", Schema.INT64_SCHEMA, 1L << 40);
        assertWrites("1.5", Schema.FLOAT32_SCHEMA, 1.5f);
        assertWrites("2.25", Schema.FLOAT64_SCHEMA, 2.25d);
        assertWrites("1.0E20", null, 1e20);
        assertWrites("1.0E-7", null, 1e-7f);
        assertWrites("NaN", null, Float.NaN);
        assertWrites("Infinity", null, Double.POSITIVE_INFINITY);
        assertWrites("true", Schema.BOOLEAN_SCHEMA, true);
        assertWrites("false", null, false);
    }

    @Test
    void writesTheValueEvenWhenItDoesNotMatchTheSchema() {
        assertWrites("notint", Schema.INT32_SCHEMA, "notint");
        assertWrites("42", Schema.STRING_SCHEMA, 42);
        assertWrites("5", Timestamp.SCHEMA, 5L);
        assertWrites("19000", Date.SCHEMA, 19000);
        assertWrites("x", SchemaBuilder.struct().build(), "x");
    }

    @Test
    void writesBinaryAsBase64() {
        assertWrites("AQID", Schema.BYTES_SCHEMA, new byte[] {1, 2, 3});
        assertWrites("aGk=", null, new byte[] {104, 105});
        assertWrites("aGk=", Schema.BYTES_SCHEMA, ByteBuffer.wrap(new byte[] {104, 105}));
        assertWrites("AQI=", Decimal.schema(2), new byte[] {1, 2});
    }

    @Test
    void writesListsMapsAndStructsAsCompactJsonLikeText() {
        assertWrites("[1,2,3]", SchemaBuilder.array(Schema.INT32_SCHEMA).build(), Arrays.asList(1, 2, 3));
        assertWrites("[\"a\",\"b,c\",null]", null, Arrays.asList("a", "b,c", null));
        assertWrites("{\"a\":1}", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build(), Map.of("a", 1));
        assertWrites("{\"k\":[1,2]}", null, Map.of("k", Arrays.asList(1, 2)));
        assertWrites("{1:true}", null, Map.of(1, true));
        assertWrites("[\"q\\\"uote\",\"back\\\\slash\"]", null, Arrays.asList("q\"uote", "back\\slash"));
        assertWrites("{\"k\\\"\":\"v\\\\\"}", null, Map.of("k\"", "v\\"));

        Schema schema = SchemaBuilder.struct().name("S")
                .field("f", Schema.INT32_SCHEMA).field("g", Schema.OPTIONAL_STRING_SCHEMA).build();
        assertWrites("{\"f\":1,\"g\":\"x\"}", schema, new Struct(schema).put("f", 1).put("g", "x"));
    }

    @Test
    void writesNestedStructsWithLogicalAndBinaryFields() {
        Schema inner = SchemaBuilder.struct().name("In").field("x", Schema.INT32_SCHEMA).build();
        Schema outer = SchemaBuilder.struct().name("Out")
                .field("s", Schema.STRING_SCHEMA)
                .field("in", inner)
                .field("l", SchemaBuilder.array(Schema.STRING_SCHEMA).build())
                .field("m", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.FLOAT64_SCHEMA).build())
                .field("o", Schema.OPTIONAL_INT64_SCHEMA)
                .field("d", Decimal.schema(1))
                .field("ts", Timestamp.SCHEMA)
                .field("b", Schema.BYTES_SCHEMA)
                .build();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p", 1.5);
        Struct struct = new Struct(outer).put("s", "a\"b").put("in", new Struct(inner).put("x", 7))
                .put("l", Arrays.asList("x", "y")).put("m", m).put("d", new BigDecimal("2.5"))
                .put("ts", new java.util.Date(0)).put("b", new byte[] {0, 1});
        String expected = "{\"s\":\"a\\\"b\",\"in\":{\"x\":7},\"l\":[\"x\",\"y\"],\"m\":{\"p\":1.5},\"o\":null,"
                + "\"d\":2.5,\"ts\":00:00:00.000Z,\"b\":\"AAE=\"}";
        assertWrites(expected, outer, struct);
        assertWrites(expected, null, struct);
    }

    @Test
    void writesDecimalsAndTemporalValuesInIsoLikeForms() {
        assertWrites("12.34", Decimal.schema(2), new BigDecimal("12.34"));
        assertWrites("12.34", null, new BigDecimal("12.34"));
        assertWrites("1E+3", null, new BigDecimal("1E+3"));
        assertWrites("0.000001", null, new BigDecimal("0.000001"));
        assertWrites("1971-01-01", Date.SCHEMA, new java.util.Date(86_400_000L * 365));
        assertWrites("01:02:03.004Z", Time.SCHEMA, new java.util.Date(3_723_004L));
        assertWrites("2023-11-14T22:13:20.123Z", Timestamp.SCHEMA, new java.util.Date(1_700_000_000_123L));
        assertWrites("2023-11-14T22:13:20.123Z", null, new java.util.Date(1_700_000_000_123L));
        assertWrites("[\"AQ==\",00:00:00.000Z]", null, Arrays.asList(new byte[] {1}, new java.util.Date(0)));
    }

    @Test
    void valuesOfUnsupportedClassesAreRejected() {
        DataException e = assertThrows(DataException.class, () -> converter.fromConnectHeader("t", "h", null, 'c'));
        assertEquals("Failed to serialize unexpected value type java.lang.Character: c", e.getMessage());
    }

    @Test
    void readsNullAsNoSchemaAndNoValue() {
        SchemaAndValue read = converter.toConnectHeader("t", "h", null);
        assertNull(read.schema());
        assertNull(read.value());
        assertNotSame(SchemaAndValue.NULL, read);
    }

    @Test
    void readsTheWordNullAsANullResult() {
        assertNull(read("null"));
    }

    @Test
    void readsTextThatIsNothingElseAsAString() {
        for (String text : List.of("hello", "", " ", "FALSE", "{a:1}", "[1,2", "{\"a\":1", "\"quoted\"", "a,b", "[a,b]",
                "0x10", "NaN", "Infinity", "1_000", ".5", "1e", "hé", "Struct{f=1}", "2024-01-15T12:34:56.789+0000",
                "[1,null]", "null null")) {
            assertReads(text, Schema.STRING_SCHEMA, text);
        }
    }

    @Test
    void readsInvalidUtf8AsAStringWithReplacementCharacters() {
        SchemaAndValue read = converter.toConnectHeader("t", "h", new byte[] {(byte) 0xff, (byte) 0xfe, 65});
        assertSame(Schema.STRING_SCHEMA, read.schema());
        assertEquals("\uFFFD\uFFFDA", read.value());
    }

    @Test
    void readsIntegersIntoTheSmallestFittingType() {
        assertReads("42", Schema.INT8_SCHEMA, (byte) 42);
        assertReads("-42", Schema.INT8_SCHEMA, (byte) -42);
        assertReads("  42  ", Schema.INT8_SCHEMA, (byte) 42);
        assertReads("\t7\n", Schema.INT8_SCHEMA, (byte) 7);
        assertReads("007", Schema.INT8_SCHEMA, (byte) 7);
        assertReads("+1", Schema.INT8_SCHEMA, (byte) 1);
        assertReads("-0", Schema.INT8_SCHEMA, (byte) 0);
        assertReads("1.0", Schema.INT8_SCHEMA, (byte) 1);
        assertReads("5.", Schema.INT8_SCHEMA, (byte) 5);
        assertReads("128", Schema.INT16_SCHEMA, (short) 128);
        assertReads("32768", Schema.INT32_SCHEMA, 32768);
        assertReads("2147483648", Schema.INT64_SCHEMA, 2147483648L);
        assertReads("1e10", Schema.INT64_SCHEMA, 10_000_000_000L);
    }

    @Test
    void readsIntegersBeyondLongAsDecimalsOfScaleZero() {
        SchemaAndValue read = read("9223372036854775808");
        assertEquals(Decimal.schema(0), read.schema());
        assertEquals(new BigDecimal("9223372036854775808"), read.value());
        assertEquals(new BigDecimal("1234567890123456789012345678901234567890"),
                read("1234567890123456789012345678901234567890").value());
    }

    @Test
    void readsFractionsAsFloatsUnlessOutOfFloatRange() {
        assertReads("1.5", Schema.FLOAT32_SCHEMA, 1.5f);
        assertReads("12.34", Schema.FLOAT32_SCHEMA, 12.34f);
        assertReads("100000000000000000000.5", Schema.FLOAT32_SCHEMA, 1.0E20f);
        assertReads("3.4028235E39", Schema.FLOAT64_SCHEMA, 3.4028235E39);
    }

    @Test
    void readsLowerCaseTrueAsABoolean() {
        assertReads("true", Schema.BOOLEAN_SCHEMA, true);
    }

    @Test
    void readsIsoDatesTimesAndTimestamps() {
        assertReads("2024-01-15", Date.SCHEMA, new java.util.Date(1_705_276_800_000L));
        assertReads("12:34:56.789Z", Time.SCHEMA, new java.util.Date(45_296_789L));
        assertReads("2024-01-15T12:34:56.789Z", Timestamp.SCHEMA, new java.util.Date(1_705_322_096_789L));
    }

    @Test
    void readsArraysWithACommonElementSchema() {
        SchemaAndValue ints = read("[1,2,3]");
        assertEquals(SchemaBuilder.array(Schema.INT8_SCHEMA).build(), ints.schema());
        assertEquals(Arrays.asList((byte) 1, (byte) 2, (byte) 3), ints.value());

        SchemaAndValue floats = read("[1, 2.5]");
        assertEquals(Schema.Type.ARRAY, floats.schema().type());
        assertEquals(Schema.FLOAT32_SCHEMA, floats.schema().valueSchema());
        assertEquals(Arrays.asList(1.0f, 2.5f), floats.value());

        SchemaAndValue strings = read("[\"a\",\"b\"]");
        assertEquals(Schema.STRING_SCHEMA, strings.schema().valueSchema());
        assertEquals(Arrays.asList("a", "b"), strings.value());
    }

    @Test
    void readsMixedOrEmptyArraysWithoutAnElementSchema() {
        for (String text : List.of("[1,\"a\"]", "[]", "[null]", "[1, [2]]")) {
            SchemaAndValue read = read(text);
            assertEquals(Schema.Type.ARRAY, read.schema().type(), text);
            assertNull(read.schema().valueSchema(), text);
        }
        assertEquals(Arrays.asList((byte) 1, "a"), read("[1,\"a\"]").value());
        assertEquals(Arrays.asList((Object) null), read("[null]").value());
    }

    @Test
    void readsMaps() {
        SchemaAndValue read = read("{\"a\":1,\"b\":2}");
        assertEquals(SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build(), read.schema());
        Map<String, Byte> expected = new LinkedHashMap<>();
        expected.put("a", (byte) 1);
        expected.put("b", (byte) 2);
        assertEquals(expected, read.value());

        SchemaAndValue numericKeys = read("{1:true}");
        assertEquals(Schema.INT8_SCHEMA, numericKeys.schema().keySchema());
        assertEquals(Schema.BOOLEAN_SCHEMA, numericKeys.schema().valueSchema());
        assertEquals(Map.of((byte) 1, true), numericKeys.value());

        SchemaAndValue empty = read("{}");
        assertEquals(Schema.Type.MAP, empty.schema().type());
        assertNull(empty.schema().keySchema());
        assertEquals(Map.of(), empty.value());
    }

    @Test
    void toleratesATrailingCommaInArraysAndMaps() {
        assertEquals(Arrays.asList((byte) 1), read("[1,]").value());
        assertEquals(Map.of("a", (byte) 1), read("{\"a\":1,}").value());
    }

    @Test
    void roundTripsStructuredValuesThroughText() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("x", Arrays.asList(1, 2));
        byte[] written = converter.fromConnectHeader("t", "h", null, map);
        SchemaAndValue read = converter.toConnectHeader("t", "h", written);
        assertEquals(Map.of("x", Arrays.asList((byte) 1, (byte) 2)), read.value());
    }

    @Test
    void fallsBackToTheRawBytesWhenParsingBlowsUp() throws InterruptedException {
        // Nesting this deep exhausts a small thread stack inside the parser.
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(50_000)).append("]".repeat(50_000));
        byte[] raw = deep.toString().getBytes(UTF_8);
        AtomicReference<SchemaAndValue> result = new AtomicReference<>();
        Thread parser = new Thread(null, () -> result.set(converter.toConnectHeader("t", "h", raw)), "deep", 256 * 1024);
        parser.start();
        parser.join();
        assertSame(Schema.BYTES_SCHEMA, result.get().schema());
        assertSame(raw, result.get().value());
    }

    @Test
    void hasNoSettingsAndReportsTheKafkaVersion() throws Exception {
        assertTrue(converter.config().names().isEmpty());
        assertSame(converter.config(), new SimpleHeaderConverter().config());
        assertEquals("4.3.1", converter.version());
        converter.configure(Map.of("anything", "goes"));
        converter.configure(null);
        converter.close();
        assertWrites("1", null, 1);
    }
}
