/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class SchemaAndValueTest {

    @Test
    void nullConstantHoldsNoSchemaAndNoValue() {
        assertNull(SchemaAndValue.NULL.schema());
        assertNull(SchemaAndValue.NULL.value());
        assertEquals(SchemaAndValue.class, SchemaAndValue.NULL.getClass());
        assertEquals(new SchemaAndValue(null, null), SchemaAndValue.NULL);
    }

    @Test
    void accessorsReturnWhatWasGivenWithoutValidation() {
        Object value = "not a byte";
        SchemaAndValue pair = new SchemaAndValue(Schema.INT8_SCHEMA, value);
        assertSame(Schema.INT8_SCHEMA, pair.schema());
        assertSame(value, pair.value());
    }

    @Test
    void toStringShowsBothParts() {
        assertEquals("SchemaAndValue{schema=null, value=null}", SchemaAndValue.NULL.toString());
        assertEquals("SchemaAndValue{schema=Schema{INT8}, value=1}", new SchemaAndValue(Schema.INT8_SCHEMA, (byte) 1).toString());
        assertEquals("SchemaAndValue{schema=null, value=x}", new SchemaAndValue(null, "x").toString());
    }

    @Test
    void equalityComparesSchemaAndValue() {
        assertEquals(new SchemaAndValue(Schema.INT8_SCHEMA, (byte) 1), new SchemaAndValue(SchemaBuilder.int8().build(), (byte) 1));
        assertNotEquals(new SchemaAndValue(Schema.INT8_SCHEMA, (byte) 1), new SchemaAndValue(Schema.INT8_SCHEMA, (byte) 2));
        assertNotEquals(new SchemaAndValue(Schema.INT8_SCHEMA, (byte) 1), new SchemaAndValue(Schema.OPTIONAL_INT8_SCHEMA, (byte) 1));
        assertNotEquals(new SchemaAndValue(null, 5), new SchemaAndValue(null, 5) { });
        assertNotEquals(SchemaAndValue.NULL, null);
    }

    @Test
    void byteArrayValuesAreComparedByIdentity() {
        byte[] bytes = {1};
        assertEquals(new SchemaAndValue(Schema.BYTES_SCHEMA, bytes), new SchemaAndValue(Schema.BYTES_SCHEMA, bytes));
        assertNotEquals(new SchemaAndValue(Schema.BYTES_SCHEMA, new byte[]{1}), new SchemaAndValue(Schema.BYTES_SCHEMA, new byte[]{1}));
    }

    @Test
    void hashCodeCombinesSchemaAndValueLikeApache() {
        assertEquals(961, SchemaAndValue.NULL.hashCode());
        assertEquals(1058, new SchemaAndValue(null, "a").hashCode());
        assertEquals(966, new SchemaAndValue(null, 5).hashCode());
        assertEquals(new SchemaAndValue(Schema.INT8_SCHEMA, (byte) 1).hashCode(),
                new SchemaAndValue(SchemaBuilder.int8().build(), (byte) 1).hashCode());
    }
}
