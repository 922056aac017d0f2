/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.SinkColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The writes waiting for one table, in record order, all of one layout, so they go through one prepared statement
 * (and one for deletes). Deletes carry only the key, so they fit any buffer whose key columns match.
 */
final class BufferedWrites {

    private final TableId table;
    private final List<PendingWrite> pending = new ArrayList<>();
    private List<SinkColumn> keyColumns;
    /** The layout of the buffered upserts/inserts/updates; null while only deletes are buffered. */
    private RecordLayout writeLayout;

    BufferedWrites(TableId table) {
        this.table = table;
    }

    TableId table() {
        return table;
    }

    /** Whether {@code write} can join this buffer; if not, the buffer must be flushed first. */
    boolean fits(PendingWrite write) {
        if (pending.isEmpty()) {
            return true;
        }
        if (!keyColumns.equals(write.layout().keyColumns())) {
            return false;
        }
        return write.delete() || writeLayout == null || writeLayout.sameAs(write.layout());
    }

    void add(PendingWrite write) {
        if (!fits(write)) {
            throw new IllegalStateException("A write of another layout joins the buffer of " + table);
        }
        keyColumns = write.layout().keyColumns();
        if (!write.delete()) {
            writeLayout = write.layout();
        }
        pending.add(write);
    }

    int size() {
        return pending.size();
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Whether anything besides deletes is buffered, which needs the value columns in the table. */
    boolean hasWrites() {
        return writeLayout != null;
    }

    /** The columns the buffered records write: the key columns, and the value columns when there are writes. */
    RecordLayout layout() {
        return writeLayout != null ? writeLayout : new RecordLayout(keyColumns, List.of());
    }

    /** The buffered writes, in record order. */
    List<PendingWrite> pending() {
        return Collections.unmodifiableList(pending);
    }

    void clear() {
        pending.clear();
        keyColumns = null;
        writeLayout = null;
    }
}
