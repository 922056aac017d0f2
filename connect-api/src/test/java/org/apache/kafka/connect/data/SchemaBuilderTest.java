/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaBuilderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaBuilderTest {

    private static void assertBuilderError(String message, Executable call) {
        SchemaBuilderException e = assertThrows(SchemaBuilderException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void eachFactoryCreatesABuilderOfItsType() {
        assertEquals(Schema.Type.INT8, SchemaBuilder.int8().type());
        assertEquals(Schema.Type.INT16, SchemaBuilder.int16().type());
        assertEquals(Schema.Type.INT32, SchemaBuilder.int32().type());
        assertEquals(Schema.Type.INT64, SchemaBuilder.int64().type());
        assertEquals(Schema.Type.FLOAT32, SchemaBuilder.float32().type());
        assertEquals(Schema.Type.FLOAT64, SchemaBuilder.float64().type());
        assertEquals(Schema.Type.BOOLEAN, SchemaBuilder.bool().type());
        assertEquals(Schema.Type.STRING, SchemaBuilder.string().type());
        assertEquals(Schema.Type.BYTES, SchemaBuilder.bytes().type());
        assertEquals(Schema.Type.STRUCT, SchemaBuilder.struct().type());
        assertEquals(Schema.Type.ARRAY, SchemaBuilder.array(Schema.INT8_SCHEMA).type());
        assertEquals(Schema.Type.MAP, SchemaBuilder.map(Schema.INT8_SCHEMA, Schema.INT8_SCHEMA).type());
        for (Schema.Type type : Schema.Type.values()) {
            assertEquals(type, SchemaBuilder.type(type).type());
            assertEquals(type, new SchemaBuilder(type).type());
        }
    }

    @Test
    void aFreshBuilderIsRequiredAndHasNoMetadata() {
        SchemaBuilder builder = SchemaBuilder.int8();
        assertFalse(builder.isOptional());
        assertNull(builder.name());
        assertNull(builder.version());
        assertNull(builder.doc());
        assertNull(builder.defaultValue());
        assertNull(builder.parameters());
    }

    @Test
    void nullTypeIsRejected() {
        assertBuilderError("type cannot be null", () -> SchemaBuilder.type(null));
        assertBuilderError("type cannot be null", () -> new SchemaBuilder(null));
    }

    @Test
    void buildCarriesEveryProperty() {
        Schema schema = SchemaBuilder.int32().name("n").version(3).doc("d").optional()
                .defaultValue(7).parameter("k", "v").build();
        assertInstanceOf(ConnectSchema.class, schema);
        assertEquals(Schema.Type.INT32, schema.type());
        assertTrue(schema.isOptional());
        assertEquals("n", schema.name());
        assertEquals(3, schema.version());
        assertEquals("d", schema.doc());
        assertEquals(7, schema.defaultValue());
        assertEquals(Map.of("k", "v"), schema.parameters());
    }

    @Test
    void builtPrimitiveEqualsTheConstant() {
        assertEquals(Schema.INT8_SCHEMA, SchemaBuilder.int8().build());
        assertEquals(Schema.OPTIONAL_STRING_SCHEMA, SchemaBuilder.string().optional().build());
        assertEquals(Schema.BYTES_SCHEMA, SchemaBuilder.bytes().required().build());
    }

    @Test
    void buildAndSchemaReturnANewEqualSchemaEachTime() {
        SchemaBuilder builder = SchemaBuilder.int8().name("x");
        Schema first = builder.build();
        Schema second = builder.schema();
        assertNotSame(first, second);
        assertEquals(first, second);
        assertInstanceOf(ConnectSchema.class, second);
    }

    @Test
    void settingNameTwiceIsRejected() {
        assertBuilderError("Invalid SchemaBuilder call: name has already been set.",
                () -> SchemaBuilder.int8().name("a").name("b"));
        assertBuilderError("Invalid SchemaBuilder call: name has already been set.",
                () -> SchemaBuilder.int8().name("a").name(null));
    }

    @Test
    void settingTheSameInstanceAgainIsAllowedButAnEqualCopyIsNot() {
        String name = "a";
        assertEquals("a", SchemaBuilder.int8().name(name).name(name).name());
        // The check is by identity, as in Apache: an equal but distinct string counts as a change.
        assertBuilderError("Invalid SchemaBuilder call: name has already been set.",
                () -> SchemaBuilder.int8().name("ab").name(new String("ab")));
        assertBuilderError("Invalid SchemaBuilder call: version has already been set.",
                () -> SchemaBuilder.int8().version(1000).version(Integer.valueOf(new String("1000"))));
    }

    @Test
    void aNullPropertyMayBeReplaced() {
        assertEquals("b", SchemaBuilder.int8().name(null).name("b").name());
        assertEquals(2, SchemaBuilder.int8().version(null).version(2).version());
        assertEquals("d", SchemaBuilder.int8().doc(null).doc("d").doc());
    }

    @Test
    void settingVersionTwiceIsRejected() {
        assertBuilderError("Invalid SchemaBuilder call: version has already been set.",
                () -> SchemaBuilder.int8().version(1).version(2));
        assertBuilderError("Invalid SchemaBuilder call: version has already been set.",
                () -> SchemaBuilder.int8().version(1).version(null));
        assertEquals(1, SchemaBuilder.int8().version(1).version(1).version());
    }

    @Test
    void settingDocTwiceIsRejected() {
        assertBuilderError("Invalid SchemaBuilder call: doc has already been set.",
                () -> SchemaBuilder.int8().doc("a").doc("b"));
    }

    @Test
    void settingOptionalTwiceIsAllowedButFlippingItIsRejected() {
        assertTrue(SchemaBuilder.int8().optional().optional().isOptional());
        assertFalse(SchemaBuilder.int8().required().required().isOptional());
        assertBuilderError("Invalid SchemaBuilder call: optional has already been set.",
                () -> SchemaBuilder.int8().optional().required());
        assertBuilderError("Invalid SchemaBuilder call: optional has already been set.",
                () -> SchemaBuilder.int8().required().optional());
    }

    @Test
    void settingDefaultTwiceIsRejected() {
        assertBuilderError("Invalid SchemaBuilder call: default has already been set.",
                () -> SchemaBuilder.int8().defaultValue((byte) 1).defaultValue((byte) 2));
        assertBuilderError("Invalid SchemaBuilder call: default has already been set.",
                () -> SchemaBuilder.bytes().defaultValue(new byte[]{1}).defaultValue(new byte[]{1}));
        // The "already set" check comes before validating the new value.
        assertBuilderError("Invalid SchemaBuilder call: default has already been set.",
                () -> SchemaBuilder.int8().defaultValue((byte) 1).defaultValue("x"));
    }

    @Test
    void defaultIsValidatedAgainstTheSchema() {
        SchemaBuilderException e = assertThrows(SchemaBuilderException.class,
                () -> SchemaBuilder.int8().defaultValue("x"));
        assertEquals("Invalid default value", e.getMessage());
        assertInstanceOf(DataException.class, e.getCause());
        assertEquals("Invalid Java object for schema with type INT8: class java.lang.String for value",
                e.getCause().getMessage());

        e = assertThrows(SchemaBuilderException.class, () -> SchemaBuilder.int8().defaultValue(1));
        assertEquals("Invalid Java object for schema with type INT8: class java.lang.Integer for value",
                e.getCause().getMessage());
    }

    @Test
    void nullDefaultIsRejectedForARequiredSchemaButAcceptedForAnOptionalOne() {
        SchemaBuilderException e = assertThrows(SchemaBuilderException.class,
                () -> SchemaBuilder.int8().defaultValue(null));
        assertEquals("Invalid default value", e.getMessage());
        assertEquals("Invalid value: null used for required value, schema type: INT8", e.getCause().getMessage());
        assertNull(SchemaBuilder.int8().optional().defaultValue(null).build().defaultValue());
    }

    @Test
    void defaultValidationUsesTheOptionalityKnownSoFar() {
        // Marking optional after the default is fine; the default was already valid for the required schema.
        Schema schema = SchemaBuilder.int8().defaultValue((byte) 1).optional().build();
        assertTrue(schema.isOptional());
        assertEquals((byte) 1, schema.defaultValue());
    }

    @Test
    void aRejectedDefaultLeavesTheBuilderUnchanged() {
        SchemaBuilder builder = SchemaBuilder.int8();
        assertThrows(SchemaBuilderException.class, () -> builder.defaultValue("x"));
        assertNull(builder.defaultValue());
        assertEquals((byte) 3, builder.defaultValue((byte) 3).defaultValue());
    }

    @Test
    void complexDefaultsAreValidatedDeeply() {
        SchemaBuilderException e = assertThrows(SchemaBuilderException.class,
                () -> SchemaBuilder.array(Schema.INT8_SCHEMA).defaultValue(List.of("x")));
        assertEquals("Invalid Java object for schema with type INT8: class java.lang.String for element of array value",
                e.getCause().getMessage());
        e = assertThrows(SchemaBuilderException.class,
                () -> SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA).defaultValue(5));
        assertEquals("Invalid Java object for schema with type STRUCT: class java.lang.Integer for value",
                e.getCause().getMessage());
    }

    @Test
    void structDefaultMustUseTheBuilderItselfAsSchema() {
        SchemaBuilder builder = SchemaBuilder.struct().field("x", Schema.INT8_SCHEMA);
        Schema built = builder.build();
        SchemaBuilderException e = assertThrows(SchemaBuilderException.class,
                () -> SchemaBuilder.struct().field("x", Schema.INT8_SCHEMA)
                        .defaultValue(new Struct(built).put("x", (byte) 1)));
        assertEquals("Struct schemas do not match.", e.getCause().getMessage());

        Struct ownDefault = new Struct(builder).put("x", (byte) 4);
        assertSame(ownDefault, builder.defaultValue(ownDefault).build().defaultValue());
    }

    @Test
    void bytesDefaultsMayBeArraysOrBuffers() {
        assertArrayEquals(new byte[]{1, 2},
                (byte[]) SchemaBuilder.bytes().defaultValue(new byte[]{1, 2}).build().defaultValue());
        ByteBuffer buffer = ByteBuffer.wrap(new byte[]{1});
        assertSame(buffer, SchemaBuilder.bytes().defaultValue(buffer).build().defaultValue());
    }

    @Test
    void parametersAccumulateInInsertionOrderAndLaterValuesWin() {
        SchemaBuilder builder = SchemaBuilder.int8().parameter("z", "1").parameter("a", "2")
                .parameters(Map.of("m", "3")).parameter("z", "4");
        assertEquals(List.of("z", "a", "m"), List.copyOf(builder.parameters().keySet()));
        assertEquals("4", builder.parameters().get("z"));
        assertEquals(List.of("z", "a", "m"), List.copyOf(builder.build().parameters().keySet()));
    }

    @Test
    void parametersMayHoldNullKeysAndValues() {
        Map<String, String> params = SchemaBuilder.int8().parameter(null, "1").parameter("a", null).parameters();
        assertEquals("1", params.get(null));
        assertTrue(params.containsKey("a"));
        assertNull(params.get("a"));
    }

    @Test
    void emptyParameterMapLeavesParametersNull() {
        assertNull(SchemaBuilder.int8().parameters(new HashMap<>()).parameters());
        assertNull(SchemaBuilder.int8().parameters(Map.of()).build().parameters());
    }

    @Test
    void nullParameterMapIsANullPointer() {
        assertThrows(NullPointerException.class, () -> SchemaBuilder.int8().parameters(null));
    }

    @Test
    void parametersAreReadOnlyViews() {
        SchemaBuilder builder = SchemaBuilder.int8().parameter("a", "1");
        assertThrows(UnsupportedOperationException.class, () -> builder.parameters().put("b", "2"));
        Schema built = builder.build();
        assertThrows(UnsupportedOperationException.class, () -> built.parameters().put("b", "2"));
    }

    @Test
    void builtParametersStillSeeLaterBuilderChanges() {
        // Apache's built schema shares the builder's parameter map (read-only view); we behave the same.
        SchemaBuilder builder = SchemaBuilder.int8().parameter("a", "1");
        Schema built = builder.build();
        builder.parameter("b", "2");
        assertEquals(Map.of("a", "1", "b", "2"), built.parameters());
    }

    @Test
    void structFieldsAreIndexedInOrder() {
        Schema schema = SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA).field("b", Schema.STRING_SCHEMA).build();
        assertEquals(List.of(new Field("a", 0, Schema.INT8_SCHEMA), new Field("b", 1, Schema.STRING_SCHEMA)),
                schema.fields());
        assertEquals(1, schema.field("b").index());
        assertNull(schema.field("missing"));
    }

    @Test
    void builderFieldLookupsWorkBeforeBuilding() {
        SchemaBuilder builder = SchemaBuilder.struct().field("b", Schema.INT8_SCHEMA);
        assertEquals(new Field("b", 0, Schema.INT8_SCHEMA), builder.field("b"));
        assertNull(builder.field("zz"));
        assertNull(builder.field(null));
        assertEquals(List.of(), SchemaBuilder.struct().fields());
    }

    @Test
    void builderFieldListIsASnapshot() {
        SchemaBuilder builder = SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA);
        builder.fields().clear();
        assertEquals(1, builder.fields().size());
    }

    @Test
    void builtFieldsAreImmutableAndUnaffectedByLaterFields() {
        SchemaBuilder builder = SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA);
        Schema built = builder.build();
        builder.field("b", Schema.INT8_SCHEMA);
        assertEquals(1, built.fields().size());
        assertThrows(UnsupportedOperationException.class, () -> built.fields().clear());
    }

    @Test
    void fieldsCanOnlyBeAddedToStructs() {
        assertBuilderError("Cannot create fields on type INT8", () -> SchemaBuilder.int8().field("a", Schema.INT8_SCHEMA));
        assertBuilderError("Cannot create fields on type ARRAY",
                () -> SchemaBuilder.array(Schema.INT8_SCHEMA).field("a", Schema.INT8_SCHEMA));
        // The type check comes first, even when the other arguments are also bad.
        assertBuilderError("Cannot create fields on type INT8", () -> SchemaBuilder.int8().field(null, null));
    }

    @Test
    void fieldNameMustBeNonEmpty() {
        assertBuilderError("fieldName cannot be null.", () -> SchemaBuilder.struct().field(null, Schema.INT8_SCHEMA));
        assertBuilderError("fieldName cannot be null.", () -> SchemaBuilder.struct().field("", Schema.INT8_SCHEMA));
        assertBuilderError("fieldName cannot be null.", () -> SchemaBuilder.struct().field("", null));
    }

    @Test
    void fieldSchemaMustBeNonNull() {
        assertBuilderError("fieldSchema for field a cannot be null.", () -> SchemaBuilder.struct().field("a", null));
        assertBuilderError("fieldSchema for field a cannot be null.",
                () -> SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA).field("a", null));
    }

    @Test
    void duplicateFieldNamesAreRejected() {
        assertBuilderError("Cannot create field because of field name duplication a",
                () -> SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA).field("a", Schema.INT16_SCHEMA));
    }

    @Test
    void fieldAccessOnNonStructBuildersIsADataException() {
        DataException e = assertThrows(DataException.class, () -> SchemaBuilder.int8().fields());
        assertEquals("Cannot list fields on non-struct type", e.getMessage());
        e = assertThrows(DataException.class, () -> SchemaBuilder.int8().field("x"));
        assertEquals("Cannot look up fields on non-struct type", e.getMessage());
    }

    @Test
    void arrayAndMapBuildersKeepTheirComponentSchemas() {
        SchemaBuilder valueBuilder = SchemaBuilder.string();
        Schema array = SchemaBuilder.array(valueBuilder).build();
        assertSame(valueBuilder, array.valueSchema());
        Schema map = SchemaBuilder.map(Schema.INT8_SCHEMA, Schema.STRING_SCHEMA).build();
        assertEquals(Schema.INT8_SCHEMA, map.keySchema());
        assertEquals(Schema.STRING_SCHEMA, map.valueSchema());
    }

    @Test
    void nullComponentSchemasAreRejected() {
        assertBuilderError("valueSchema cannot be null.", () -> SchemaBuilder.array(null));
        assertBuilderError("keySchema cannot be null.", () -> SchemaBuilder.map(null, Schema.INT8_SCHEMA));
        assertBuilderError("valueSchema cannot be null.", () -> SchemaBuilder.map(Schema.INT8_SCHEMA, null));
    }

    @Test
    void builderComponentGettersReturnNullInsteadOfThrowing() {
        assertNull(SchemaBuilder.int8().keySchema());
        assertNull(SchemaBuilder.int8().valueSchema());
        assertNull(SchemaBuilder.array(Schema.INT8_SCHEMA).keySchema());
        assertNull(SchemaBuilder.type(Schema.Type.ARRAY).valueSchema());
    }

    @Test
    void builtSchemaComponentGettersThrowForTheWrongType() {
        DataException e = assertThrows(DataException.class,
                () -> SchemaBuilder.array(Schema.INT8_SCHEMA).build().keySchema());
        assertEquals("Cannot look up key schema on non-map type", e.getMessage());
    }

    @Test
    void containerBuilderWithoutComponentsStillBuilds() {
        assertEquals("Schema{ARRAY}", SchemaBuilder.type(Schema.Type.ARRAY).build().toString());
        assertNull(SchemaBuilder.type(Schema.Type.MAP).build().keySchema());
    }

    @Test
    void buildersUseIdentityEqualityAndObjectToString() {
        SchemaBuilder builder = SchemaBuilder.int8();
        assertEquals(builder, builder);
        assertNotEquals(SchemaBuilder.int8(), SchemaBuilder.int8());
        assertNotEquals(Schema.INT8_SCHEMA, SchemaBuilder.int8());
        assertTrue(builder.toString().startsWith("org.apache.kafka.connect.data.SchemaBuilder@"));
    }

    @Test
    void builtSchemasContainingBuildersDoNotEqualOnesContainingBuiltSchemas() {
        assertNotEquals(SchemaBuilder.array(Schema.INT8_SCHEMA).build(), SchemaBuilder.array(SchemaBuilder.int8()).build());
        assertNotEquals(SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA).build(),
                SchemaBuilder.struct().field("a", SchemaBuilder.int8()).build());
    }

    @Test
    void logicalBuildersCanBeRefinedButNotRenamedOrReversioned() {
        Schema optionalDecimal = Decimal.builder(2).optional().doc("money").build();
        assertTrue(optionalDecimal.isOptional());
        assertEquals("money", optionalDecimal.doc());
        assertBuilderError("Invalid SchemaBuilder call: name has already been set.", () -> Decimal.builder(2).name("x"));
        assertBuilderError("Invalid SchemaBuilder call: version has already been set.", () -> Date.builder().version(2));
    }
}
