/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accessors, equality, text form and type mapping of schemas; value validation lives in ConnectSchemaValidationTest. */
class ConnectSchemaTest {

    @Test
    void typeNamesAreLowerCaseAndOnlyContainersAreNotPrimitive() {
        assertEquals("int8", Schema.Type.INT8.getName());
        assertEquals("float64", Schema.Type.FLOAT64.getName());
        assertEquals("boolean", Schema.Type.BOOLEAN.getName());
        assertEquals("struct", Schema.Type.STRUCT.getName());
        for (Schema.Type type : Schema.Type.values()) {
            assertEquals(type.name().toLowerCase(java.util.Locale.ROOT), type.getName());
            boolean container = type == Schema.Type.ARRAY || type == Schema.Type.MAP || type == Schema.Type.STRUCT;
            assertEquals(!container, type.isPrimitive(), type.name());
        }
        assertEquals(12, Schema.Type.values().length);
    }

    @Test
    void constantsAreUnnamedConnectSchemasWithTheExpectedOptionality() {
        Schema[] required = {Schema.INT8_SCHEMA, Schema.INT16_SCHEMA, Schema.INT32_SCHEMA, Schema.INT64_SCHEMA,
            Schema.FLOAT32_SCHEMA, Schema.FLOAT64_SCHEMA, Schema.BOOLEAN_SCHEMA, Schema.STRING_SCHEMA, Schema.BYTES_SCHEMA};
        Schema[] optional = {Schema.OPTIONAL_INT8_SCHEMA, Schema.OPTIONAL_INT16_SCHEMA, Schema.OPTIONAL_INT32_SCHEMA,
            Schema.OPTIONAL_INT64_SCHEMA, Schema.OPTIONAL_FLOAT32_SCHEMA, Schema.OPTIONAL_FLOAT64_SCHEMA,
            Schema.OPTIONAL_BOOLEAN_SCHEMA, Schema.OPTIONAL_STRING_SCHEMA, Schema.OPTIONAL_BYTES_SCHEMA};
        for (int i = 0; i < required.length; i++) {
            assertInstanceOf(ConnectSchema.class, required[i]);
            assertFalse(required[i].isOptional());
            assertTrue(optional[i].isOptional());
            assertEquals(Schema.Type.values()[i], required[i].type());
            assertEquals(required[i].type(), optional[i].type());
            assertNull(required[i].name());
            assertNull(optional[i].version());
            assertNull(optional[i].doc());
            assertNull(optional[i].defaultValue());
            assertNull(optional[i].parameters());
        }
    }

    @Test
    void toStringShowsNameAndTypeOnly() {
        assertEquals("Schema{INT8}", Schema.INT8_SCHEMA.toString());
        assertEquals("Schema{STRING}", Schema.OPTIONAL_STRING_SCHEMA.toString());
        assertEquals("Schema{nm:INT8}", SchemaBuilder.int8().name("nm").version(3).doc("dd").optional()
                .defaultValue((byte) 2).parameter("k", "v").build().toString());
        assertEquals("Schema{:INT8}", SchemaBuilder.int8().name("").build().toString());
        assertEquals("Schema{org.apache.kafka.connect.data.Decimal:BYTES}", Decimal.schema(2).toString());
        assertEquals("Schema{MAP}", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build().toString());
        assertEquals("Schema{null}", new ConnectSchema(null).toString());
    }

    @Test
    void shortConstructorsLeaveTheRestUnset() {
        ConnectSchema schema = new ConnectSchema(Schema.Type.STRUCT);
        assertFalse(schema.isOptional());
        assertEquals(List.of(), schema.fields());
        assertNull(schema.field("a"));
        assertNull(schema.parameters());
        ConnectSchema primitive = new ConnectSchema(Schema.Type.INT8, true, (byte) 1, "n", 2, "d");
        assertTrue(primitive.isOptional());
        assertEquals((byte) 1, primitive.defaultValue());
        assertEquals("n", primitive.name());
        assertEquals(2, primitive.version());
        assertEquals("d", primitive.doc());
    }

    @Test
    void constructorDoesNotValidateTheDefault() {
        assertEquals("x", new ConnectSchema(Schema.Type.INT8, false, "x", null, null, null).defaultValue());
    }

    @Test
    void constructorKeepsTheGivenParameterMap() {
        Map<String, String> params = new HashMap<>();
        params.put("a", "1");
        ConnectSchema schema = new ConnectSchema(Schema.Type.INT8, false, null, null, null, null, params,
                null, null, null);
        assertSame(params, schema.parameters());
    }

