/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;

/**
 * Rebuilds a record with a new key or a new value and everything else kept, the one step every {@code $Key} and
 * {@code $Value} variant of a transform shares.
 */
final class RecordParts {

    private RecordParts() {
    }

    static <R extends ConnectRecord<R>> R withKey(R record, Schema keySchema, Object key) {
        return record.newRecord(record.topic(), record.kafkaPartition(), keySchema, key,
                record.valueSchema(), record.value(), record.timestamp());
    }

    static <R extends ConnectRecord<R>> R withValue(R record, Schema valueSchema, Object value) {
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                valueSchema, value, record.timestamp());
    }
}
