/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaProjectorException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Struct projection: field matching by name, dropped and added fields, and error wrapping. */
class SchemaProjectorStructTest {

    private static final Schema SOURCE = SchemaBuilder.struct().name("S")
            .field("a", Schema.INT8_SCHEMA)
            .field("b", Schema.OPTIONAL_STRING_SCHEMA)
            .field("gone", Schema.INT32_SCHEMA)
            .build();
    private static final Struct RECORD = new Struct(SOURCE).put("a", (byte) 1).put("b", "x").put("gone", 3);

    @Test
    void fieldsAreMatchedByNameWidenedDroppedAndAdded() {
        Schema target = SchemaBuilder.struct().name("S")
                .field("a", Schema.INT64_SCHEMA)
                .field("b", Schema.OPTIONAL_STRING_SCHEMA)
                .field("newOpt", Schema.OPTIONAL_INT32_SCHEMA)
                .field("newDef", SchemaBuilder.int32().defaultValue(11).build())
                .build();
        Struct projected = (Struct) SchemaProjector.project(SOURCE, RECORD, target);
        assertSame(target, projected.schema());
        assertEquals(1L, projected.get("a"));
        assertEquals("x", projected.get("b"));
        assertNull(projected.getWithoutDefault("newOpt"));
        // A missing required field is filled by explicitly putting the target default.
        assertEquals(11, projected.getWithoutDefault("newDef"));
        assertEquals("Struct{a=1,b=x,newDef=11}", projected.toString());
    }

    @Test
    void aRequiredTargetFieldMissingFromTheSourceIsAnError() {
        Schema target = SchemaBuilder.struct().name("S").field("a", Schema.INT64_SCHEMA).field("need", Schema.INT32_SCHEMA).build();
        SchemaProjectorException e = assertThrows(SchemaProjectorException.class,
                () -> SchemaProjector.project(SOURCE, RECORD, target));
        assertEquals("Required field `need` is missing from source schema: Schema{S:STRUCT}", e.getMessage());
    }

    @Test
    void fieldErrorsAreWrappedWithTheFieldName() {
        Schema target = SchemaBuilder.struct().name("S").field("a", Schema.STRING_SCHEMA).build();
        SchemaProjectorException e = assertThrows(SchemaProjectorException.class,
                () -> SchemaProjector.project(SOURCE, RECORD, target));
        assertEquals("Error projecting a", e.getMessage());
        assertInstanceOf(SchemaProjectorException.class, e.getCause());
        assertEquals("Schema type mismatch. source type: INT8 and target type: STRING", e.getCause().getMessage());
    }

    @Test
    void anOptionalSourceFieldCannotFillARequiredTargetFieldWithoutDefault() {
        Schema target = SchemaBuilder.struct().name("S").field("b", Schema.STRING_SCHEMA).build();
        SchemaProjectorException e = assertThrows(SchemaProjectorException.class,
                () -> SchemaProjector.project(SOURCE, RECORD, target));
        assertEquals("Error projecting b", e.getMessage());
        assertEquals("Writer schema is optional, however, target schema does not provide a default value.",
                e.getCause().getMessage());
    }

    @Test
    void nestedErrorsAreWrappedOncePerLevel() {
        Schema innerTarget = SchemaBuilder.struct().name("S").field("need", Schema.INT32_SCHEMA).build();
        Schema outerSource = SchemaBuilder.struct().field("n", SOURCE).build();
        Schema outerTarget = SchemaBuilder.struct().field("n", innerTarget).build();
        SchemaProjectorException e = assertThrows(SchemaProjectorException.class,
                () -> SchemaProjector.project(outerSource, new Struct(outerSource).put("n", RECORD), outerTarget));
        assertEquals("Error projecting n", e.getMessage());
        assertEquals("Required field `need` is missing from source schema: Schema{S:STRUCT}", e.getCause().getMessage());
    }

