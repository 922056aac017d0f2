/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.predicates;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordIsTombstoneTest {

    private final RecordIsTombstone<SinkRecord> predicate = new RecordIsTombstone<>();

    @Test
    void hasNoConfiguration() {
        assertSame(RecordIsTombstone.CONFIG_DEF, predicate.config());
        assertTrue(RecordIsTombstone.CONFIG_DEF.configKeys().isEmpty());
        assertEquals("A predicate which is true for records which are tombstones (i.e. have null value).",
                RecordIsTombstone.OVERVIEW_DOC);
    }

    @Test
    void ignoresAnyConfigGiven() {
        predicate.configure(Map.of("anything", 1));
        assertTrue(predicate.test(new SinkRecord("t", 0, null, null, null, null, 0L)));
    }

    @Test
    void nullValueIsATombstoneWhateverTheSchema() {
        assertTrue(predicate.test(new SinkRecord("t", 0, null, null, null, null, 0L)));
        assertTrue(predicate.test(new SinkRecord("t", 0, Schema.STRING_SCHEMA, "key", Schema.OPTIONAL_STRING_SCHEMA,
                null, 0L)));
    }

    @Test
    void anyNonNullValueIsNotATombstone() {
        assertFalse(predicate.test(new SinkRecord("t", 0, null, null, null, "", 0L)));
        assertFalse(predicate.test(new SinkRecord("t", 0, null, null, null, Map.of(), 0L)));
    }

    @Test
    void worksForSourceRecordsToo() {
        RecordIsTombstone<SourceRecord> sourcePredicate = new RecordIsTombstone<>();
        assertTrue(sourcePredicate.test(new SourceRecord(null, null, "t", null, null)));
        assertFalse(sourcePredicate.test(new SourceRecord(null, null, "t", null, 1)));
    }

    @Test
    void toStringIsFixed() {
        assertEquals("RecordIsTombstone{}", predicate.toString());
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", predicate.version());
    }
}
