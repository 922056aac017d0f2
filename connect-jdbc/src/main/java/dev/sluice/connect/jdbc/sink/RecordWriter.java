/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.BulkLoad;
import dev.sluice.connect.jdbc.dialect.Dialect;
import dev.sluice.connect.jdbc.dialect.SinkColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one table's buffer in one transaction: the table is made to fit, then each run of writes or of deletes is
 * sent as one JDBC batch, in record order, so a delete that follows an upsert of its key wins, and an upsert that
 * follows a delete brings the row back. A failure rolls the whole buffer back, so a retry starts from a clean slate.
 */
final class RecordWriter {

    private static final Logger log = LoggerFactory.getLogger(RecordWriter.class);

    private final Dialect dialect;
    private final InsertMode insertMode;
    private final Calendar timeZone;
    private final TableStructure structure;
    private final ErrantRecords errantRecords;

    RecordWriter(Dialect dialect, InsertMode insertMode, Calendar timeZone, TableStructure structure,
                 ErrantRecords errantRecords) {
        this.dialect = dialect;
        this.insertMode = insertMode;
        this.timeZone = timeZone;
        this.structure = structure;
        this.errantRecords = errantRecords;
    }

    /** Writes and commits the buffered records, or rolls back and throws; the buffer is left to the caller. */
    void write(Connection connection, BufferedWrites buffer) throws SQLException {
        TableId table = buffer.table();
        RecordLayout layout = buffer.layout();
        try {
            connection.setAutoCommit(false);
            if (!buffer.hasWrites() && !structure.exists(connection, table)) {
                // Only deletes, and no table: there is no row to delete, and no value schema to create it from.
                log.debug("Skipping {} delete(s) for missing table {}", buffer.size(), table);
                connection.commit();
                return;
            }
            structure.ensure(connection, table, layout);
            try (Statements statements = new Statements(connection, table, layout)) {
                for (PendingWrite write : buffer.pending()) {
                    statements.add(write);
                }
                statements.executePending();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            if (e instanceof SQLException) {
                structure.forget(table);
            }
            throw e;
        }
        log.debug("Wrote {} record(s) to {}", buffer.size(), table);
    }

    /** Rolls back after {@code failure}, keeping a rollback failure as suppressed rather than hiding the first. */
    static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The write and delete statements of one flush, prepared when first needed, and the batch in progress. */
    private final class Statements implements AutoCloseable {

        private final Connection connection;
        private final TableId table;
        private final RecordLayout layout;
        private PreparedStatement writes;
        private PreparedStatement deletes;
        private PreparedStatement current;
        private int batched;
        /** The keys of the upserts in the batch in progress. */
        private final Set<List<Object>> upsertedKeys = new HashSet<>();
        /** The database's bulk path for this flush's inserts or upserts, if it has one. */
        private final BulkLoad bulk;
        /** Rows waiting for the bulk path, by key for upserts (the last record of a key wins), in record order. */
        private final Map<Object, String> bulkRows = new LinkedHashMap<>();

        Statements(Connection connection, TableId table, RecordLayout layout) {
            this.connection = connection;
            this.table = table;
            this.layout = layout;
            this.bulk = insertMode == InsertMode.UPDATE ? null : dialect.bulkLoad().orElse(null);
        }

        void add(PendingWrite write) throws SQLException {
            if (!write.delete() && insertMode == InsertMode.UPDATE && layout.valueColumns().isEmpty()) {
                return; // every column is a key column: an update has nothing to set
            }
            if (bulk != null && !write.delete()) {
                addBulk(write);
                return;
            }
            PreparedStatement statement = write.delete() ? deletes() : writes();
            boolean upsert = !write.delete() && insertMode == InsertMode.UPSERT;
            if (statement != current || upsert && upsertedKeys.contains(write.keyValues())) {
                // A driver may send a batch as one multi-row statement (PostgreSQL's reWriteBatchedInserts), and
                // one upsert statement cannot touch a row twice: a key seen again starts the next batch.
                executePending();
                current = statement;
            }
            try {
                bind(statement, write);
            } catch (DataException e) {
                // The values bound so far must not leak into the next record's parameters.
                statement.clearParameters();
                errantRecords.report(write.record(), e);
                return;
            }
            statement.addBatch();
            batched++;
            if (upsert) {
                upsertedKeys.add(write.keyValues());
            }
        }

        /** Encodes the record's row for the bulk path; a delete batch in progress goes first, keeping order. */
        private void addBulk(PendingWrite write) throws SQLException {
            if (current != null) {
                executePending();
                current = null;
            }
            List<String> encoded = new ArrayList<>();
            try {
                encode(write, layout.keyColumns(), write.keyValues(), encoded);
                encode(write, layout.valueColumns(), write.values(), encoded);
            } catch (DataException e) {
                errantRecords.report(write.record(), e);
                return;
            }
            String row = bulk.row(encoded);
            // An upsert may not touch one row twice; for plain inserts a repeated key must still fail.
            Object key = insertMode == InsertMode.UPSERT ? write.keyValues() : bulkRows.size();
            bulkRows.remove(key);
            bulkRows.put(key, row);
        }

        void executePending() throws SQLException {
            if (current != null && batched > 0) {
                current.executeBatch();
            }
            batched = 0;
            upsertedKeys.clear();
            if (!bulkRows.isEmpty()) {
                bulk.load(connection, table, concat(layout.keyNames(), layout.valueNames()), layout.keyNames(),
                        new ArrayList<>(bulkRows.values()), insertMode == InsertMode.UPSERT);
                bulkRows.clear();
            }
        }

        private PreparedStatement writes() throws SQLException {
            if (writes == null) {
                List<String> keys = layout.keyNames();
                List<String> values = layout.valueNames();
                writes = connection.prepareStatement(switch (insertMode) {
                    case INSERT -> dialect.insert(table, keys, values);
                    case UPSERT -> dialect.upsert(table, keys, values);
                    case UPDATE -> dialect.update(table, keys, values);
                });
            }
            return writes;
        }

        private PreparedStatement deletes() throws SQLException {
            if (deletes == null) {
                deletes = connection.prepareStatement(dialect.delete(table, layout.keyNames()));
            }
            return deletes;
        }

        /** Parameters in statement order: UPDATE sets the values before its WHERE on the key; the others key first. */
        private void bind(PreparedStatement statement, PendingWrite write) throws SQLException {
            List<SinkColumn> keys = layout.keyColumns();
            if (write.delete()) {
                bindColumns(statement, 1, write, keys, write.keyValues());
            } else if (insertMode == InsertMode.UPDATE) {
                int next = bindColumns(statement, 1, write, layout.valueColumns(), write.values());
                bindColumns(statement, next, write, keys, write.keyValues());
            } else {
                int next = bindColumns(statement, 1, write, keys, write.keyValues());
                bindColumns(statement, next, write, layout.valueColumns(), write.values());
            }
        }

        private int bindColumns(PreparedStatement statement, int index, PendingWrite write, List<SinkColumn> columns,
                                List<Object> values) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                SinkColumn column = columns.get(i);
                Object value = values.get(i);
                try {
                    dialect.bind(statement, index++, column.schema(), value, timeZone);
                } catch (ClassCastException | DataException e) {
                    throw wrongValue(write, column, value, e);
                }
            }
            return index;
        }

        private void encode(PendingWrite write, List<SinkColumn> columns, List<Object> values, List<String> into) {
            for (int i = 0; i < columns.size(); i++) {
                SinkColumn column = columns.get(i);
                Object value = values.get(i);
                try {
                    into.add(bulk.value(column.schema(), value, timeZone));
                } catch (ClassCastException | DataException e) {
                    throw wrongValue(write, column, value, e);
                }
            }
        }

        private DataException wrongValue(PendingWrite write, SinkColumn column, Object value, RuntimeException e) {
            return new DataException("Column " + column.name() + " of table " + table + " expects "
                    + describe(column.schema()) + ", but the record at " + PendingWrite.describe(write.record())
                    + " has a " + (value == null ? "null" : value.getClass().getName()) + " for it: "
                    + e.getMessage(), e);
        }

        @Override
        public void close() throws SQLException {
            SQLException failure = null;
            for (PreparedStatement statement : new PreparedStatement[] {writes, deletes}) {
                try {
                    if (statement != null) {
                        statement.close();
                    }
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String describe(Schema schema) {
        return schema.name() != null ? schema.name() + " (" + schema.type() + ")" : schema.type().toString();
    }
}
