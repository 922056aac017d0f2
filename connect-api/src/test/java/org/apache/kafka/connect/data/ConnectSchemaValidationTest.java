/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The exact outcomes of ConnectSchema.validateValue, message for message. */
class ConnectSchemaValidationTest {

    private static final Schema[] PRIMITIVES = {Schema.INT8_SCHEMA, Schema.INT16_SCHEMA, Schema.INT32_SCHEMA,
        Schema.INT64_SCHEMA, Schema.FLOAT32_SCHEMA, Schema.FLOAT64_SCHEMA, Schema.BOOLEAN_SCHEMA, Schema.STRING_SCHEMA,
        Schema.BYTES_SCHEMA};
    // One valid value per entry of PRIMITIVES, same order.
    private static final Object[] VALUES = {(byte) 1, (short) 1, 1, 1L, 1f, 1d, true, "s", new byte[]{1}};

    private static void assertInvalid(String message, Executable call) {
        DataException e = assertThrows(DataException.class, call);
        assertEquals(message, e.getMessage());
    }

    private static void validate(Schema schema, Object value) {
        ConnectSchema.validateValue(schema, value);
    }

    @Test
    void eachPrimitiveAcceptsExactlyItsOwnJavaClass() {
        for (int s = 0; s < PRIMITIVES.length; s++) {
            for (int v = 0; v < VALUES.length; v++) {
                Schema schema = PRIMITIVES[s];
                Object value = VALUES[v];
                if (s == v) {
                    assertDoesNotThrow(() -> validate(schema, value));
                } else {
                    assertInvalid("Invalid Java object for schema with type " + schema.type() + ": "
                            + value.getClass() + " for value", () -> validate(schema, value));
                }
            }
        }
    }

