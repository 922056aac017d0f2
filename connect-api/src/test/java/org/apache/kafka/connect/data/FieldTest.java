/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.junit.jupiter.api.Test;

import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FieldTest {

    @Test
    void accessorsReturnTheConstructorArguments() {
        Field field = new Field("a", 3, Schema.STRING_SCHEMA);
        assertEquals("a", field.name());
        assertEquals(3, field.index());
        assertEquals(Schema.STRING_SCHEMA, field.schema());
    }

    @Test
    void nothingIsValidatedOnConstruction() {
        Field field = new Field(null, -1, null);
        assertNull(field.name());
        assertEquals("Field{name=null, index=-1, schema=null}", field.toString());
    }

    @Test
    void toStringShowsNameIndexAndSchema() {
        assertEquals("Field{name=a, index=3, schema=Schema{STRING}}", new Field("a", 3, Schema.OPTIONAL_STRING_SCHEMA).toString());
    }

    @Test
    void equalityCoversNameIndexAndSchema() {
        Field field = new Field("a", 3, Schema.INT8_SCHEMA);
        assertEquals(field, new Field("a", 3, SchemaBuilder.int8().build()));
        assertNotEquals(field, new Field("b", 3, Schema.INT8_SCHEMA));
        assertNotEquals(field, new Field("a", 4, Schema.INT8_SCHEMA));
        assertNotEquals(field, new Field("a", 3, Schema.INT16_SCHEMA));
        assertNotEquals(field, new Field("a", 3, Schema.INT8_SCHEMA) { });
        assertNotEquals(field, null);
    }

    @Test
    void builderSchemasCompareByIdentity() {
        SchemaBuilder builder = SchemaBuilder.int8();
        assertEquals(new Field("a", 0, builder), new Field("a", 0, builder));
        assertNotEquals(new Field("a", 0, SchemaBuilder.int8()), new Field("a", 0, Schema.INT8_SCHEMA));
    }

    @Test
    void hashCodeCombinesNameIndexAndSchemaLikeApache() {
        assertEquals(123101, new Field("a", 3, null).hashCode());
        assertEquals(29884, new Field(null, 3, null).hashCode());
        Field field = new Field("a", 3, Schema.INT8_SCHEMA);
        assertEquals(Objects.hash("a", 3, Schema.INT8_SCHEMA), field.hashCode());
    }
}
