/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterTest {

    @Test
    void hasNoConfigurationAndDocumentsItsIntent() {
        Filter<SinkRecord> filter = new Filter<>();
        assertSame(Filter.CONFIG_DEF, filter.config());
        assertTrue(Filter.CONFIG_DEF.configKeys().isEmpty());
        assertEquals("Drops all records, filtering them from subsequent transformations in the chain. This is "
                + "intended to be used conditionally to filter out records matching (or not matching) a particular "
                + "Predicate.", Filter.OVERVIEW_DOC);
        assertEquals("4.3.1", filter.version());
    }

    @Test
    void dropsEveryRecordByReturningNull() {
        Filter<SinkRecord> filter = new Filter<>();
        filter.configure(Map.of("ignored", "value"));
        assertNull(filter.apply(new SinkRecord("t", 0, Schema.STRING_SCHEMA, "k", Schema.STRING_SCHEMA, "v", 1L)));
        assertNull(filter.apply(new SinkRecord("t", 0, null, null, null, null, 1L)));
        assertNull(filter.apply(null));
    }

    @Test
    void dropsSourceRecordsEvenWithoutConfiguring() {
        assertNull(new Filter<SourceRecord>().apply(new SourceRecord(null, null, "t", null, "v")));
    }
}
