/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.TableId;
import java.util.List;

import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One record, ready to bind: its table, its layout and the values of its columns in layout order. Values are
 * extracted when the record arrives, so a record that lacks a key is refused before anything is buffered.
 *
 * @param delete      a tombstone: delete the row with {@code keyValues}; {@code values} is empty
 * @param keyValues   values of {@code layout.keyColumns()}, never null
 * @param values      values of {@code layout.valueColumns()}, null for SQL NULL
 */
record PendingWrite(SinkRecord record, TableId table, RecordLayout layout, boolean delete, List<Object> keyValues,
                    List<Object> values) {

    /** Where the record came from, for error messages: {@code topic orders partition 0 offset 42}. */
    static String describe(SinkRecord record) {
        return "topic " + record.topic() + " partition " + record.kafkaPartition() + " offset " + record.kafkaOffset();
    }
}
