/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.dialect.SinkColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns records of one key and value schema write: the primary-key columns, then the others. Two records with
 * equal layouts go through the same prepared statement; a new layout means a new statement, so the buffer is flushed.
 */
record RecordLayout(List<SinkColumn> keyColumns, List<SinkColumn> valueColumns) {

    RecordLayout {
        keyColumns = List.copyOf(keyColumns);
        valueColumns = List.copyOf(valueColumns);
    }

    List<String> keyNames() {
        return keyColumns.stream().map(SinkColumn::name).toList();
    }

    List<String> valueNames() {
        return valueColumns.stream().map(SinkColumn::name).toList();
    }

    /** Key columns first, as a created table declares them. */
    List<SinkColumn> allColumns() {
        List<SinkColumn> all = new ArrayList<>(keyColumns);
        all.addAll(valueColumns);
        return all;
    }

    /** Same statement: identical instances are the common case (one cached layout per schema), so check that first. */
    boolean sameAs(RecordLayout other) {
        return this == other || equals(other);
    }
}
