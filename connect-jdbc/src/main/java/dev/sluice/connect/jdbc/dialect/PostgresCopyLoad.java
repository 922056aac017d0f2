/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import dev.sluice.connect.jdbc.TableId;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's bulk path: {@code COPY … FROM STDIN} into a temporary staging table shaped like the target's
 * columns, then one {@code INSERT … SELECT} (with {@code ON CONFLICT … DO UPDATE} for upserts) into the target.
 * The staging table lives as long as the connection's session and empties at each commit.
 */
final class PostgresCopyLoad implements BulkLoad {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSxxx");

    private final PostgresDialect dialect;

    PostgresCopyLoad(PostgresDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String value(Schema schema, Object value, Calendar timeZone) {
        return value == null ? "\\N" : text(schema, value, timeZone);
    }

    @Override
    public String row(List<String> values) {
        return String.join("\t", values) + "\n";
    }

    /** A value in COPY's text format: backslash escapes, {@code \N} for null, bytea as escaped hex. */
    private static String text(Schema schema, Object value, Calendar timeZone) {
        String logical = schema.name();
        if (Decimal.LOGICAL_NAME.equals(logical)) {
            return ((BigDecimal) value).toPlainString();
        }
        if (Date.LOGICAL_NAME.equals(logical)) {
            return LocalDate.ofInstant(((java.util.Date) value).toInstant(), ZoneOffset.UTC).toString();
        }
        if (Time.LOGICAL_NAME.equals(logical)) {
            return TIME.format(LocalTime.ofInstant(((java.util.Date) value).toInstant(), ZoneOffset.UTC));
        }
        if (Timestamp.LOGICAL_NAME.equals(logical)) {
            Instant instant = ((java.util.Date) value).toInstant();
            // With its offset, as the driver binds it: a TIMESTAMP column keeps the db.timezone wall time, a
            // TIMESTAMPTZ column the instant.
            return TIMESTAMP.format(OffsetDateTime.ofInstant(instant, timeZone.getTimeZone().toZoneId()));
        }
        return switch (schema.type()) {
            case BOOLEAN -> (Boolean) value ? "t" : "f";
            case INT8 -> Byte.toString((Byte) value);
            case INT16 -> Short.toString((Short) value);
            case INT32 -> Integer.toString((Integer) value);
            case INT64 -> Long.toString((Long) value);
            case FLOAT32 -> Float.toString((Float) value);
            case FLOAT64 -> Double.toString((Double) value);
            case STRING -> escape((String) value);
            case BYTES -> "\\\\x" + HexFormat.of().formatHex(value instanceof ByteBuffer buffer ? bytes(buffer)
                    : (byte[]) value);
            default -> throw new DataException("Values of type " + schema.type() + " cannot be written to a"
                    + " column; flatten them first (e.g. the Flatten transform) or leave the field out");
        };
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }

    @Override
    public void load(Connection connection, TableId table, List<String> columns, List<String> keyColumns,
                     List<String> rows, boolean upsert) throws SQLException {
        copyAndInsert(connection, stage(connection, table, columns), table, columns, keyColumns, rows, upsert);
    }

    private void copyAndInsert(Connection connection, String stage, TableId table, List<String> columns,
                               List<String> keyColumns, List<String> rows, boolean upsert) throws SQLException {
        String columnList = dialect.columnList(columns);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + stage + " (" + columnList + ") FROM STDIN", new StringReader(String.join("", rows)));
        } catch (IOException e) {
            throw new SQLException("Could not stream rows to " + stage, e);
        }
        List<String> values = columns.subList(keyColumns.size(), columns.size());
        String insert = "INSERT INTO " + dialect.tableName(table) + " (" + columnList + ") SELECT " + columnList
                + " FROM " + stage;
        if (upsert) {
            insert += " ON CONFLICT (" + dialect.columnList(keyColumns) + ") DO " + (values.isEmpty() ? "NOTHING"
                    : "UPDATE SET " + dialect.assignments(values, column -> "excluded." + dialect.quote(column)));
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(insert);
            // The stage empties at commit; emptied now too, so a second load in this transaction starts clean.
            statement.executeUpdate("TRUNCATE " + stage);
        }
    }

    /**
     * The staging table for these columns of {@code table}, created when this session has none. Created each time
     * it is missing rather than remembered: a rolled-back transaction takes its creation with it.
     */
    private String stage(Connection connection, TableId table, List<String> columns) throws SQLException {
        String stage = dialect.quote("sluice_stage_" + Integer.toHexString((table + "\u0000" + columns).hashCode()));
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TEMPORARY TABLE IF NOT EXISTS " + stage + " ON COMMIT DELETE ROWS AS"
                    + " SELECT " + dialect.columnList(columns) + " FROM " + dialect.tableName(table) + " WITH NO DATA");
        }
        return stage;
    }
}
