/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.connect.data.Decimal;
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

    /**
     * Maps the declared type. The driver's JDBC type follows the storage class of the first row's value instead
     * (a NUMERIC(10,2) column whose first value is 5 reports INTEGER, and 12.34 in the next row would be read as 12),
     * so one result could not be read with the schema of its first row. SQLite's integers are all signed.
     */
    @Override
    protected SchemaBuilder builderFor(ColumnDef column, NumericMapping numericMapping) {
        int declared = declaredType(column);
        if ((declared == Types.NUMERIC || declared == Types.DECIMAL) && column.precision() <= 0) {
            // NUMERIC without a precision holds integers and reals alike; no Decimal scale fits all, text does.
            return numericMapping == NumericMapping.BEST_FIT ? SchemaBuilder.float64() : SchemaBuilder.string();
        }
        return super.builderFor(new ColumnDef(column.name(), declared, column.typeName(), column.precision(),
                column.scale(), column.nullable(), column.autoIncrement(), true), numericMapping);
    }

    /**
     * The {@link Types} constant of the column's declared type; the driver's own where nothing is declared (an
     * expression in a query), since the name then follows the value too.
     */
    static int declaredType(ColumnDef column) {
        String name = column.typeName() == null ? "" : column.typeName().toUpperCase(Locale.ROOT);
        int parenthesis = name.indexOf('(');
        name = parenthesis < 0 ? name.trim() : name.substring(0, parenthesis).trim();
        return switch (name) {
            case "BOOLEAN", "BOOL" -> Types.BOOLEAN;
            case "TINYINT" -> Types.TINYINT;
            case "SMALLINT", "INT2" -> Types.SMALLINT;
            case "MEDIUMINT" -> Types.INTEGER;
            // INTEGER holds 64-bit values (rowids among them): read as an int, 9000000000 silently became 410065408.
            case "INT", "INTEGER", "BIGINT", "INT8", "UNSIGNED BIG INT" -> Types.BIGINT;
            // Whatever it is called, a real is an 8-byte double in SQLite.
            case "REAL", "FLOAT", "DOUBLE", "DOUBLE PRECISION" -> Types.DOUBLE;
            case "NUMERIC" -> Types.NUMERIC;
            case "DECIMAL" -> Types.DECIMAL;
            case "DATE" -> Types.DATE;
            case "TIME" -> Types.TIME;
            case "DATETIME", "TIMESTAMP" -> Types.TIMESTAMP;
            case "BLOB" -> Types.BLOB;
            case "BINARY", "VARBINARY" -> Types.VARBINARY;
            default -> name.contains("CHAR") || name.contains("CLOB") || name.contains("TEXT") ? Types.VARCHAR
                    : column.jdbcType();
        };
    }

    /** The database runs inside this process: its clock is the worker's. */
    @Override
    public Timestamp currentTime(Connection connection, Calendar timeZone) {
        return new Timestamp(System.currentTimeMillis());
    }

    @Override
    public String columnType(Schema schema, boolean keyColumn) {
        String logical = schema.name();
        if (Decimal.LOGICAL_NAME.equals(logical)) {
            return "DECIMAL";
        }
        if (org.apache.kafka.connect.data.Date.LOGICAL_NAME.equals(logical)) {
            return "DATE";
        }
        if (org.apache.kafka.connect.data.Time.LOGICAL_NAME.equals(logical)) {
            return "TIME";
        }
        if (org.apache.kafka.connect.data.Timestamp.LOGICAL_NAME.equals(logical)) {
            return "TIMESTAMP";
        }
        return switch (schema.type()) {
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
        String onConflict = " ON CONFLICT (" + columnList(keyColumns) + ") DO ";
        return insert(table, keyColumns, valueColumns) + onConflict + (valueColumns.isEmpty() ? "NOTHING"
                : "UPDATE SET " + assignments(valueColumns, column -> "excluded." + quote(column)));
    }
}
