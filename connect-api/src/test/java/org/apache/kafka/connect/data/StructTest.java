/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StructTest {

    private static final Schema INNER = SchemaBuilder.struct().name("Inner").field("x", Schema.INT8_SCHEMA).optional()
            .build();
    private static final Schema ALL = SchemaBuilder.struct().name("All")
            .field("i8", Schema.INT8_SCHEMA)
            .field("i16", Schema.OPTIONAL_INT16_SCHEMA)
            .field("i32", SchemaBuilder.int32().defaultValue(42).build())
            .field("i64", Schema.OPTIONAL_INT64_SCHEMA)
            .field("f32", Schema.OPTIONAL_FLOAT32_SCHEMA)
            .field("f64", Schema.OPTIONAL_FLOAT64_SCHEMA)
            .field("bool", Schema.OPTIONAL_BOOLEAN_SCHEMA)
            .field("str", SchemaBuilder.string().optional().defaultValue("dflt").build())
            .field("bytes", Schema.OPTIONAL_BYTES_SCHEMA)
            .field("arr", SchemaBuilder.array(Schema.INT8_SCHEMA).optional().build())
            .field("map", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).optional().build())
            .field("inner", INNER)
            .build();

    private static void assertDataError(String message, Executable call) {
        DataException e = assertThrows(DataException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void onlyStructSchemasCanBackAStruct() {
        assertDataError("Not a struct schema: Schema{INT8}", () -> new Struct(Schema.INT8_SCHEMA));
        assertDataError("Not a struct schema: Schema{ARRAY}", () -> new Struct(SchemaBuilder.array(Schema.INT8_SCHEMA).build()));
        assertThrows(NullPointerException.class, () -> new Struct(null));
    }

    @Test
    void aStructKeepsTheSchemaItWasGiven() {
        SchemaBuilder builder = SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA);
        assertSame(builder, new Struct(builder).put("a", (byte) 1).schema());
        assertSame(ALL, new Struct(ALL).schema());
    }

    @Test
    void typedGettersReturnWhatWasPut() {
        Struct struct = new Struct(ALL).put("i8", (byte) 1).put("i16", (short) 2).put("i32", 3).put("i64", 4L)
                .put("f32", 5.5f).put("f64", 6.5d).put("bool", true).put("str", "s").put("bytes", new byte[]{9})
                .put("arr", List.of((byte) 1)).put("map", Map.of("k", (byte) 2))
                .put("inner", new Struct(INNER).put("x", (byte) 7));
        assertEquals((byte) 1, struct.getInt8("i8"));
        assertEquals((short) 2, struct.getInt16("i16"));
        assertEquals(3, struct.getInt32("i32"));
        assertEquals(4L, struct.getInt64("i64"));
        assertEquals(5.5f, struct.getFloat32("f32"));
        assertEquals(6.5d, struct.getFloat64("f64"));
        assertEquals(true, struct.getBoolean("bool"));
        assertEquals("s", struct.getString("str"));
        assertArrayEquals(new byte[]{9}, struct.getBytes("bytes"));
        assertEquals(List.of((byte) 1), struct.<Byte>getArray("arr"));
        assertEquals(Map.of("k", (byte) 2), struct.<String, Byte>getMap("map"));
        assertEquals(new Struct(INNER).put("x", (byte) 7), struct.getStruct("inner"));
        assertEquals((byte) 7, struct.getStruct("inner").getInt8("x"));
    }

    @Test
    void getFallsBackToTheFieldDefault() {
        Struct struct = new Struct(ALL);
        assertEquals(42, struct.get("i32"));
        assertEquals("dflt", struct.get("str"));
        assertEquals(42, struct.get(ALL.field("i32")));
        assertNull(struct.get("i8"));
        assertNull(struct.get("i16"));
    }

    @Test
    void getWithoutDefaultAndTypedGettersIgnoreDefaults() {
        Struct struct = new Struct(ALL);
        assertNull(struct.getWithoutDefault("i32"));
        assertNull(struct.getInt32("i32"));
        assertNull(struct.getString("str"));
        assertEquals(9, struct.put("i32", 9).getWithoutDefault("i32"));
    }

    @Test
    void unknownFieldNamesAreRejected() {
        Struct struct = new Struct(ALL);
        assertDataError("nope is not a valid field name", () -> struct.get("nope"));
        assertDataError("nope is not a valid field name", () -> struct.getWithoutDefault("nope"));
        assertDataError("nope is not a valid field name", () -> struct.getInt8("nope"));
        assertDataError("nope is not a valid field name", () -> struct.put("nope", 1));
        assertDataError("null is not a valid field name", () -> struct.get((String) null));
    }

    @Test
    void typedGettersCheckTheSchemaType() {
        Struct struct = new Struct(ALL).put("i8", (byte) 1);
        assertDataError("Field 'i8' is not of type INT16", () -> struct.getInt16("i8"));
        assertDataError("Field 'i8' is not of type STRING", () -> struct.getString("i8"));
        assertDataError("Field 'i8' is not of type BYTES", () -> struct.getBytes("i8"));
        assertDataError("Field 'i8' is not of type ARRAY", () -> struct.getArray("i8"));
        assertDataError("Field 'i8' is not of type MAP", () -> struct.getMap("i8"));
        assertDataError("Field 'i8' is not of type STRUCT", () -> struct.getStruct("i8"));
        assertDataError("Field 'i16' is not of type INT8", () -> struct.getInt8("i16"));
    }

    @Test
    void typedGettersOnLogicalFieldsCastTheLogicalValue() {
        Schema schema = SchemaBuilder.struct().field("dt", Date.SCHEMA).build();
        Struct struct = new Struct(schema).put("dt", new java.util.Date(0));
        assertThrows(ClassCastException.class, () -> struct.getInt32("dt"));
        assertEquals(new java.util.Date(0), struct.get("dt"));
    }

    @Test
    void getBytesUnwrapsTheWholeBackingArrayOfAByteBuffer() {
        assertArrayEquals(new byte[]{1, 2}, new Struct(ALL).put("bytes", ByteBuffer.wrap(new byte[]{1, 2})).getBytes("bytes"));
        ByteBuffer positioned = ByteBuffer.wrap(new byte[]{1, 2, 3, 4});
        positioned.position(2);
        assertArrayEquals(new byte[]{1, 2, 3, 4}, new Struct(ALL).put("bytes", positioned).getBytes("bytes"));
        ByteBuffer direct = ByteBuffer.allocateDirect(2);
        assertThrows(UnsupportedOperationException.class, () -> new Struct(ALL).put("bytes", direct).getBytes("bytes"));
        assertSame(direct, new Struct(ALL).put("bytes", direct).get("bytes"));
    }

    @Test
    void putValidatesAgainstTheFieldSchema() {
        assertDataError("Invalid Java object for schema with type INT8: class java.lang.Integer for field: \"i8\"",
                () -> new Struct(ALL).put("i8", 1));
        assertDataError("Invalid value: null used for required field: \"i8\", schema type: INT8",
                () -> new Struct(ALL).put("i8", null));
        assertDataError("Invalid Java object for schema with type INT8: class java.lang.String for element of array "
                + "field: \"arr\"", () -> new Struct(ALL).put("arr", List.of("x")));
        assertDoesNotThrow(() -> new Struct(ALL).put("i16", null));
    }

    @Test
    void putValidatesNestedStructs() {
        Schema other = SchemaBuilder.struct().field("y", Schema.INT8_SCHEMA).build();
        assertDataError("Struct schemas do not match.", () -> new Struct(ALL).put("inner", new Struct(other).put("y", (byte) 1)));
        assertDataError("Invalid value: null used for required field: \"x\", schema type: INT8",
                () -> new Struct(ALL).put("inner", new Struct(INNER)));
    }

    @Test
    void putAcceptsLogicalValues() {
        Schema schema = SchemaBuilder.struct().field("d", Decimal.schema(2)).field("dt", Date.SCHEMA).build();
        Struct struct = new Struct(schema).put("d", new BigDecimal("1.23")).put("dt", new java.util.Date(0));
        assertEquals("Struct{d=1.23,dt=" + new java.util.Date(0) + "}", struct.toString());
        assertDataError("Invalid Java object for schema \"org.apache.kafka.connect.data.Decimal\" with type BYTES: "
                + "class [B for field: \"d\"", () -> new Struct(schema).put("d", new byte[]{1}));
    }

    @Test
    void putByFieldUsesOnlyTheFieldsIndexNameAndSchema() {
        // A foreign Field is trusted: its schema validates the value and its index picks the slot.
        Struct struct = new Struct(ALL).put(new Field("other", 0, Schema.INT16_SCHEMA), (short) 1);
        assertEquals((short) 1, struct.getWithoutDefault("i8"));
        assertDataError("Invalid Java object for schema with type INT16: class java.lang.Byte for field: \"other\"",
                () -> new Struct(ALL).put(new Field("other", 0, Schema.INT16_SCHEMA), (byte) 1));
        assertThrows(ArrayIndexOutOfBoundsException.class,
                () -> new Struct(ALL).put(new Field("i8", 99, Schema.INT8_SCHEMA), (byte) 1));
    }

    @Test
    void putNullFieldIsRejected() {
        assertDataError("field cannot be null.", () -> new Struct(ALL).put((Field) null, (byte) 1));
    }

    @Test
    void getByFieldReadsTheIndexAndUsesThatFieldsDefault() {
        Struct struct = new Struct(ALL).put("i8", (byte) 1);
        assertEquals((byte) 1, struct.get(new Field("whatever", 0, Schema.INT16_SCHEMA)));
        assertNull(struct.get(new Field("i8", 1, Schema.OPTIONAL_INT16_SCHEMA)));
        assertEquals(7, struct.get(new Field("i16", 1, SchemaBuilder.int32().optional().defaultValue(7).build())));
        assertThrows(NullPointerException.class, () -> struct.get((Field) null));
    }

    @Test
    void validatePassesWhenRequiredFieldsAreSetOrDefaulted() {
        assertDoesNotThrow(() -> new Struct(ALL).put("i8", (byte) 1).validate());
    }

    @Test
    void validateReportsTheFirstMissingRequiredField() {
        assertDataError("Invalid value: null used for required field: \"i8\", schema type: INT8",
                () -> new Struct(ALL).validate());
    }

    @Test
    void validateDescendsIntoNestedStructs() {
        Struct inner = new Struct(INNER).put("x", (byte) 1);
        Schema outerSchema = SchemaBuilder.struct().field("in", INNER).build();
        Struct outer = new Struct(outerSchema).put("in", inner);
        inner.put(new Field("x", 0, Schema.OPTIONAL_INT8_SCHEMA), null);
        assertDataError("Invalid value: null used for required field: \"x\", schema type: INT8", outer::validate);
    }

    @Test
    void toStringListsSetFieldsOnlyInSchemaOrder() {
        assertEquals("Struct{}", new Struct(ALL).toString());
        Struct struct = new Struct(ALL).put("str", "x").put("i8", (byte) 1).put("arr", List.of((byte) 1, (byte) 2));
        assertEquals("Struct{i8=1,str=x,arr=[1, 2]}", struct.toString());
        assertEquals("Struct{}", new Struct(SchemaBuilder.struct().build()).toString());
    }

    @Test
    void toStringNestsStructsAndMaps() {
        Schema schema = SchemaBuilder.struct().field("in", INNER)
                .field("m", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build()).build();
        Struct struct = new Struct(schema).put("in", new Struct(INNER).put("x", (byte) 1)).put("m", Map.of("k", (byte) 2));
        assertEquals("Struct{in=Struct{x=1},m={k=2}}", struct.toString());
    }

    @Test
    void toStringPrintsByteArraysAsObjects() {
        String text = new Struct(ALL).put("bytes", new byte[]{1}).toString();
        assertTrue(text.startsWith("Struct{bytes=[B@"), text);
    }

    @Test
    void equalStructsHaveEqualSchemasAndValues() {
        Struct a = new Struct(ALL).put("i8", (byte) 1).put("bytes", new byte[]{1, 2});
        Struct b = new Struct(ALL).put("i8", (byte) 1).put("bytes", new byte[]{1, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Struct(ALL).put("i8", (byte) 2).put("bytes", new byte[]{1, 2}));
    }

    @Test
    void anExplicitValueDiffersFromAnUnsetDefault() {
        assertNotEquals(new Struct(ALL).put("i32", 42), new Struct(ALL));
    }

    @Test
    void differentSchemasMakeStructsUnequal() {
        Schema one = SchemaBuilder.struct().name("S").field("a", Schema.OPTIONAL_INT8_SCHEMA).build();
        Schema two = SchemaBuilder.struct().name("T").field("a", Schema.OPTIONAL_INT8_SCHEMA).build();
        assertNotEquals(new Struct(one), new Struct(two));
        assertNotEquals(new Struct(one), null);
        assertNotEquals(new Struct(one), "Struct{}");
        assertNotEquals(new Struct(one), new Struct(one) { });
    }

    @Test
    void byteArraysInsideListsAreComparedByIdentity() {
        Schema schema = SchemaBuilder.struct().field("l", SchemaBuilder.array(Schema.BYTES_SCHEMA).build()).build();
        assertNotEquals(new Struct(schema).put("l", List.of(new byte[]{1})), new Struct(schema).put("l", List.of(new byte[]{1})));
    }
}
