/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateTest {

    private static final long DAY = 86_400_000L;

    @Test
    void schemaIsARequiredVersionOneInt32() {
        assertEquals("org.apache.kafka.connect.data.Date", Date.LOGICAL_NAME);
        assertEquals(Schema.Type.INT32, Date.SCHEMA.type());
        assertEquals(Date.LOGICAL_NAME, Date.SCHEMA.name());
        assertEquals(1, Date.SCHEMA.version());
        assertFalse(Date.SCHEMA.isOptional());
        assertNull(Date.SCHEMA.parameters());
        assertNull(Date.SCHEMA.doc());
        assertInstanceOf(ConnectSchema.class, Date.SCHEMA);
        assertEquals(Date.SCHEMA, Date.builder().build());
    }

    @Test
    void builderCanBeMadeOptional() {
        Schema optional = Date.builder().optional().build();
        assertEquals(0, Date.fromLogical(optional, new java.util.Date(0)));
    }

    @Test
    void fromLogicalCountsWholeDaysSinceTheEpoch() {
        assertEquals(0, Date.fromLogical(Date.SCHEMA, new java.util.Date(0)));
        assertEquals(5, Date.fromLogical(Date.SCHEMA, new java.util.Date(5 * DAY)));
        assertEquals(-5, Date.fromLogical(Date.SCHEMA, new java.util.Date(-5 * DAY)));
    }

    @Test
    void fromLogicalRejectsATimeOfDay() {
        DataException e = assertThrows(DataException.class, () -> Date.fromLogical(Date.SCHEMA, new java.util.Date(5 * DAY + 1)));
        assertEquals("Kafka Connect Date type should not have any time fields set to non-zero values.", e.getMessage());
        assertThrows(DataException.class, () -> Date.fromLogical(Date.SCHEMA, new java.util.Date(-1)));
        assertThrows(DataException.class, () -> Date.fromLogical(Date.SCHEMA, new java.util.Date(-DAY + 3_600_000L)));
    }

    @Test
    void fromLogicalTruncatesDayCountsBeyondIntRangeLikeApache() {
        assertEquals(-1294967296, Date.fromLogical(Date.SCHEMA, new java.util.Date(DAY * 3_000_000_000L)));
    }

    @Test
    void conversionsRequireTheDateSchemaName() {
        DataException e = assertThrows(DataException.class, () -> Date.fromLogical(Schema.INT32_SCHEMA, new java.util.Date(0)));
        assertEquals("Requested conversion of Date object but the schema does not match.", e.getMessage());
        e = assertThrows(DataException.class, () -> Date.fromLogical(SchemaBuilder.int32().name("x").build(), new java.util.Date(0)));
        assertEquals("Requested conversion of Date object but the schema does not match.", e.getMessage());
        e = assertThrows(DataException.class, () -> Date.toLogical(Schema.INT32_SCHEMA, 5));
        assertEquals("Requested conversion of Date object but the schema does not match.", e.getMessage());
    }

    @Test
    void onlyTheNameIsCheckedNotTheType() {
        Schema int64Date = SchemaBuilder.int64().name(Date.LOGICAL_NAME).build();
        assertEquals(0, Date.fromLogical(int64Date, new java.util.Date(0)));
    }

    @Test
    void toLogicalReturnsMidnightUtcOfThatDay() {
        java.util.Date date = Date.toLogical(Date.SCHEMA, 5);
        assertEquals(java.util.Date.class, date.getClass());
        assertEquals(5 * DAY, date.getTime());
        assertEquals(-5 * DAY, Date.toLogical(Date.SCHEMA, -5).getTime());
    }

    @Test
    void nullsAreNullPointers() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Date.fromLogical(Date.SCHEMA, null));
        assertEquals("date must not be null", e.getMessage());
        assertThrows(NullPointerException.class, () -> Date.fromLogical(null, new java.util.Date(0)));
        assertThrows(NullPointerException.class, () -> Date.toLogical(null, 5));
    }
}
