/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.data.Schema;

/**
 * What differs from one database to the next: how identifiers are quoted, which Connect type a column maps to and
 * back, how values are read and bound, and the statements that differ (upserts, DDL). {@link StandardDialect} does
 * it the standard SQL way; a database's dialect overrides only what its database does differently, so a new
 * database is one class, registered in {@link Dialects}.
 */
public interface Dialect {

    /** The dialect's name, as {@code dialect.name} accepts it, e.g. {@code PostgreSqlDatabaseDialect}. */
    String name();

    /** The identifier quoted for SQL text (or checked to need no quotes, when quoting is off). */
    String quote(String identifier);

    /** The table's name for SQL text, each part quoted. */
    String tableName(TableId table);

    /** Driver properties connections to this database get unless the URL sets them. */
    default Map<String, String> driverDefaults() {
        return Map.of();
    }

    /** The table with the connection's current catalog or schema filled in where the name leaves it open. */
    TableId withDefaults(Connection connection, TableId table) throws SQLException;

    /**
     * The tables a source may read, in the given catalog and schema patterns (null: the connection's own database),
     * of the given {@code DatabaseMetaData} table types, without the database's system tables.
     */
    List<TableId> tables(Connection connection, String catalogPattern, String schemaPattern,
                         List<String> tableTypes) throws SQLException;

    /** The columns of an existing table by name, in table order; empty when there is no such table. */
    Map<String, ColumnDef> columns(Connection connection, TableId table) throws SQLException;

    // ---- reading (source) ----------------------------------------------------------------------------------

    /**
     * The Connect schema of a column's values, optional when the column is nullable.
     *
     * @return null when the column's type cannot be represented; the source leaves such columns out
     */
    Schema columnSchema(ColumnDef column, NumericMapping numericMapping);

    /** Column {@code index} of the current row as a value of {@code schema}; null for SQL NULL. */
    Object read(ResultSet row, int index, Schema schema, Calendar timeZone) throws SQLException;

    /** The database's clock, which bounds timestamp queries so rows still being written are not skipped. */
    Timestamp currentTime(Connection connection, Calendar timeZone) throws SQLException;

    // ---- writing (sink) ------------------------------------------------------------------------------------

    /** The column type to create for values of {@code schema}; key columns need a type an index can hold. */
    String columnType(Schema schema, boolean keyColumn);

    /** Binds {@code value} (of {@code schema}, may be null) as parameter {@code index}. */
    void bind(PreparedStatement statement, int index, Schema schema, Object value, Calendar timeZone)
            throws SQLException;

    String insert(TableId table, List<String> keyColumns, List<String> valueColumns);

    /** An insert that updates the row with the same key instead of failing; in the database's own syntax. */
    String upsert(TableId table, List<String> keyColumns, List<String> valueColumns);

    String update(TableId table, List<String> keyColumns, List<String> valueColumns);

    String delete(TableId table, List<String> keyColumns);

    String createTable(TableId table, List<SinkColumn> columns, List<String> keyColumns);

    /** The database's faster path for inserts and upserts, when it has one. */
    default Optional<BulkLoad> bulkLoad() {
        return Optional.empty();
    }

    /** The statements that add {@code columns} to an existing table, one column each. */
    List<String> addColumns(TableId table, List<SinkColumn> columns);
}