    @Test
    void fieldLookupIsIndexedWhenConstructed() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("a", 0, Schema.INT8_SCHEMA));
        ConnectSchema schema = new ConnectSchema(Schema.Type.STRUCT, false, null, null, null, null, null, fields,
                null, null);
        fields.add(new Field("b", 1, Schema.INT8_SCHEMA));
        assertEquals(2, schema.fields().size());
        assertNull(schema.field("b"));
        assertEquals(fields.get(0), schema.field("a"));
        assertNull(schema.field(null));
    }

    @Test
    void fieldLookupKeepsTheLastFieldOfADuplicatedName() {
        ConnectSchema schema = new ConnectSchema(Schema.Type.STRUCT, false, null, null, null, null, null,
                List.of(new Field("a", 0, Schema.INT8_SCHEMA), new Field("a", 1, Schema.INT16_SCHEMA)), null, null);
        assertEquals(1, schema.field("a").index());
    }

    @Test
    void fieldAccessOnNonStructSchemasThrows() {
        DataException e = assertThrows(DataException.class, () -> Schema.INT8_SCHEMA.fields());
        assertEquals("Cannot list fields on non-struct type", e.getMessage());
        e = assertThrows(DataException.class, () -> Schema.INT8_SCHEMA.field("x"));
        assertEquals("Cannot look up fields on non-struct type", e.getMessage());
        ConnectSchema withFields = new ConnectSchema(Schema.Type.INT8, false, null, null, null, null, null,
                List.of(new Field("a", 0, Schema.INT8_SCHEMA)), null, null);
        assertThrows(DataException.class, withFields::fields);
    }

    @Test
    void keySchemaOnlyExistsOnMaps() {
        DataException e = assertThrows(DataException.class, () -> Schema.INT8_SCHEMA.keySchema());
        assertEquals("Cannot look up key schema on non-map type", e.getMessage());
        assertThrows(DataException.class, () -> SchemaBuilder.array(Schema.INT8_SCHEMA).build().keySchema());
        assertNull(new ConnectSchema(Schema.Type.MAP).keySchema());
    }

    @Test
    void valueSchemaOnlyExistsOnMapsAndArrays() {
        DataException e = assertThrows(DataException.class, () -> Schema.INT8_SCHEMA.valueSchema());
        assertEquals("Cannot look up value schema on non-array and non-map type", e.getMessage());
        assertThrows(DataException.class, () -> SchemaBuilder.struct().build().valueSchema());
        assertEquals(Schema.INT8_SCHEMA, SchemaBuilder.array(Schema.INT8_SCHEMA).build().valueSchema());
        assertNull(new ConnectSchema(Schema.Type.ARRAY).valueSchema());
    }

    @Test
    void schemaReturnsItself() {
        ConnectSchema schema = (ConnectSchema) Schema.INT8_SCHEMA;
        assertSame(schema, schema.schema());
    }

    @Test
    void schemasWithTheSamePropertiesAreEqualWithEqualHashCodes() {
        Schema a = SchemaBuilder.struct().name("x").version(1).doc("d").parameter("k", "v")
                .field("f", Schema.INT8_SCHEMA).optional().build();
        Schema b = SchemaBuilder.struct().name("x").version(1).doc("d").parameter("k", "v")
                .field("f", Schema.INT8_SCHEMA).optional().build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void everyPropertyTakesPartInEquality() {
        assertNotEquals(SchemaBuilder.int8().doc("a").build(), SchemaBuilder.int8().doc("b").build());
        assertNotEquals(SchemaBuilder.int8().version(1).build(), SchemaBuilder.int8().version(2).build());
        assertNotEquals(SchemaBuilder.int8().name("a").build(), SchemaBuilder.int8().name("b").build());
        assertNotEquals(SchemaBuilder.int8().parameter("a", "1").build(), SchemaBuilder.int8().parameter("a", "2").build());
        assertNotEquals(SchemaBuilder.int8().defaultValue((byte) 1).build(),
                SchemaBuilder.int8().defaultValue((byte) 2).build());
        assertNotEquals(Schema.INT8_SCHEMA, Schema.OPTIONAL_INT8_SCHEMA);
        assertNotEquals(Schema.INT8_SCHEMA, Schema.INT16_SCHEMA);
        assertNotEquals(SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA).build(),
                SchemaBuilder.struct().field("b", Schema.INT8_SCHEMA).build());
        assertNotEquals(SchemaBuilder.map(Schema.INT8_SCHEMA, Schema.INT8_SCHEMA).build(),
                SchemaBuilder.map(Schema.INT16_SCHEMA, Schema.INT8_SCHEMA).build());
        assertNotEquals(SchemaBuilder.array(Schema.INT8_SCHEMA).build(), SchemaBuilder.array(Schema.INT16_SCHEMA).build());
    }

    @Test
    void emptyParametersDifferFromNoParameters() {
        ConnectSchema empty = new ConnectSchema(Schema.Type.INT8, false, null, null, null, null, new HashMap<>(),
                null, null, null);
        assertNotEquals(Schema.INT8_SCHEMA, empty);
    }

    @Test
    void byteArrayDefaultsAreComparedByContent() {
        Schema a = SchemaBuilder.bytes().defaultValue(new byte[]{1}).build();
        Schema b = SchemaBuilder.bytes().defaultValue(new byte[]{1}).build();
        assertEquals(a, b);
        // Apache's hash ignores array contents here; ours hashes them so equal schemas hash alike.
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(SchemaBuilder.bytes().defaultValue(ByteBuffer.wrap(new byte[]{1})).build(),
                SchemaBuilder.bytes().defaultValue(ByteBuffer.wrap(new byte[]{1})).build());
        assertNotEquals(a, SchemaBuilder.bytes().defaultValue(ByteBuffer.wrap(new byte[]{1})).build());
    }

    @Test
    void byteArraysNestedInDefaultListsAreComparedByIdentity() {
        assertNotEquals(SchemaBuilder.array(Schema.BYTES_SCHEMA).defaultValue(List.of(new byte[]{1})).build(),
                SchemaBuilder.array(Schema.BYTES_SCHEMA).defaultValue(List.of(new byte[]{1})).build());
    }

    @Test
    void subclassesAreNeverEqual() {
        ConnectSchema subclass = new ConnectSchema(Schema.Type.INT8) { };
        assertNotEquals(Schema.INT8_SCHEMA, subclass);
        assertNotEquals(subclass, Schema.INT8_SCHEMA);
        assertNotEquals(Schema.INT8_SCHEMA, null);
        assertNotEquals(Schema.INT8_SCHEMA, "Schema{INT8}");
    }

    @Test
    void schemaTypeMapsJavaClassesIncludingSubtypes() {
        assertEquals(Schema.Type.INT8, ConnectSchema.schemaType(Byte.class));
        assertEquals(Schema.Type.INT16, ConnectSchema.schemaType(Short.class));
        assertEquals(Schema.Type.INT32, ConnectSchema.schemaType(Integer.class));
        assertEquals(Schema.Type.INT64, ConnectSchema.schemaType(Long.class));
        assertEquals(Schema.Type.FLOAT32, ConnectSchema.schemaType(Float.class));
        assertEquals(Schema.Type.FLOAT64, ConnectSchema.schemaType(Double.class));
        assertEquals(Schema.Type.BOOLEAN, ConnectSchema.schemaType(Boolean.class));
        assertEquals(Schema.Type.STRING, ConnectSchema.schemaType(String.class));
        assertEquals(Schema.Type.BYTES, ConnectSchema.schemaType(byte[].class));
        assertEquals(Schema.Type.BYTES, ConnectSchema.schemaType(ByteBuffer.class));
        assertEquals(Schema.Type.BYTES, ConnectSchema.schemaType(ByteBuffer.wrap(new byte[0]).getClass()));
        assertEquals(Schema.Type.ARRAY, ConnectSchema.schemaType(List.class));
        assertEquals(Schema.Type.ARRAY, ConnectSchema.schemaType(ArrayList.class));
        assertEquals(Schema.Type.MAP, ConnectSchema.schemaType(Map.class));
        assertEquals(Schema.Type.MAP, ConnectSchema.schemaType(LinkedHashMap.class));
        assertEquals(Schema.Type.STRUCT, ConnectSchema.schemaType(Struct.class));
    }

    @Test
    void schemaTypeIsNullForUnmappedClasses() {
        assertNull(ConnectSchema.schemaType(int.class));
        assertNull(ConnectSchema.schemaType(byte.class));
        assertNull(ConnectSchema.schemaType(BigDecimal.class));
        assertNull(ConnectSchema.schemaType(java.util.Date.class));
        assertNull(ConnectSchema.schemaType(Object.class));
        assertNull(ConnectSchema.schemaType(Collection.class));
        assertNull(ConnectSchema.schemaType(Set.class));
    }

    @Test
    void schemaTypeOfNullIsANullPointer() {
        assertThrows(NullPointerException.class, () -> ConnectSchema.schemaType(null));
    }
}
