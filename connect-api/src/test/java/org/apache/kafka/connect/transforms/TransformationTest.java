/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.predicates.Predicate;
import org.junit.jupiter.api.Test;

class TransformationTest {

    /** Drops records whose value is null; routes the rest to a fixed topic. */
    private static final class RouteOrDrop implements Transformation<SourceRecord> {
        @Override
        public SourceRecord apply(SourceRecord record) {
            if (record.value() == null) {
                return null;
            }
            return record.newRecord("routed", record.kafkaPartition(), record.keySchema(), record.key(),
                    record.valueSchema(), record.value(), record.timestamp());
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    private static final class HasValue implements Predicate<SourceRecord> {
        @Override
        public boolean test(SourceRecord record) {
            return record.value() != null;
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    @Test
    void versionDefaultsToUndefined() {
        assertEquals("undefined", new RouteOrDrop().version());
        assertEquals("undefined", new HasValue().version());
    }

    @Test
    void transformationsRewriteThroughNewRecordKeepingSourceCoordinates() {
        SourceRecord record = new SourceRecord(Map.of("p", 1), Map.of("o", 2), "in", 0, null, "value");
        SourceRecord routed = new RouteOrDrop().apply(record);
        assertEquals("routed", routed.topic());
        assertEquals(Map.of("p", 1), routed.sourcePartition());
        assertNull(new RouteOrDrop().apply(new SourceRecord(null, null, "in", 0, null, null)));
    }
}
