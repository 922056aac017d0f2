/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * SQLite, the embedded default: one file, no schemas, declared types that are only affinities (so the sink declares
 * the types it means, and the source maps what was declared), {@code INSERT … ON CONFLICT … DO UPDATE}.
 */
public final class SqliteDialect extends StandardDialect {

    public SqliteDialect(boolean quoteIdentifiers) {
        super(quoteIdentifiers);
    }

    @Override
    public String name() {
        return "SqliteDatabaseDialect";
    }

    @Override
    public List<TableId> tables(Connection connection, String catalogPattern, String schemaPattern,
                                List<String> tableTypes) throws SQLException {
        List<TableId> tables = new ArrayList<>();
        for (TableId table : super.tables(connection, null, null, tableTypes)) {
            if (!table.table().startsWith("sqlite_")) {
                tables.add(TableId.of(table.table()));
            }
        }
        return tables;
    }

    /** SQLite's integers are all signed 64-bit values; the driver does not say so. */
    @Override
    protected SchemaBuilder builderFor(ColumnDef column, NumericMapping numericMapping) {
        return super.builderFor(new ColumnDef(column.name(), column.jdbcType(), column.typeName(), column.precision(),
                column.scale(), column.nullable(), column.autoIncrement(), true), numericMapping);
    }

    /** The database runs inside this process: its clock is the worker's. */
    @Override
    public Timestamp currentTime(Connection connection, Calendar timeZone) {
        return new Timestamp(System.currentTimeMillis());
    }

    @Override
    protected String primitiveType(Schema.Type type, boolean keyColumn) {
        return switch (type) {
            case INT8 -> "TINYINT";
            case INT16 -> "SMALLINT";
            case INT32 -> "INTEGER";
            case INT64 -> "BIGINT";
            case FLOAT32 -> "REAL";
            case FLOAT64 -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case BYTES -> "BLOB";
            default -> "TEXT";
        };
    }

    @Override
    public String upsert(TableId table, List<String> keyColumns, List<String> valueColumns) {
        return insertOnConflict(table, keyColumns, valueColumns);
    }
}
