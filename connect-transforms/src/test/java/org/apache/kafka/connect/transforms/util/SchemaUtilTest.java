/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.errors.SchemaBuilderException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaUtilTest {

    @Test
    void copiesNameVersionDocAndParametersButNotFields() {
        Schema source = SchemaBuilder.struct().name("n").version(3).doc("d").parameter("k", "v").optional()
                .field("a", Schema.INT32_SCHEMA).build();

        Schema copy = SchemaUtil.copySchemaBasics(source).build();

        assertEquals(Schema.Type.STRUCT, copy.type());
        assertEquals("n", copy.name());
        assertEquals(3, copy.version());
        assertEquals("d", copy.doc());
        assertEquals(Map.of("k", "v"), copy.parameters());
        assertTrue(copy.fields().isEmpty());
        assertFalse(copy.isOptional());
    }

    @Test
    void doesNotCopyOptionalityOrDefault() {
        Schema source = SchemaBuilder.int32().name("i").version(1).doc("idoc").parameters(Map.of("p", "q"))
                .optional().defaultValue(7).build();

        Schema copy = SchemaUtil.copySchemaBasics(source).build();

        assertEquals(Schema.Type.INT32, copy.type());
        assertEquals("i", copy.name());
        assertEquals(Map.of("p", "q"), copy.parameters());
        assertFalse(copy.isOptional());
        assertNull(copy.defaultValue());
    }

    @Test
    void arraysKeepTheirElementSchemaButMapsLoseKeyAndValueSchemas() {
        SchemaBuilder array = SchemaUtil.copySchemaBasics(SchemaBuilder.array(Schema.INT8_SCHEMA).optional().build());
        assertEquals(Schema.INT8_SCHEMA, array.valueSchema());
        assertFalse(array.isOptional());

        SchemaBuilder map = SchemaUtil.copySchemaBasics(
                SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).name("m").build());
        assertEquals(Schema.Type.MAP, map.type());
        assertEquals("m", map.name());
        assertNull(map.keySchema());
        assertNull(map.valueSchema());
    }

    @Test
    void copiesOntoABuilderOfAnotherTypeAndReturnsIt() {
        SchemaBuilder target = SchemaBuilder.int64();

        SchemaBuilder result = SchemaUtil.copySchemaBasics(Decimal.schema(2), target);

        assertSame(target, result);
        Schema copy = result.build();
        assertEquals(Schema.Type.INT64, copy.type());
        assertEquals(Decimal.LOGICAL_NAME, copy.name());
        assertEquals(1, copy.version());
        assertEquals(Map.of("scale", "2"), copy.parameters());
    }

    @Test
    void addsParametersToThoseTheBuilderAlreadyHas() {
        Schema copy = SchemaUtil.copySchemaBasics(SchemaBuilder.int32().parameter("a", "1").build(),
                SchemaBuilder.int32().parameter("b", "2")).build();

        assertEquals(Map.of("a", "1", "b", "2"), copy.parameters());
    }

    @Test
    void settingAPropertyTheBuilderAlreadyHasFailsEvenWhenTheSourceHasNone() {
        SchemaBuilderException name = assertThrows(SchemaBuilderException.class, () -> SchemaUtil.copySchemaBasics(
                SchemaBuilder.int32().build(), SchemaBuilder.int32().name("y").doc("dd").version(2)));
        assertEquals("Invalid SchemaBuilder call: name has already been set.", name.getMessage());

        SchemaBuilderException version = assertThrows(SchemaBuilderException.class, () -> SchemaUtil.copySchemaBasics(
                SchemaBuilder.int32().build(), SchemaBuilder.int32().doc("dd").version(2)));
        assertEquals("Invalid SchemaBuilder call: version has already been set.", version.getMessage());

        SchemaBuilderException doc = assertThrows(SchemaBuilderException.class, () -> SchemaUtil.copySchemaBasics(
                SchemaBuilder.int32().build(), SchemaBuilder.int32().doc("dd")));
        assertEquals("Invalid SchemaBuilder call: doc has already been set.", doc.getMessage());
    }

    @Test
    void nullSourceIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> SchemaUtil.copySchemaBasics(null));
    }
}