    @Test
    void numbersAreNeverWidenedOrNarrowed() {
        assertInvalid("Invalid Java object for schema with type INT64: class java.lang.Integer for value",
                () -> validate(Schema.INT64_SCHEMA, 1));
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.Integer for value",
                () -> validate(Schema.INT8_SCHEMA, 1));
        assertInvalid("Invalid Java object for schema with type FLOAT64: class java.lang.Float for value",
                () -> validate(Schema.FLOAT64_SCHEMA, 1f));
    }

    @Test
    void bytesAcceptsByteBuffers() {
        assertDoesNotThrow(() -> validate(Schema.BYTES_SCHEMA, ByteBuffer.wrap(new byte[]{1})));
        assertDoesNotThrow(() -> validate(Schema.BYTES_SCHEMA, ByteBuffer.allocateDirect(1)));
        assertInvalid("Invalid Java object for schema with type STRING: class java.lang.Character for value",
                () -> validate(Schema.STRING_SCHEMA, 'c'));
    }

    @Test
    void nullIsRejectedForRequiredSchemasEvenWithADefault() {
        assertInvalid("Invalid value: null used for required value, schema type: INT8",
                () -> validate(Schema.INT8_SCHEMA, null));
        assertInvalid("Invalid value: null used for required value, schema type: INT8",
                () -> validate(SchemaBuilder.int8().defaultValue((byte) 1).build(), null));
        assertInvalid("Invalid value: null used for required value, schema type: BYTES",
                () -> validate(Decimal.schema(2), null));
        assertDoesNotThrow(() -> validate(Schema.OPTIONAL_INT8_SCHEMA, null));
    }

    @Test
    void fieldNameIsQuotedInMessages() {
        assertInvalid("Invalid value: null used for required field: \"fld\", schema type: INT8",
                () -> ConnectSchema.validateValue("fld", Schema.INT8_SCHEMA, null));
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.String for field: \"fld\"",
                () -> ConnectSchema.validateValue("fld", Schema.INT8_SCHEMA, "x"));
        assertInvalid("Invalid value: null used for required field: \"\", schema type: INT8",
                () -> ConnectSchema.validateValue("", Schema.INT8_SCHEMA, null));
        assertInvalid("Invalid value: null used for required field: \"f\", schema type: STRUCT",
                () -> ConnectSchema.validateValue("f", SchemaBuilder.struct().name("nm").build(), null));
    }

    @Test
    void nullFieldNameMeansAPlainValue() {
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.String for value",
                () -> ConnectSchema.validateValue((String) null, Schema.INT8_SCHEMA, "x"));
    }

    @Test
    void instanceFormValidatesAgainstThisSchema() {
        ConnectSchema schema = (ConnectSchema) Schema.INT8_SCHEMA;
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.String for value",
                () -> schema.validateValue("x"));
        assertInvalid("Invalid value: null used for required value, schema type: INT8",
                () -> schema.validateValue((Object) null));
        assertDoesNotThrow(() -> schema.validateValue((byte) 3));
    }

    @Test
    void schemaNameIsQuotedInClassMismatchMessages() {
        Schema named = SchemaBuilder.int8().name("nm").build();
        assertInvalid("Invalid Java object for schema \"nm\" with type INT8: class java.lang.String for value",
                () -> validate(named, "x"));
        assertInvalid("Invalid Java object for schema \"nm\" with type INT8: class java.lang.String for field: \"f\"",
                () -> ConnectSchema.validateValue("f", named, "x"));
        // The null message never names the schema.
        assertInvalid("Invalid value: null used for required value, schema type: INT8", () -> validate(named, null));
    }

    @Test
    void nullSchemaIsANullPointer() {
        assertThrows(NullPointerException.class, () -> validate(null, "x"));
        assertThrows(NullPointerException.class, () -> validate(null, null));
    }

    @Test
    void decimalSchemasRequireBigDecimalOfAnyScale() {
        assertDoesNotThrow(() -> validate(Decimal.schema(2), new BigDecimal("1.00")));
        assertDoesNotThrow(() -> validate(Decimal.schema(2), new BigDecimal("1.000")));
        assertInvalid("Invalid Java object for schema \"org.apache.kafka.connect.data.Decimal\" with type BYTES: "
                + "class [B for value", () -> validate(Decimal.schema(2), new byte[]{1}));
        assertInvalid("Invalid Java object for schema \"org.apache.kafka.connect.data.Decimal\" with type BYTES: "
                + "class [B for field: \"fld\"", () -> ConnectSchema.validateValue("fld", Decimal.schema(2), new byte[]{1}));
    }

    @Test
    void dateTimeAndTimestampSchemasRequireJavaUtilDate() {
        assertDoesNotThrow(() -> validate(Date.SCHEMA, new java.util.Date(0)));
        // Only the class is checked here, not that the date is at midnight.
        assertDoesNotThrow(() -> validate(Date.SCHEMA, new java.util.Date(5)));
        assertDoesNotThrow(() -> validate(Date.SCHEMA, new java.sql.Date(0)));
        assertDoesNotThrow(() -> validate(Time.SCHEMA, new java.util.Date(3 * 86400000L)));
        assertDoesNotThrow(() -> validate(Timestamp.SCHEMA, new java.util.Date(5)));
        assertInvalid("Invalid Java object for schema \"org.apache.kafka.connect.data.Date\" with type INT32: "
                + "class java.lang.Integer for value", () -> validate(Date.SCHEMA, 5));
        assertInvalid("Invalid Java object for schema \"org.apache.kafka.connect.data.Time\" with type INT32: "
                + "class java.lang.Integer for value", () -> validate(Time.SCHEMA, 5));
        assertInvalid("Invalid Java object for schema \"org.apache.kafka.connect.data.Timestamp\" with type INT64: "
                + "class java.lang.Long for value", () -> validate(Timestamp.SCHEMA, 5L));
    }

    @Test
    void logicalTypesAreRecognisedByNameWhateverThePhysicalType() {
        assertDoesNotThrow(() -> validate(SchemaBuilder.int64().name(Date.LOGICAL_NAME).build(), new java.util.Date(0)));
        assertDoesNotThrow(() -> validate(SchemaBuilder.string().name(Date.LOGICAL_NAME).build(), new java.util.Date(0)));
        assertDoesNotThrow(() -> validate(SchemaBuilder.string().name(Decimal.LOGICAL_NAME).build(), BigDecimal.ONE));
        assertInvalid("Invalid Java object for schema \"org.apache.kafka.connect.data.Date\" with type STRING: "
                + "class java.lang.String for value",
                () -> validate(SchemaBuilder.string().name(Date.LOGICAL_NAME).build(), "x"));
    }

    @Test
    void unknownNamesFallBackToThePhysicalType() {
        Schema named = SchemaBuilder.int32().name("foo.Bar").build();
        assertDoesNotThrow(() -> validate(named, 5));
        assertInvalid("Invalid Java object for schema \"foo.Bar\" with type INT32: class java.util.Date for value",
                () -> validate(named, new java.util.Date(0)));
    }

    @Test
    void structsMustCarryAnEqualSchemaAndBeComplete() {
        Schema schema = SchemaBuilder.struct().name("S").field("a", Schema.INT8_SCHEMA).build();
        Schema same = SchemaBuilder.struct().name("S").field("a", Schema.INT8_SCHEMA).build();
        Schema other = SchemaBuilder.struct().name("S2").field("a", Schema.INT8_SCHEMA).build();
        assertDoesNotThrow(() -> validate(schema, new Struct(same).put("a", (byte) 1)));
        assertInvalid("Struct schemas do not match.", () -> validate(schema, new Struct(other).put("a", (byte) 1)));
        assertInvalid("Struct schemas do not match.",
                () -> ConnectSchema.validateValue("fld", schema, new Struct(other).put("a", (byte) 1)));
        assertInvalid("Invalid value: null used for required field: \"a\", schema type: INT8",
                () -> validate(schema, new Struct(schema)));
    }

    @Test
    void structSchemasRejectOtherClasses() {
        Schema schema = SchemaBuilder.struct().name("S").field("a", Schema.INT8_SCHEMA).build();
        assertInvalid("Invalid Java object for schema \"S\" with type STRUCT: class java.lang.String for value",
                () -> validate(schema, "x"));
        assertInvalid("Invalid Java object for schema \"S\" with type STRUCT: class java.util.HashMap for value",
                () -> validate(schema, new HashMap<>()));
    }

    @Test
    void builderStructSchemasOnlyMatchStructsMadeFromTheSameBuilder() {
        SchemaBuilder builder = SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA);
        assertDoesNotThrow(() -> validate(builder, new Struct(builder).put("a", (byte) 1)));
        assertInvalid("Struct schemas do not match.", () -> validate(builder, new Struct(builder.build()).put("a", (byte) 1)));
        assertInvalid("Struct schemas do not match.", () -> validate(builder.build(), new Struct(builder).put("a", (byte) 1)));
    }

    @Test
    void arrayElementsAreValidatedWithTheirPosition() {
        Schema array = SchemaBuilder.array(Schema.INT8_SCHEMA).build();
        assertDoesNotThrow(() -> validate(array, Arrays.asList((byte) 1, (byte) 2)));
        assertDoesNotThrow(() -> validate(array, new ArrayList<>()));
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.String for element of array value",
                () -> validate(array, Arrays.asList((byte) 1, "x")));
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.String for element of array "
                + "field: \"fld\"", () -> ConnectSchema.validateValue("fld", array, Arrays.asList((byte) 1, "x")));
        assertInvalid("Invalid value: null used for required element of array value, schema type: INT8",
                () -> validate(array, Arrays.asList((byte) 1, null)));
        assertInvalid("Invalid value: null used for required element of array field: \"fld\", schema type: INT8",
                () -> ConnectSchema.validateValue("fld", array, Arrays.asList((byte) 1, null)));
        assertDoesNotThrow(() -> validate(SchemaBuilder.array(Schema.OPTIONAL_INT8_SCHEMA).build(),
                Arrays.asList((byte) 1, null)));
    }

    @Test
    void nestedLocationsAccumulate() {
        Schema array = SchemaBuilder.array(Schema.INT8_SCHEMA).build();
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.String for element of array "
                + "element of array field: \"fld\"",
                () -> ConnectSchema.validateValue("fld", SchemaBuilder.array(array).build(), List.of(List.of("x"))));
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.String for element of array "
                + "value of map field: \"fld\"",
                () -> ConnectSchema.validateValue("fld", SchemaBuilder.map(Schema.STRING_SCHEMA, array).build(),
                        Map.of("a", List.of("x"))));
    }

    @Test
    void arraySchemasOnlyAcceptLists() {
        Schema array = SchemaBuilder.array(Schema.INT8_SCHEMA).build();
        assertInvalid("Invalid Java object for schema with type ARRAY: class [Ljava.lang.Object; for value",
                () -> validate(array, new Object[]{(byte) 1}));
        assertInvalid("Invalid Java object for schema with type ARRAY: class java.util.HashSet for value",
                () -> validate(array, new HashSet<>()));
    }

    @Test
    void arrayElementsAreCheckedAgainstABuilderValueSchemaToo() {
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.String for element of array value",
                () -> validate(SchemaBuilder.array(Schema.INT8_SCHEMA), List.of("x")));
    }

    @Test
    void mapKeysAndValuesAreValidatedWithTheirRole() {
        Schema map = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build();
        assertDoesNotThrow(() -> validate(map, Map.of("a", (byte) 1)));
        assertInvalid("Invalid Java object for schema with type STRING: class java.lang.Integer for key of map value",
                () -> validate(map, Map.of(1, (byte) 1)));
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.Integer for value of map value",
                () -> validate(map, Map.of("a", 1)));
        assertInvalid("Invalid Java object for schema with type STRING: class java.lang.Integer for key of map "
                + "field: \"fld\"", () -> ConnectSchema.validateValue("fld", map, Map.of(1, (byte) 1)));
        assertInvalid("Invalid Java object for schema with type INT8: class java.lang.Integer for value of map "
                + "field: \"fld\"", () -> ConnectSchema.validateValue("fld", map, Map.of("a", 1)));
    }

    @Test
    void nullMapKeysAndValuesNeedOptionalSchemas() {
        Schema map = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build();
        Map<Object, Object> nullKey = new HashMap<>();
        nullKey.put(null, (byte) 1);
        Map<Object, Object> nullValue = new HashMap<>();
        nullValue.put("a", null);
        assertInvalid("Invalid value: null used for required key of map value, schema type: STRING",
                () -> validate(map, nullKey));
        assertInvalid("Invalid value: null used for required value of map value, schema type: INT8",
                () -> validate(map, nullValue));
        assertInvalid("Invalid value: null used for required value of map field: \"fld\", schema type: INT8",
                () -> ConnectSchema.validateValue("fld", map, nullValue));
        assertDoesNotThrow(() -> validate(SchemaBuilder.map(Schema.OPTIONAL_STRING_SCHEMA, Schema.OPTIONAL_INT8_SCHEMA)
                .build(), nullKey));
    }

    @Test
    void mapSchemasOnlyAcceptMaps() {
        Schema map = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build();
        assertInvalid("Invalid Java object for schema with type MAP: class java.util.ArrayList for value",
                () -> validate(map, new ArrayList<>()));
    }

    @Test
    void structsInsideMapsAreCheckedToo() {
        Schema inner = SchemaBuilder.struct().name("S").field("a", Schema.INT8_SCHEMA).build();
        Schema other = SchemaBuilder.struct().name("S2").field("a", Schema.INT8_SCHEMA).build();
        assertInvalid("Struct schemas do not match.", () -> ConnectSchema.validateValue("fld",
                SchemaBuilder.map(Schema.STRING_SCHEMA, inner).build(), Map.of("a", new Struct(other).put("a", (byte) 1))));
    }
}
