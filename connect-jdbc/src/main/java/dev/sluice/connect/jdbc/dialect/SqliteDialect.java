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
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.errors.DataException;

/**
 * SQLite, the embedded default: one file, no schemas, declared types that are only affinities (so the sink declares
 * the types it means, and the source maps what was declared), {@code INSERT … ON CONFLICT … DO UPDATE}.
 */
public final class SqliteDialect extends StandardDialect {

    private static final DateTimeFormatter TIME_TEXT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    /** The form SQLite's own {@code strftime('%Y-%m-%d %H:%M:%f')} writes. */
    private static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

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

    /**
     * SQLite has no date or time type: values are text (what its date functions and most writers produce) or,
     * from JDBC's default binding, epoch milliseconds. Both are read; dates and times are written as ISO text, so
     * they sort and compare as text and read back in any SQLite tool.
     */
    @Override
    public Object read(ResultSet row, int index, Schema schema, Calendar timeZone) throws SQLException {
        if (!isTemporal(schema)) {
            return super.read(row, index, schema, timeZone);
        }
        Object stored = row.getObject(index);
        if (stored == null) {
            return null;
        }
        if (stored instanceof Number millis) {
            return new java.util.Date(millis.longValue());
        }
        String text = stored.toString().trim();
        try {
            if (Date.LOGICAL_NAME.equals(schema.name())) {
                return new java.util.Date(LocalDate.parse(text.substring(0, Math.min(10, text.length())))
                        .atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            }
            if (Time.LOGICAL_NAME.equals(schema.name())) {
                return new java.util.Date(LocalTime.parse(text).toNanoOfDay() / 1_000_000);
            }
            return java.util.Date.from(instant(text.replace(' ', 'T'), timeZone.getTimeZone().toZoneId()));
        } catch (DateTimeParseException e) {
            throw new DataException("Column " + row.getMetaData().getColumnName(index) + " holds '" + text
                    + "', which is not an ISO-8601 " + schema.name().substring(schema.name().lastIndexOf('.') + 1)
                    .toLowerCase(Locale.ROOT), e);
        }
    }

    private static Instant instant(String isoText, ZoneId zone) {
        if (isoText.endsWith("Z") || isoText.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(isoText).toInstant();
        }
        return LocalDateTime.parse(isoText).atZone(zone).toInstant();
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, Calendar timeZone)
            throws SQLException {
        if (value == null || !isTemporal(schema)) {
            super.bind(statement, index, schema, value, timeZone);
            return;
        }
        Instant instant = ((java.util.Date) value).toInstant();
        String text;
        if (Date.LOGICAL_NAME.equals(schema.name())) {
            text = LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
        } else if (Time.LOGICAL_NAME.equals(schema.name())) {
            text = TIME_TEXT.format(LocalTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            text = TIMESTAMP_TEXT.format(LocalDateTime.ofInstant(instant, timeZone.getTimeZone().toZoneId()));
        }
        statement.setString(index, text);
    }

    private static boolean isTemporal(Schema schema) {
        String name = schema.name();
        return Date.LOGICAL_NAME.equals(name) || Time.LOGICAL_NAME.equals(name)
                || org.apache.kafka.connect.data.Timestamp.LOGICAL_NAME.equals(name);
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
