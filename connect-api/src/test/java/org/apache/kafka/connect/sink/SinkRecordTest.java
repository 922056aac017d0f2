/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Objects;

import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class SinkRecordTest {

    private static SinkRecord consumed() {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("trace", "abc");
        return new SinkRecord("orders", 3, Schema.STRING_SCHEMA, "key", Schema.INT64_SCHEMA, 42L, 1000L,
                1700L, TimestampType.CREATE_TIME, headers);
    }

    @Test
    void shortConstructorHasNoTimestamp() {
        SinkRecord record = new SinkRecord("t", 1, null, "k", null, "v", 42L);
        assertNull(record.timestamp());
        assertEquals(TimestampType.NO_TIMESTAMP_TYPE, record.timestampType());
        assertEquals(42L, record.kafkaOffset());
        assertTrue(record.headers().isEmpty());
    }

    @Test
    void originalCoordinatesDefaultToTheCurrentOnes() {
        SinkRecord record = consumed();
        assertEquals("orders", record.originalTopic());
        assertEquals(3, record.originalKafkaPartition());
        assertEquals(1000L, record.originalKafkaOffset());
    }

    @Test
    void fullConstructorKeepsExplicitOriginalCoordinates() {
        SinkRecord record = new SinkRecord("renamed", 0, null, null, null, null, 5L, null,
                TimestampType.LOG_APPEND_TIME, null, "source-topic", 7, 77L);
        assertEquals("renamed", record.topic());
        assertEquals(0, record.kafkaPartition());
        assertEquals(5L, record.kafkaOffset());
        assertEquals("source-topic", record.originalTopic());
        assertEquals(7, record.originalKafkaPartition());
        assertEquals(77L, record.originalKafkaOffset());
    }

    @Test
    void newRecordReplacesOnlyTheGivenFields() {
        SinkRecord original = consumed();
        SinkRecord moved = original.newRecord("audit", 9, null, "k2", null, "v2", 5L);

        assertEquals("audit", moved.topic());
        assertEquals(9, moved.kafkaPartition());
        assertNull(moved.keySchema());
        assertEquals("k2", moved.key());
        assertEquals("v2", moved.value());
        assertEquals(5L, moved.timestamp());
        // Carried over from the original.
        assertEquals(1000L, moved.kafkaOffset());
        assertEquals(TimestampType.CREATE_TIME, moved.timestampType());
        assertEquals(original.headers(), moved.headers());
    }

    @Test
    void newRecordKeepsTheOriginalCoordinatesAcrossTransformations() {
        SinkRecord first = consumed().newRecord("step1", 4, null, null, null, null, null);
        SinkRecord second = first.newRecord("step2", 5, null, null, null, null, null, null);
        assertEquals("step2", second.topic());
        assertEquals("orders", second.originalTopic());
        assertEquals(3, second.originalKafkaPartition());
        assertEquals(1000L, second.originalKafkaOffset());
    }

    @Test
    void newRecordCopiesHeadersSoTheRecordsStayIndependent() {
        SinkRecord original = consumed();
        SinkRecord copy = original.newRecord("t", 0, null, null, null, null, null);
        assertNotSame(original.headers(), copy.headers());

        copy.headers().addString("extra", "x");
        assertEquals(1, original.headers().size());
        assertEquals(2, copy.headers().size());
    }

    @Test
    void newRecordWithHeadersUsesThoseHeaders() {
        ConnectHeaders replacement = new ConnectHeaders();
        replacement.addInt("n", 1);
        SinkRecord copy = consumed().newRecord("t", 0, null, null, null, null, null, replacement);
        assertSame(replacement, copy.headers());

        SinkRecord withoutHeaders = consumed().newRecord("t", 0, null, null, null, null, null, null);
        assertTrue(withoutHeaders.headers().isEmpty());
    }

    @Test
    void newRecordNeedsAPartitionBecauseSinkRecordsStoreAnInt() {
        assertThrows(NullPointerException.class,
            () -> consumed().newRecord("t", null, null, null, null, null, null));
    }

    @Test
    void equalityCoversOffsetsTimestampTypeAndOriginals() {
        SinkRecord base = new SinkRecord("t", 1, null, "k", null, "v", 42L, 9L, TimestampType.CREATE_TIME, null,
                "ot", 7, 77L);
        SinkRecord same = new SinkRecord("t", 1, null, "k", null, "v", 42L, 9L, TimestampType.CREATE_TIME, null,
                "ot", 7, 77L);
        assertEquals(base, same);
        assertEquals(base.hashCode(), same.hashCode());

        assertNotEquals(base, new SinkRecord("t", 1, null, "k", null, "v", 43L, 9L, TimestampType.CREATE_TIME, null,
                "ot", 7, 77L));
        assertNotEquals(base, new SinkRecord("t", 1, null, "k", null, "v", 42L, 9L, TimestampType.LOG_APPEND_TIME,
                null, "ot", 7, 77L));
        assertNotEquals(base, new SinkRecord("t", 1, null, "k", null, "v", 42L, 9L, TimestampType.CREATE_TIME, null,
                "other", 7, 77L));
        assertNotEquals(base, new SinkRecord("t", 1, null, "k", null, "v", 42L, 9L, TimestampType.CREATE_TIME, null,
                "ot", 8, 77L));
        assertNotEquals(base, new SinkRecord("t", 1, null, "k", null, "v", 42L, 9L, TimestampType.CREATE_TIME, null,
                "ot", 7, 78L));
        assertNotEquals(base, new SinkRecord("t", 2, null, "k", null, "v", 42L, 9L, TimestampType.CREATE_TIME, null,
                "ot", 7, 77L));
    }

    @Test
    void aSinkRecordNeverEqualsASourceRecordWithTheSameFields() {
        SinkRecord sink = new SinkRecord("t", 0, null, null, null, null, 1L);
        SourceRecord source = new SourceRecord(null, null, "t", 0, null, null);
        assertNotEquals(sink, source);
        assertNotEquals(source, sink);
    }

    @Test
    void hashCodeExtendsTheBaseHashWithTheSinkFields() {
        SinkRecord record = new SinkRecord("t", 1, null, "k", null, "v", 42L, 9L, TimestampType.CREATE_TIME, null,
                "ot", 7, 77L);
        int expected = baseHash(record);
        for (Object part : new Object[] {42L, TimestampType.CREATE_TIME, "ot", 7, 77L}) {
            expected = 31 * expected + Objects.hashCode(part);
        }
        assertEquals(expected, record.hashCode());
    }

    @Test
    void hashCodeToleratesMissingOriginals() {
        SinkRecord record = new SinkRecord("t", 1, null, null, null, null, 1L, null, null, null, null, null, 1L);
        assertEquals(record.hashCode(), record.hashCode());
    }

    @Test
    void toStringPrefixesTheSinkFieldsToTheBaseDescription() {
        SinkRecord record = new SinkRecord("t", 1, null, "k", null, "v", 42L, 123L, TimestampType.CREATE_TIME, null,
                "ot", 7, 77L);
        assertEquals("SinkRecord{kafkaOffset=42, timestampType=CreateTime, originalTopic=ot, originalKafkaPartition=7,"
                + " originalKafkaOffset=77} ConnectRecord{topic='t', kafkaPartition=1, key=k, keySchema=null, value=v,"
                + " valueSchema=null, timestamp=123, headers=" + record.headers() + "}", record.toString());
    }

    /** Recomputes the base-class hash of a record from its public accessors. */
    private static int baseHash(SinkRecord record) {
        int result = Objects.hashCode(record.topic());
        for (Object part : new Object[] {record.kafkaPartition(), record.keySchema(), record.key(),
            record.valueSchema(), record.value(), record.timestamp(), record.headers()}) {
            result = 31 * result + Objects.hashCode(part);
        }
        return result;
    }
}
