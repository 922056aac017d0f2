/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaBuilderException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.connect.transforms.FieldTransformFixtures.configured;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sourceRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Whole-value casts: how each source value converts to each target type. */
class CastValueTest {

    private static final String SUPPORTED_INPUTS =
            "; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES]";

    private static SourceRecord cast(String target, Schema schema, Object value) {
        Cast.Value<SourceRecord> cast = configured(new Cast.Value<>(), Map.of("spec", target));
        return cast.apply(sourceRecord(schema, value));
    }

    private static Object castValue(String target, Schema schema, Object value) {
        return cast(target, schema, value).value();
    }

    private static void assertCastFails(String expectedMessage, String target, Schema schema, Object value) {
        DataException e = assertThrows(DataException.class, () -> cast(target, schema, value));
        assertEquals(expectedMessage, e.getMessage());
    }

    @Test
    void numbersNarrowLikeJavaPrimitiveCasts() {
        assertEquals((byte) 44, castValue("int8", Schema.INT16_SCHEMA, (short) 300));
        assertEquals((byte) 112, castValue("int8", Schema.INT32_SCHEMA, 70000));
        assertEquals((short) 4464, castValue("int16", Schema.INT32_SCHEMA, 70000));
        assertEquals(0, castValue("int32", Schema.INT64_SCHEMA, 1L << 40));
        assertEquals((byte) -1, castValue("int8", null, 255L));
        assertEquals((byte) 127, castValue("int8", null, (short) -129));
        assertEquals(9.223372E18f, castValue("float32", null, Long.MAX_VALUE));
    }

    @Test
    void floatingPointTruncatesTowardsZeroAndSaturatesAtIntBounds() {
        assertEquals((byte) 3, castValue("int8", Schema.FLOAT32_SCHEMA, 3.75f));
        assertEquals(-2L, castValue("int64", Schema.FLOAT32_SCHEMA, -2.5f));
        assertEquals((byte) -1, castValue("int8", Schema.FLOAT64_SCHEMA, 1e20));
        assertEquals((short) -1, castValue("int16", Schema.FLOAT64_SCHEMA, 1e20));
        assertEquals(Integer.MAX_VALUE, castValue("int32", Schema.FLOAT64_SCHEMA, 1e20));
        assertEquals(Long.MAX_VALUE, castValue("int64", Schema.FLOAT64_SCHEMA, 1e20));
        assertEquals(Integer.MIN_VALUE, castValue("int32", null, Double.NEGATIVE_INFINITY));
        assertEquals(0, castValue("int32", Schema.FLOAT64_SCHEMA, Double.NaN));
        assertEquals("NaN", castValue("string", Schema.FLOAT64_SCHEMA, Double.NaN));
        assertEquals("1.0E20", castValue("string", Schema.FLOAT64_SCHEMA, 1e20));
    }

    @Test
    void booleansAreOneOrZeroAndNumbersAreTrueWhenTheirLongValueIsNotZero() {
        assertEquals((byte) 1, castValue("int8", Schema.BOOLEAN_SCHEMA, true));
        assertEquals(0.0, castValue("float64", Schema.BOOLEAN_SCHEMA, false));
        assertEquals("true", castValue("string", Schema.BOOLEAN_SCHEMA, true));
        assertEquals(true, castValue("boolean", Schema.INT8_SCHEMA, (byte) -1));
        assertEquals(true, castValue("boolean", Schema.INT64_SCHEMA, 1L << 40));
        assertEquals(false, castValue("boolean", Schema.INT32_SCHEMA, 0));
        assertEquals(false, castValue("boolean", Schema.FLOAT32_SCHEMA, 0.5f));
        assertEquals(false, castValue("boolean", Schema.FLOAT64_SCHEMA, Double.NaN));
        assertEquals(true, castValue("boolean", null, 1e19));
    }

    @Test
    void stringsAreParsed() {
        assertEquals((byte) 42, castValue("int8", Schema.STRING_SCHEMA, "42"));
        assertEquals(5, castValue("int32", null, "+5"));
        assertEquals(7.0f, castValue("float32", Schema.STRING_SCHEMA, " 7 "));
        assertEquals(1000.0, castValue("float64", Schema.STRING_SCHEMA, "1e3"));
        assertEquals(Double.POSITIVE_INFINITY, castValue("float64", null, "1e400"));
        assertEquals(true, castValue("boolean", Schema.STRING_SCHEMA, "TRUE"));
        assertEquals(false, castValue("boolean", Schema.STRING_SCHEMA, "yes"));
        assertEquals(false, castValue("boolean", Schema.STRING_SCHEMA, "42"));
    }

