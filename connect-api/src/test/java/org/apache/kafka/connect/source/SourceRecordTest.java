/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Objects;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.junit.jupiter.api.Test;

class SourceRecordTest {

    private static final Map<String, ?> PARTITION = Map.of("file", "/var/log/app.log");
    private static final Map<String, ?> OFFSET = Map.of("position", 4096L);

    private static SourceRecord full() {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("origin", "tail");
        return new SourceRecord(PARTITION, OFFSET, "logs", 2, Schema.STRING_SCHEMA, "k", Schema.STRING_SCHEMA,
                "line", 99L, headers);
    }

    @Test
    void shortConstructorsLeaveTheMissingFieldsNull() {
        SourceRecord valueOnly = new SourceRecord(PARTITION, OFFSET, "logs", Schema.STRING_SCHEMA, "line");
        assertNull(valueOnly.kafkaPartition());
        assertNull(valueOnly.key());
        assertNull(valueOnly.keySchema());
        assertNull(valueOnly.timestamp());
        assertEquals("line", valueOnly.value());
        assertTrue(valueOnly.headers().isEmpty());

        SourceRecord withPartition = new SourceRecord(PARTITION, OFFSET, "logs", 4, Schema.STRING_SCHEMA, "line");
        assertEquals(4, withPartition.kafkaPartition());
        assertNull(withPartition.key());

        SourceRecord withKey = new SourceRecord(PARTITION, OFFSET, "logs", Schema.STRING_SCHEMA, "k",
                Schema.STRING_SCHEMA, "line");
        assertNull(withKey.kafkaPartition());
        assertEquals("k", withKey.key());

        SourceRecord withTimestamp = new SourceRecord(PARTITION, OFFSET, "logs", 1, null, "k", null, "v", 5L);
        assertEquals(5L, withTimestamp.timestamp());
        assertTrue(withTimestamp.headers().isEmpty());
    }

    @Test
    void sourcePartitionAndOffsetAreExposedAsGiven() {
        SourceRecord record = full();
        assertSame(PARTITION, record.sourcePartition());
        assertSame(OFFSET, record.sourceOffset());
    }

    @Test
    void newRecordCarriesTheSourcePartitionAndOffsetOver() {
        SourceRecord moved = full().newRecord("other", 7, null, "k2", null, "v2", 1L);
        assertEquals("other", moved.topic());
        assertEquals(7, moved.kafkaPartition());
        assertEquals("k2", moved.key());
        assertEquals("v2", moved.value());
        assertEquals(1L, moved.timestamp());
        assertSame(PARTITION, moved.sourcePartition());
        assertSame(OFFSET, moved.sourceOffset());
    }

    @Test
    void newRecordAllowsANullPartition() {
        SourceRecord moved = full().newRecord(null, null, null, null, null, null, null);
        assertNull(moved.topic());
        assertNull(moved.kafkaPartition());
    }

    @Test
    void newRecordDuplicatesHeadersSoTheRecordsStayIndependent() {
        SourceRecord original = full();
        SourceRecord copy = original.newRecord("logs", 2, null, null, null, null, null);
        assertNotSame(original.headers(), copy.headers());
        assertEquals(original.headers(), copy.headers());

        copy.headers().addString("more", "x");
        original.headers().remove("origin");
        assertEquals(0, original.headers().size());
        assertEquals(2, copy.headers().size());
    }

    @Test
    void newRecordWithExplicitHeadersUsesThem() {
        ConnectHeaders replacement = new ConnectHeaders();
        SourceRecord copy = full().newRecord("logs", 2, null, null, null, null, null, replacement);
        assertSame(replacement, copy.headers());
        assertTrue(full().newRecord("logs", 2, null, null, null, null, null, null).headers().isEmpty());
    }

    @Test
    void newRecordWithUnchangedFieldsEqualsTheOriginal() {
        SourceRecord original = full();
        SourceRecord copy = original.newRecord(original.topic(), original.kafkaPartition(), original.keySchema(),
                original.key(), original.valueSchema(), original.value(), original.timestamp());
        assertEquals(original, copy);
        assertEquals(original.hashCode(), copy.hashCode());
    }

    @Test
    void sourcePartitionAndOffsetTakePartInEquality() {
        SourceRecord base = new SourceRecord(PARTITION, OFFSET, "t", 0, null, "v");
        assertEquals(base, new SourceRecord(Map.of("file", "/var/log/app.log"), Map.of("position", 4096L), "t", 0,
                null, "v"));
        assertNotEquals(base, new SourceRecord(Map.of("file", "other"), OFFSET, "t", 0, null, "v"));
        assertNotEquals(base, new SourceRecord(PARTITION, Map.of("position", 1L), "t", 0, null, "v"));
        assertNotEquals(base, new SourceRecord(null, OFFSET, "t", 0, null, "v"));
        assertNotEquals(base, new SourceRecord(PARTITION, OFFSET, "t", 1, null, "v"));
    }

    @Test
    void headersTakePartInEquality() {
        SourceRecord withoutHeaders = new SourceRecord(PARTITION, OFFSET, "logs", 2, Schema.STRING_SCHEMA, "k",
                Schema.STRING_SCHEMA, "line", 99L);
        assertNotEquals(full(), withoutHeaders);
        withoutHeaders.headers().addString("origin", "tail");
        assertEquals(full(), withoutHeaders);
    }

    @Test
    void hashCodeExtendsTheBaseHashWithPartitionThenOffset() {
        SourceRecord record = new SourceRecord(PARTITION, OFFSET, "t", 1, null, "k", null, "v", 5L);
        int expected = Objects.hashCode("t");
        for (Object part : new Object[] {1, null, "k", null, "v", 5L, record.headers(), PARTITION, OFFSET}) {
            expected = 31 * expected + Objects.hashCode(part);
        }
        assertEquals(expected, record.hashCode());
    }

    @Test
    void hashCodeToleratesNullFields() {
        SourceRecord record = new SourceRecord(null, null, null, null, null);
        assertEquals(new SourceRecord(null, null, null, null, null).hashCode(), record.hashCode());
    }

    @Test
    void toStringPrefixesTheSourceFieldsToTheBaseDescription() {
        SourceRecord record = new SourceRecord(Map.of("p", 1), Map.of("o", 2), "topic", 3, null, "k", null, 5, 99L);
        assertEquals("SourceRecord{sourcePartition={p=1}, sourceOffset={o=2}} ConnectRecord{topic='topic',"
                + " kafkaPartition=3, key=k, keySchema=null, value=5, valueSchema=null, timestamp=99, headers="
                + record.headers() + "}", record.toString());
    }
}
