/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Calendar;
import java.util.List;

import org.apache.kafka.connect.data.Schema;

/**
 * A database's bulk path for inserts and upserts, faster than batched statements: rows are encoded as the
 * database's bulk format takes them, then loaded in one go. Deletes and updates stay statements.
 */
public interface BulkLoad {

    /**
     * One value (null included) of {@code schema} in the bulk format.
     *
     * @throws ClassCastException or {@link org.apache.kafka.connect.errors.DataException} when the value does not
     *     fit the schema
     */
    String value(Schema schema, Object value, Calendar timeZone);

    /** One row of encoded values, in the columns' order. */
    String row(List<String> values);

    /**
     * Inserts {@code rows} into {@code table} in the caller's transaction, or with {@code upsert} updates the rows
     * whose key exists; no two rows of one upsert may share a key.
     *
     * @param columns the rows' columns, key columns first
     */
    void load(Connection connection, TableId table, List<String> columns, List<String> keyColumns,
              List<String> rows, boolean upsert) throws SQLException;
}