    @Test
    void unparseableStringsReportTheValueAndKeepTheParseErrorAsCause() {
        DataException decimal = assertThrows(DataException.class, () -> cast("int32", Schema.STRING_SCHEMA, "3.5"));
        assertEquals("Value (3.5) was out of range for requested data type", decimal.getMessage());
        assertEquals("For input string: \"3.5\"", decimal.getCause().getMessage());
        DataException tooBig = assertThrows(DataException.class, () -> cast("int8", Schema.STRING_SCHEMA, "300"));
        assertEquals("Value out of range. Value:\"300\" Radix:10", tooBig.getCause().getMessage());
        DataException padded = assertThrows(DataException.class, () -> cast("int16", Schema.STRING_SCHEMA, " 7 "));
        assertEquals("Value ( 7 ) was out of range for requested data type", padded.getMessage());
        DataException empty = assertThrows(DataException.class, () -> cast("float32", Schema.STRING_SCHEMA, ""));
        assertEquals("Value () was out of range for requested data type", empty.getMessage());
        assertEquals("empty String", empty.getCause().getMessage());
    }

    @Test
    void binaryCanOnlyBecomeBase64Text() {
        assertEquals("AQID/w==", castValue("string", Schema.BYTES_SCHEMA, new byte[]{1, 2, 3, (byte) 255}));
        assertEquals("AQI=", castValue("string", null, new byte[]{1, 2}));
        assertCastFails("Unexpected type in Cast transformation: class [B", "int8", Schema.BYTES_SCHEMA, new byte[]{1});
        assertCastFails("Unexpected type in Cast transformation: class java.nio.HeapByteBuffer", "boolean", null,
                ByteBuffer.wrap(new byte[]{1}));
    }

    @Test
    void byteBuffersAreEncodedFromTheirStartUpToTheirLimit() {
        ByteBuffer moved = ByteBuffer.wrap(new byte[]{1, 2, 3, 4, 5});
        moved.position(2);
        assertEquals("AQIDBAU=", castValue("string", Schema.BYTES_SCHEMA, moved));
        moved.limit(4);
        assertEquals("AQIDBA==", castValue("string", null, moved));
        ByteBuffer slice = ByteBuffer.wrap(new byte[]{9, 1, 2, 3, 4, 5}, 1, 5).slice();
        assertEquals("AQIDBAU=", castValue("string", null, slice));
    }

    @Test
    void logicalValuesAreCastFromTheirEncodingAndKeepTheLogicalSchemaName() {
        SourceRecord decimal = cast("int8", Decimal.schema(2), new BigDecimal("12.34"));
        assertEquals((byte) 12, decimal.value());
        assertEquals(Schema.Type.INT8, decimal.valueSchema().type());
        assertEquals(Decimal.LOGICAL_NAME, decimal.valueSchema().name());
        assertEquals(Map.of("scale", "2"), decimal.valueSchema().parameters());

        assertEquals((byte) 3, castValue("int8", Date.SCHEMA, new java.util.Date(86400000L * 3)));
        assertEquals(3723000L, castValue("int64", Time.SCHEMA, new java.util.Date(3723000L)));
        assertEquals(-807049093, castValue("int32", Timestamp.SCHEMA, new java.util.Date(1700000000123L)));
        assertEquals(false, castValue("boolean", Decimal.schema(2), new BigDecimal("0.01")));
        assertEquals(100000.0, castValue("float64", Decimal.schema(-5), new BigDecimal("1E+5")));
    }

    @Test
    void logicalValuesAsTextAreFormattedByTheirValueNotTheirSchema() {
        assertEquals("12.34", castValue("string", Decimal.schema(2), new BigDecimal("12.34")));
        assertEquals("1E+5", castValue("string", Decimal.schema(-5), new BigDecimal("1E+5")));
        assertEquals("1970-01-04", castValue("string", Date.SCHEMA, new java.util.Date(86400000L * 3)));
        assertEquals("01:02:03.000Z", castValue("string", Time.SCHEMA, new java.util.Date(3723000L)));
        assertEquals("2023-11-14T22:13:20.123Z",
                castValue("string", Timestamp.SCHEMA, new java.util.Date(1700000000123L)));
        // Values under a day print as times, whole days as dates, whatever the schema says.
        assertEquals("00:00:00.000Z", castValue("string", Date.SCHEMA, new java.util.Date(-86400000L)));
        assertEquals("23:59:58.500Z", castValue("string", Timestamp.SCHEMA, new java.util.Date(-1500L)));
        assertEquals("00:00:01.000Z", castValue("string", Schema.INT64_SCHEMA, new java.util.Date(1000)));
        assertEquals("1000", castValue("string", Timestamp.SCHEMA, 1000L));
    }

