/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimestampTest {

    @Test
    void schemaIsARequiredVersionOneInt64() {
        assertEquals("org.apache.kafka.connect.data.Timestamp", Timestamp.LOGICAL_NAME);
        assertEquals(Schema.Type.INT64, Timestamp.SCHEMA.type());
        assertEquals(Timestamp.LOGICAL_NAME, Timestamp.SCHEMA.name());
        assertEquals(1, Timestamp.SCHEMA.version());
        assertFalse(Timestamp.SCHEMA.isOptional());
        assertNull(Timestamp.SCHEMA.parameters());
        assertEquals(Timestamp.SCHEMA, Timestamp.builder().build());
    }

    @Test
    void conversionsAreMillisecondsSinceTheEpoch() {
        assertEquals(-12345L, Timestamp.fromLogical(Timestamp.SCHEMA, new java.util.Date(-12345)));
        assertEquals(Long.MAX_VALUE, Timestamp.fromLogical(Timestamp.SCHEMA, new java.util.Date(Long.MAX_VALUE)));
        assertEquals(new java.util.Date(5L), Timestamp.toLogical(Timestamp.SCHEMA, 5L));
        assertEquals(java.util.Date.class, Timestamp.toLogical(Timestamp.SCHEMA, 5L).getClass());
    }

    @Test
    void conversionsRequireTheTimestampSchemaName() {
        DataException e = assertThrows(DataException.class,
                () -> Timestamp.fromLogical(Schema.INT64_SCHEMA, new java.util.Date(5)));
        assertEquals("Requested conversion of Timestamp object but the schema does not match.", e.getMessage());
        e = assertThrows(DataException.class, () -> Timestamp.toLogical(Schema.INT64_SCHEMA, 5L));
        assertEquals("Requested conversion of Timestamp object but the schema does not match.", e.getMessage());
    }

    @Test
    void onlyTheNameIsCheckedNotTheType() {
        assertEquals(5L, Timestamp.fromLogical(SchemaBuilder.int32().name(Timestamp.LOGICAL_NAME).build(), new java.util.Date(5)));
    }

    @Test
    void nullsAreNullPointers() {
        assertThrows(NullPointerException.class, () -> Timestamp.fromLogical(Timestamp.SCHEMA, null));
        assertThrows(NullPointerException.class, () -> Timestamp.toLogical(null, 5L));
    }
}
