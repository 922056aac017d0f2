/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaProjectorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SchemaProjectorTest {

    private static final Schema[] PRIMITIVES = {Schema.INT8_SCHEMA, Schema.INT16_SCHEMA, Schema.INT32_SCHEMA,
        Schema.INT64_SCHEMA, Schema.FLOAT32_SCHEMA, Schema.FLOAT64_SCHEMA, Schema.BOOLEAN_SCHEMA, Schema.STRING_SCHEMA,
        Schema.BYTES_SCHEMA};

    private static SchemaProjectorException assertProjectionError(String message, Executable call) {
        SchemaProjectorException e = assertThrows(SchemaProjectorException.class, call);
        assertEquals(message, e.getMessage());
        return e;
    }

    private static boolean isWidening(int from, int to) {
        return from == to || (from <= 5 && to <= 5 && from <= to);
    }

    @Test
    void numbersWidenAlongTheNumericLadder() {
        assertEquals((short) 1, SchemaProjector.project(Schema.INT8_SCHEMA, (byte) 1, Schema.INT16_SCHEMA));
        assertEquals(1, SchemaProjector.project(Schema.INT8_SCHEMA, (byte) 1, Schema.INT32_SCHEMA));
        assertEquals(1L, SchemaProjector.project(Schema.INT8_SCHEMA, (byte) 1, Schema.INT64_SCHEMA));
        assertEquals(1f, SchemaProjector.project(Schema.INT8_SCHEMA, (byte) 1, Schema.FLOAT32_SCHEMA));
        assertEquals(1d, SchemaProjector.project(Schema.INT8_SCHEMA, (byte) 1, Schema.FLOAT64_SCHEMA));
        assertEquals(3L, SchemaProjector.project(Schema.INT32_SCHEMA, 3, Schema.INT64_SCHEMA));
        assertEquals(4f, SchemaProjector.project(Schema.INT64_SCHEMA, 4L, Schema.FLOAT32_SCHEMA));
        assertEquals(9.223372E18f, SchemaProjector.project(Schema.INT64_SCHEMA, Long.MAX_VALUE, Schema.FLOAT32_SCHEMA));
        assertEquals((double) 0.1f, SchemaProjector.project(Schema.FLOAT32_SCHEMA, 0.1f, Schema.FLOAT64_SCHEMA));
    }

    @Test
    void everyNonWideningPrimitivePairIsATypeMismatch() {
        Object[] values = {(byte) 1, (short) 2, 3, 4L, 5.5f, 6.5d, true, "s", new byte[]{1}};
        for (int from = 0; from < PRIMITIVES.length; from++) {
            for (int to = 0; to < PRIMITIVES.length; to++) {
                Schema source = PRIMITIVES[from];
                Schema target = PRIMITIVES[to];
                Object value = values[from];
                if (isWidening(from, to)) {
                    Object projected = SchemaProjector.project(source, value, target);
                    if (to <= 5) {
                        assertEquals(ConnectSchemaTestSupport.javaClassOf(target.type()), projected.getClass());
                    } else {
                        assertSame(value, projected);
                    }
                } else {
                    assertProjectionError("Schema type mismatch. source type: " + source.type() + " and target type: "
                            + target.type(), () -> SchemaProjector.project(source, value, target));
                }
            }
        }
    }

    @Test
    void numericValuesAreCoercedToTheTargetClassEvenForTheSameType() {
        assertEquals(5, SchemaProjector.project(Schema.INT32_SCHEMA, 5L, Schema.INT32_SCHEMA));
        assertEquals((byte) 44, SchemaProjector.project(Schema.INT8_SCHEMA, 300, Schema.INT8_SCHEMA));
        assertEquals(1.5f, SchemaProjector.project(Schema.FLOAT32_SCHEMA, 1.5d, Schema.FLOAT32_SCHEMA));
        assertEquals((short) 5, SchemaProjector.project(Schema.INT8_SCHEMA, 5.7d, Schema.INT16_SCHEMA));
    }

    @Test
    void nonNumericValuesPassThroughUnchecked() {
        assertEquals("x", SchemaProjector.project(Schema.INT32_SCHEMA, "x", Schema.INT32_SCHEMA));
        assertEquals("x", SchemaProjector.project(Schema.INT32_SCHEMA, "x", Schema.INT64_SCHEMA));
        assertEquals(5, SchemaProjector.project(Schema.STRING_SCHEMA, 5, Schema.STRING_SCHEMA));
        byte[] bytes = {1};
        assertSame(bytes, SchemaProjector.project(Schema.BYTES_SCHEMA, bytes, Schema.BYTES_SCHEMA));
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        assertSame(buffer, SchemaProjector.project(Schema.BYTES_SCHEMA, buffer, Schema.BYTES_SCHEMA));
    }

    @Test
    void optionalSourceNeedsOptionalTargetOrDefault() {
        assertProjectionError("Writer schema is optional, however, target schema does not provide a default value.",
                () -> SchemaProjector.project(Schema.OPTIONAL_INT32_SCHEMA, null, Schema.INT32_SCHEMA));
        assertProjectionError("Writer schema is optional, however, target schema does not provide a default value.",
                () -> SchemaProjector.project(Schema.OPTIONAL_INT32_SCHEMA, 5, Schema.INT32_SCHEMA));
    }

    @Test
    void targetDefaultReplacesNullFromAnOptionalSource() {
        Schema withDefault = SchemaBuilder.int32().defaultValue(9).build();
        assertEquals(9, SchemaProjector.project(Schema.OPTIONAL_INT32_SCHEMA, null, withDefault));
        assertEquals(5, SchemaProjector.project(Schema.OPTIONAL_INT32_SCHEMA, 5, withDefault));
        assertEquals(7L, SchemaProjector.project(Schema.OPTIONAL_INT8_SCHEMA, null, SchemaBuilder.int64().defaultValue(7L).build()));
    }

    @Test
    void nullStaysNullOtherwiseAndDefaultsAreNotApplied() {
        assertNull(SchemaProjector.project(Schema.OPTIONAL_INT32_SCHEMA, null, Schema.OPTIONAL_INT32_SCHEMA));
        assertNull(SchemaProjector.project(Schema.OPTIONAL_INT32_SCHEMA, null, SchemaBuilder.int32().optional().defaultValue(9).build()));
        assertNull(SchemaProjector.project(Schema.INT32_SCHEMA, null, Schema.OPTIONAL_INT32_SCHEMA));
        assertNull(SchemaProjector.project(Schema.INT32_SCHEMA, null, Schema.INT32_SCHEMA));
        assertNull(SchemaProjector.project(SchemaBuilder.int8().optional().defaultValue((byte) 4).build(), null,
                Schema.OPTIONAL_INT64_SCHEMA));
        assertEquals(5, SchemaProjector.project(Schema.INT32_SCHEMA, 5, Schema.OPTIONAL_INT32_SCHEMA));
    }

    @Test
    void compatibilityIsCheckedEvenForNullRecords() {
        assertProjectionError("Schema type mismatch. source type: INT32 and target type: STRING",
                () -> SchemaProjector.project(Schema.INT32_SCHEMA, null, Schema.STRING_SCHEMA));
        assertProjectionError("Schema type mismatch. source type: INT32 and target type: STRING",
                () -> SchemaProjector.project(Schema.OPTIONAL_INT32_SCHEMA, null, SchemaBuilder.string().defaultValue("d").build()));
        assertProjectionError("Schema name mismatch. source name: a and target name: b",
                () -> SchemaProjector.project(SchemaBuilder.int32().name("a").optional().build(), null,
                        SchemaBuilder.int32().name("b").optional().build()));
    }

    @Test
    void namesMustMatchExactly() {
        assertProjectionError("Schema name mismatch. source name: a and target name: b",
                () -> SchemaProjector.project(SchemaBuilder.int32().name("a").build(), 5, SchemaBuilder.int32().name("b").build()));
        assertProjectionError("Schema name mismatch. source name: null and target name: b",
                () -> SchemaProjector.project(Schema.INT32_SCHEMA, 5, SchemaBuilder.int32().name("b").build()));
        assertEquals(5L, SchemaProjector.project(SchemaBuilder.int32().name("x").build(), 5, SchemaBuilder.int64().name("x").build()));
    }

    @Test
    void checksRunInOrderTypeThenNameThenParameters() {
        assertProjectionError("Schema type mismatch. source type: INT32 and target type: STRING",
                () -> SchemaProjector.project(SchemaBuilder.int32().name("x").build(), 5, Schema.STRING_SCHEMA));
        assertProjectionError("Schema name mismatch. source name: x and target name: y",
                () -> SchemaProjector.project(SchemaBuilder.int32().name("x").parameter("a", "b").build(), 5,
                        SchemaBuilder.int64().name("y").build()));
    }

    @Test
    void parametersMustBeEqual() {
        assertProjectionError("Schema parameters not equal. source parameters: {a=1} and target parameters: {a=2}",
                () -> SchemaProjector.project(SchemaBuilder.int32().parameter("a", "1").build(), 5,
                        SchemaBuilder.int32().parameter("a", "2").build()));
        assertProjectionError("Schema parameters not equal. source parameters: null and target parameters: {a=2}",
                () -> SchemaProjector.project(Schema.INT32_SCHEMA, 5, SchemaBuilder.int32().parameter("a", "2").build()));
    }

    @Test
    void versionAndDocAreIgnored() {
        assertEquals(5, SchemaProjector.project(SchemaBuilder.int32().version(1).doc("a").build(), 5,
                SchemaBuilder.int32().version(2).doc("b").build()));
        assertEquals(5, SchemaProjector.project(Schema.INT32_SCHEMA, 5, SchemaBuilder.int32().version(2).build()));
    }

    @Test
    void logicalTypesProjectOnlyOntoTheSameLogicalType() {
        assertEquals(new BigDecimal("1.23"), SchemaProjector.project(Decimal.schema(2), new BigDecimal("1.23"), Decimal.schema(2)));
        assertProjectionError("Schema parameters not equal. source parameters: {scale=2} and target parameters: {scale=3}",
                () -> SchemaProjector.project(Decimal.schema(2), new BigDecimal("1.23"), Decimal.schema(3)));
        assertProjectionError("Schema name mismatch. source name: org.apache.kafka.connect.data.Date and target name: null",
                () -> SchemaProjector.project(Date.SCHEMA, new java.util.Date(0), Schema.INT32_SCHEMA));
        assertProjectionError("Schema name mismatch. source name: null and target name: org.apache.kafka.connect.data.Date",
                () -> SchemaProjector.project(Schema.INT32_SCHEMA, 5, Date.SCHEMA));
        assertProjectionError("Schema name mismatch. source name: org.apache.kafka.connect.data.Date and target name: "
                + "org.apache.kafka.connect.data.Time", () -> SchemaProjector.project(Date.SCHEMA, new java.util.Date(0), Time.SCHEMA));
        java.util.Date date = new java.util.Date(0);
        assertSame(date, SchemaProjector.project(Date.SCHEMA, date, Date.builder().optional().build()));
    }

    @Test
    void containerTypesMustMatch() {
        assertProjectionError("Schema type mismatch. source type: INT32 and target type: STRUCT",
                () -> SchemaProjector.project(Schema.INT32_SCHEMA, 5, SchemaBuilder.struct().build()));
        assertProjectionError("Schema type mismatch. source type: ARRAY and target type: MAP",
                () -> SchemaProjector.project(SchemaBuilder.array(Schema.INT32_SCHEMA).build(), List.of(1),
                        SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.INT32_SCHEMA).build()));
        assertProjectionError("Schema name mismatch. source name: a and target name: null",
                () -> SchemaProjector.project(SchemaBuilder.array(Schema.INT8_SCHEMA).name("a").build(), List.of(),
                        SchemaBuilder.array(Schema.INT8_SCHEMA).build()));
    }

    @Test
    void nullSchemasAreNullPointers() {
        assertThrows(NullPointerException.class, () -> SchemaProjector.project(null, 5, Schema.INT32_SCHEMA));
        assertThrows(NullPointerException.class, () -> SchemaProjector.project(Schema.INT32_SCHEMA, 5, null));
    }

    @Test
    void arraysProjectEachElementIntoANewList() {
        Schema source = SchemaBuilder.array(Schema.INT8_SCHEMA).build();
        Object projected = SchemaProjector.project(source, Arrays.asList((byte) 1, (byte) 2),
                SchemaBuilder.array(Schema.INT64_SCHEMA).build());
        assertInstanceOf(ArrayList.class, projected);
        assertEquals(List.of(1L, 2L), projected);
        assertEquals(Arrays.asList(1L, null), SchemaProjector.project(source, Arrays.asList((byte) 1, null),
                SchemaBuilder.array(Schema.INT64_SCHEMA).build()));
    }

    @Test
    void arrayElementsFollowTheOptionalityRules() {
        Schema optionalElements = SchemaBuilder.array(Schema.OPTIONAL_INT8_SCHEMA).build();
        assertProjectionError("Writer schema is optional, however, target schema does not provide a default value.",
                () -> SchemaProjector.project(optionalElements, Arrays.asList((byte) 1, null), SchemaBuilder.array(Schema.INT64_SCHEMA).build()));
        assertEquals(List.of(1L, 0L), SchemaProjector.project(optionalElements, Arrays.asList((byte) 1, null),
                SchemaBuilder.array(SchemaBuilder.int64().defaultValue(0L).build()).build()));
        assertProjectionError("Schema type mismatch. source type: INT8 and target type: STRING",
                () -> SchemaProjector.project(SchemaBuilder.array(Schema.INT8_SCHEMA).build(), List.of((byte) 1),
                        SchemaBuilder.array(Schema.STRING_SCHEMA).build()));
    }

    @Test
    void arrayRecordsMustBeLists() {
        Schema source = SchemaBuilder.array(Schema.INT8_SCHEMA).build();
        Schema target = SchemaBuilder.array(Schema.INT64_SCHEMA).build();
        assertThrows(ClassCastException.class, () -> SchemaProjector.project(source, "x", target));
        assertThrows(ClassCastException.class, () -> SchemaProjector.project(source, new LinkedHashSet<>(List.of((byte) 1)), target));
    }

    @Test
    void mapsProjectKeysAndValuesIntoANewHashMap() {
        Schema source = SchemaBuilder.map(Schema.INT8_SCHEMA, Schema.INT16_SCHEMA).build();
        Object projected = SchemaProjector.project(source, new TreeMap<>(Map.of((byte) 1, (short) 2)),
                SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.FLOAT64_SCHEMA).build());
        assertInstanceOf(HashMap.class, projected);
        assertEquals(Map.of(1, 2.0d), projected);
        assertProjectionError("Schema type mismatch. source type: INT8 and target type: STRING",
                () -> SchemaProjector.project(source, Map.of((byte) 1, (short) 2), SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.FLOAT64_SCHEMA).build()));
        assertProjectionError("Schema type mismatch. source type: INT16 and target type: BOOLEAN",
                () -> SchemaProjector.project(source, Map.of((byte) 1, (short) 2), SchemaBuilder.map(Schema.INT8_SCHEMA, Schema.BOOLEAN_SCHEMA).build()));
        assertThrows(ClassCastException.class, () -> SchemaProjector.project(source, "x", source));
    }
}