    @Test
    void logicalSchemasWithTheWrongJavaTypeFail() {
        assertThrows(ClassCastException.class, () -> cast("int8", Timestamp.SCHEMA, 1000L));
        assertCastFails("Unexpected type in Cast transformation: class java.util.Date", "int8", Schema.INT64_SCHEMA,
                new java.util.Date(1000));
    }

    @Test
    void theTargetSchemaKeepsNameOptionalityAndACastDefault() {
        Schema named = SchemaBuilder.int32().name("my.int").version(2).doc("docs").parameter("p", "q").build();
        Schema result = cast("int64", named, 17).valueSchema();
        assertEquals(SchemaBuilder.int64().name("my.int").version(2).doc("docs").parameter("p", "q").build(), result);

        assertEquals(Schema.OPTIONAL_INT64_SCHEMA, cast("int64", Schema.OPTIONAL_INT32_SCHEMA, 5).valueSchema());
        assertEquals(SchemaBuilder.string().defaultValue("9").build(),
                cast("string", SchemaBuilder.int32().defaultValue(9).build(), 5).valueSchema());
    }

    @Test
    void aCastDefaultMustStillSuitTheLogicalTypeKeptOnTheSchema() {
        Schema dateWithDefault = Date.builder().defaultValue(new java.util.Date(0)).build();
        SchemaBuilderException e = assertThrows(SchemaBuilderException.class,
                () -> cast("string", dateWithDefault, new java.util.Date(86400000L)));
        assertEquals("Invalid default value", e.getMessage());
    }

    @Test
    void schemalessValuesStaySchemaless() {
        SourceRecord result = cast("int16", null, 70000);
        assertNull(result.valueSchema());
        assertEquals((short) 4464, result.value());
    }

    @Test
    void nullValuesAreLeftAloneEvenWithADefault() {
        Schema withDefault = SchemaBuilder.int32().optional().defaultValue(5).build();
        SourceRecord record = sourceRecord(withDefault, null);
        Cast.Value<SourceRecord> cast = configured(new Cast.Value<>(), Map.of("spec", "int8"));
        assertSame(record, cast.apply(record));
    }

    @Test
    void unsupportedSourcesAreDataErrors() {
        assertCastFails("Cast transformation does not support casting from ARRAY" + SUPPORTED_INPUTS, "string",
                SchemaBuilder.array(Schema.INT32_SCHEMA).build(), List.of(1));
        assertCastFails("Cast transformation does not support casting from MAP" + SUPPORTED_INPUTS, "int8", null,
                Map.of("a", 1));
        Schema struct = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        assertCastFails("Cast transformation does not support casting from STRUCT" + SUPPORTED_INPUTS, "string",
                struct, new Struct(struct).put("a", 1));
        assertCastFails("Unexpected type in Cast transformation: class org.apache.kafka.connect.data.Struct", "int8",
                Schema.INT32_SCHEMA, new Struct(struct).put("a", 1));
    }

    @Test
    void schemalessValuesMustBeConnectTypes() {
        assertCastFails("Cast transformation was passed a value of type class java.math.BigDecimal which is not "
                + "supported by Connect's data API", "string", null, new BigDecimal("12.34"));
        assertCastFails("Cast transformation was passed a value of type class java.util.Date which is not "
                + "supported by Connect's data API", "int64", null, new java.util.Date(0));
        assertCastFails("Cast transformation was passed a value of type class java.lang.Character which is not "
                + "supported by Connect's data API", "string", null, 'c');
    }

    @Test
    void theSchemaFollowsTheDeclaredTypeNotTheJavaValue() {
        assertEquals((short) 5, castValue("int16", Schema.STRING_SCHEMA, 5));
        assertEquals((short) 5, castValue("int16", Schema.INT32_SCHEMA, "5"));
        assertEquals("abc", castValue("string", Schema.BYTES_SCHEMA, "abc"));
    }

    @Test
    void wholeValueSchemasAreCached() {
        Cast.Value<SourceRecord> cast = configured(new Cast.Value<>(), Map.of("spec", "int64"));
        Schema first = cast.apply(sourceRecord(Schema.INT32_SCHEMA, 1)).valueSchema();
        assertSame(first, cast.apply(sourceRecord(Schema.INT32_SCHEMA, 2)).valueSchema());
    }
}
