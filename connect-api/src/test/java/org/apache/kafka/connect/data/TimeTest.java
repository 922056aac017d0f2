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

class TimeTest {

    private static final int DAY = 86_400_000;

    @Test
    void schemaIsARequiredVersionOneInt32() {
        assertEquals("org.apache.kafka.connect.data.Time", Time.LOGICAL_NAME);
        assertEquals(Schema.Type.INT32, Time.SCHEMA.type());
        assertEquals(Time.LOGICAL_NAME, Time.SCHEMA.name());
        assertEquals(1, Time.SCHEMA.version());
        assertFalse(Time.SCHEMA.isOptional());
        assertNull(Time.SCHEMA.parameters());
        assertEquals(Time.SCHEMA, Time.builder().build());
    }

    @Test
    void fromLogicalReturnsMillisecondsSinceMidnight() {
        assertEquals(0, Time.fromLogical(Time.SCHEMA, new java.util.Date(0)));
        assertEquals(12345, Time.fromLogical(Time.SCHEMA, new java.util.Date(12345)));
        assertEquals(DAY - 1, Time.fromLogical(Time.SCHEMA, new java.util.Date(DAY - 1)));
    }

    @Test
    void fromLogicalAcceptsExactlyOneDayLikeApache() {
        assertEquals(DAY, Time.fromLogical(Time.SCHEMA, new java.util.Date(DAY)));
    }

    @Test
    void fromLogicalRejectsDatesOutsideTheFirstDay() {
        DataException e = assertThrows(DataException.class, () -> Time.fromLogical(Time.SCHEMA, new java.util.Date(DAY + 1L)));
        assertEquals("Kafka Connect Time type should not have any date fields set to non-zero values.", e.getMessage());
        e = assertThrows(DataException.class, () -> Time.fromLogical(Time.SCHEMA, new java.util.Date(-5)));
        assertEquals("Kafka Connect Time type should not have any date fields set to non-zero values.", e.getMessage());
    }

    @Test
    void toLogicalAcceptsZeroUpToOneDay() {
        assertEquals(0, Time.toLogical(Time.SCHEMA, 0).getTime());
        assertEquals(5, Time.toLogical(Time.SCHEMA, 5).getTime());
        assertEquals(DAY - 1, Time.toLogical(Time.SCHEMA, DAY - 1).getTime());
        assertEquals(DAY, Time.toLogical(Time.SCHEMA, DAY).getTime());
    }

    @Test
    void toLogicalRejectsOutOfRangeMillis() {
        DataException e = assertThrows(DataException.class, () -> Time.toLogical(Time.SCHEMA, -5));
        assertEquals("Time values must use number of milliseconds greater than 0 and less than 86400000", e.getMessage());
        assertThrows(DataException.class, () -> Time.toLogical(Time.SCHEMA, DAY + 1));
    }

    @Test
    void conversionsRequireTheTimeSchemaName() {
        DataException e = assertThrows(DataException.class, () -> Time.fromLogical(Schema.INT32_SCHEMA, new java.util.Date(5)));
        assertEquals("Requested conversion of Time object but the schema does not match.", e.getMessage());
        // Apache's toLogical message says "Date object"; we keep it identical.
        e = assertThrows(DataException.class, () -> Time.toLogical(Schema.INT32_SCHEMA, 5));
        assertEquals("Requested conversion of Date object but the schema does not match.", e.getMessage());
        assertThrows(DataException.class, () -> Time.toLogical(Date.SCHEMA, 5));
    }

    @Test
    void onlyTheNameIsCheckedNotTheType() {
        assertEquals(5, Time.fromLogical(SchemaBuilder.int64().name(Time.LOGICAL_NAME).build(), new java.util.Date(5)));
    }

    @Test
    void nullsAreNullPointers() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Time.fromLogical(Time.SCHEMA, null));
        assertEquals("date must not be null", e.getMessage());
        assertThrows(NullPointerException.class, () -> Time.toLogical(null, 5));
    }
}