    @Test
    void structNamesAndParametersMustMatch() {
        SchemaProjectorException e = assertThrows(SchemaProjectorException.class,
                () -> SchemaProjector.project(SOURCE, RECORD, SchemaBuilder.struct().name("T").build()));
        assertEquals("Schema name mismatch. source name: S and target name: T", e.getMessage());
        Schema withParams = SchemaBuilder.struct().parameter("a", "b").build();
        e = assertThrows(SchemaProjectorException.class,
                () -> SchemaProjector.project(withParams, new Struct(withParams), SchemaBuilder.struct().build()));
        assertEquals("Schema parameters not equal. source parameters: {a=b} and target parameters: null", e.getMessage());
    }

    @Test
    void sourceFieldDefaultsAreProjected() {
        Schema source = SchemaBuilder.struct().field("x", SchemaBuilder.int8().defaultValue((byte) 3).build()).build();
        Schema target = SchemaBuilder.struct().field("x", Schema.INT16_SCHEMA).build();
        Struct projected = (Struct) SchemaProjector.project(source, new Struct(source), target);
        assertEquals((short) 3, projected.get("x"));
    }

    @Test
    void projectedValuesAreValidatedWhenPutIntoTheTargetStruct() {
        Schema source = SchemaBuilder.struct().field("x", Schema.INT32_SCHEMA).build();
        Schema target = SchemaBuilder.struct().field("x", Schema.INT64_SCHEMA).build();
        DataException e = assertThrows(DataException.class,
                () -> SchemaProjector.project(source, new Struct(source), target));
        assertEquals("Invalid value: null used for required field: \"x\", schema type: INT64", e.getMessage());
    }

    @Test
    void theRecordIsReadByFieldNameFromItsOwnSchema() {
        Schema other = SchemaBuilder.struct().field("zz", Schema.INT8_SCHEMA).build();
        Schema target = SchemaBuilder.struct().name("S").field("a", Schema.INT8_SCHEMA).build();
        DataException e = assertThrows(DataException.class,
                () -> SchemaProjector.project(SOURCE, new Struct(other).put("zz", (byte) 1), target));
        assertEquals("a is not a valid field name", e.getMessage());
    }

    @Test
    void structRecordsMustBeStructs() {
        assertThrows(ClassCastException.class,
                () -> SchemaProjector.project(SOURCE, "x", SchemaBuilder.struct().name("S").build()));
    }

    @Test
    void nullStructsFollowTheOptionalityRules() {
        assertNull(SchemaProjector.project(SchemaBuilder.struct().optional().build(), null, SchemaBuilder.struct().optional().build()));
        assertNull(SchemaProjector.project(SchemaBuilder.struct().build(), null, SchemaBuilder.struct().build()));
        SchemaBuilder targetBuilder = SchemaBuilder.struct().field("x", Schema.INT8_SCHEMA);
        Struct fallback = new Struct(targetBuilder).put("x", (byte) 4);
        Schema target = targetBuilder.defaultValue(fallback).build();
        Schema optionalSource = SchemaBuilder.struct().field("x", Schema.INT8_SCHEMA).optional().build();
        assertSame(fallback, SchemaProjector.project(optionalSource, null, target));
    }

    @Test
    void versionAndDocOfStructsAreIgnored() {
        Schema source = SchemaBuilder.struct().version(1).doc("a").build();
        Schema target = SchemaBuilder.struct().version(2).doc("b").build();
        assertEquals(new Struct(target), SchemaProjector.project(source, new Struct(source), target));
    }

    @Test
    void builderSchemasCanBeProjected() {
        SchemaBuilder source = SchemaBuilder.struct().field("a", Schema.INT8_SCHEMA);
        SchemaBuilder target = SchemaBuilder.struct().field("a", Schema.INT16_SCHEMA);
        Struct projected = (Struct) SchemaProjector.project(source, new Struct(source).put("a", (byte) 1), target);
        assertEquals((short) 1, projected.get("a"));
        assertEquals(1, SchemaProjector.project(SchemaBuilder.int8(), (byte) 1, SchemaBuilder.int32()));
    }
}
