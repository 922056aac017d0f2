/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import dev.sluice.connect.jdbc.TableId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;

/**
 * Standard SQL and JDBC: the behaviour every dialect starts from. Subclasses override the column types they
 * create, their upsert and what their driver reports differently.
 */
public abstract class StandardDialect implements Dialect {

    /** Identifiers that are safe to write unquoted when {@code quote.sql.identifiers=never}. */
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    /** Up to this many digits, a scale-0 number fits a long. */
    private static final int LONG_DIGITS = 18;
    /** Up to this many digits, a number keeps its value as a double. */
    private static final int DOUBLE_DIGITS = 15;

    private final boolean quoteIdentifiers;

    protected StandardDialect(boolean quoteIdentifiers) {
        this.quoteIdentifiers = quoteIdentifiers;
    }

    /** The character that opens and closes a quoted identifier. */
    protected String quoteCharacter() {
        return "\"";
    }

    /** Schemas (or, for databases without schemas, catalogs) that hold the database's own tables. */
    protected Set<String> systemSchemas() {
        return Set.of("information_schema");
    }

    @Override
    public String quote(String identifier) {
        if (!quoteIdentifiers) {
            if (!PLAIN_IDENTIFIER.matcher(identifier).matches()) {
                throw new ConnectException("Identifier '" + identifier + "' needs quoting, but quote.sql.identifiers"
                        + " is 'never'; set it to 'always' or rename the table or column");
            }
            return identifier;
        }
        String quote = quoteCharacter();
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    @Override
    public String tableName(TableId table) {
        StringJoiner name = new StringJoiner(".");
        table.parts().forEach(part -> name.add(quote(part)));
        return name.toString();
    }

    @Override
    public TableId withDefaults(Connection connection, TableId table) throws SQLException {
        return table;
    }

    @Override
    public List<TableId> tables(Connection connection, String catalogPattern, String schemaPattern,
                                List<String> tableTypes) throws SQLException {
        List<TableId> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rows = metadata.getTables(catalogPattern, schemaPattern, "%",
                tableTypes.toArray(new String[0]))) {
            while (rows.next()) {
                String catalog = rows.getString("TABLE_CAT");
                String schema = rows.getString("TABLE_SCHEM");
                String owner = schema != null ? schema : catalog;
                if (owner != null && systemSchemas().contains(owner.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                tables.add(new TableId(catalog, schema, rows.getString("TABLE_NAME")));
            }
        }
        return tables;
    }

    @Override
    public Map<String, ColumnDef> columns(Connection connection, TableId table) throws SQLException {
        TableId qualified = withDefaults(connection, table);
        Map<String, ColumnDef> columns = new LinkedHashMap<>();
        try (ResultSet rows = connection.getMetaData().getColumns(qualified.catalog(), qualified.schema(),
                qualified.table(), null)) {
            while (rows.next()) {
                if (!qualified.table().equals(rows.getString("TABLE_NAME"))) {
                    continue; // the name is a LIKE pattern: '_' matches any character
                }
                String name = rows.getString("COLUMN_NAME");
                columns.put(name, new ColumnDef(name, rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"),
                        rows.getInt("COLUMN_SIZE"), rows.getInt("DECIMAL_DIGITS"),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT")), true));
            }
        }
        return columns;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @Override
    public Schema columnSchema(ColumnDef column, NumericMapping numericMapping) {
        SchemaBuilder builder = builderFor(column, numericMapping);
        if (builder == null) {
            return null;
        }
        if (column.nullable()) {
            builder.optional();
        }
        return builder.build();
    }

    /** The schema builder for a column's values; null when they cannot be represented. */
    protected SchemaBuilder builderFor(ColumnDef column, NumericMapping numericMapping) {
        switch (column.jdbcType()) {
            case Types.BOOLEAN:
                return SchemaBuilder.bool();
            case Types.BIT:
                // BIT(1) is how drivers report booleans; wider bit strings are read as text.
                return column.precision() <= 1 ? SchemaBuilder.bool() : SchemaBuilder.string();
            case Types.TINYINT:
                return column.signed() ? SchemaBuilder.int8() : SchemaBuilder.int16();
            case Types.SMALLINT:
                return column.signed() ? SchemaBuilder.int16() : SchemaBuilder.int32();
            case Types.INTEGER:
                return column.signed() ? SchemaBuilder.int32() : SchemaBuilder.int64();
            case Types.BIGINT:
                return column.signed() ? SchemaBuilder.int64() : Decimal.builder(0);
            case Types.REAL:
                return SchemaBuilder.float32();
            case Types.FLOAT:
            case Types.DOUBLE:
                return SchemaBuilder.float64();
            case Types.NUMERIC:
            case Types.DECIMAL:
                return numeric(column, numericMapping);
            case Types.BINARY:
            case Types.VARBINARY:
            case Types.LONGVARBINARY:
            case Types.BLOB:
                return SchemaBuilder.bytes();
            case Types.DATE:
                return Date.builder();
            case Types.TIME:
            case Types.TIME_WITH_TIMEZONE:
                return Time.builder();
            case Types.TIMESTAMP:
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return org.apache.kafka.connect.data.Timestamp.builder();
            case Types.NULL:
            case Types.DATALINK:
            case Types.REF:
            case Types.REF_CURSOR:
                return null;
            default:
                // Text of every kind, and whatever the database has beyond standard SQL (JSON, UUID, arrays,
                // enums, XML): its text form is lossless and readable.
                return SchemaBuilder.string();
        }
    }

    private static SchemaBuilder numeric(ColumnDef column, NumericMapping mapping) {
        int precision = column.precision();
        int scale = Math.max(column.scale(), 0);
        boolean known = precision > 0;
        if (mapping != NumericMapping.NONE && known && scale == 0 && precision <= LONG_DIGITS) {
            if (precision <= 2) {
                return SchemaBuilder.int8();
            }
            if (precision <= 4) {
                return SchemaBuilder.int16();
            }
            return precision <= 9 ? SchemaBuilder.int32() : SchemaBuilder.int64();
        }
        if (mapping == NumericMapping.BEST_FIT && known && scale > 0 && precision <= DOUBLE_DIGITS) {
            return SchemaBuilder.float64();
        }
        return Decimal.builder(scale);
    }

    @Override
    public Object read(ResultSet row, int index, Schema schema, Calendar timeZone) throws SQLException {
        Object value = readValue(row, index, schema, timeZone);
        return row.wasNull() ? null : value;
    }

    private Object readValue(ResultSet row, int index, Schema schema, Calendar timeZone) throws SQLException {
        String logical = schema.name();
        if (Decimal.LOGICAL_NAME.equals(logical)) {
            BigDecimal decimal = row.getBigDecimal(index);
            return decimal == null ? null : withScale(decimal, Integer.parseInt(
                    schema.parameters().get(Decimal.SCALE_FIELD)));
        }
        if (Date.LOGICAL_NAME.equals(logical)) {
            java.sql.Date date = row.getDate(index, utc());
            return date == null ? null : new java.util.Date(date.getTime());
        }
        if (Time.LOGICAL_NAME.equals(logical)) {
            java.sql.Time time = row.getTime(index, utc());
            return time == null ? null : new java.util.Date(Math.floorMod(time.getTime(), 86_400_000L));
        }
        if (org.apache.kafka.connect.data.Timestamp.LOGICAL_NAME.equals(logical)) {
            Timestamp timestamp = row.getTimestamp(index, timeZone);
            return timestamp == null ? null : new java.util.Date(timestamp.getTime());
        }
        return switch (schema.type()) {
            case BOOLEAN -> row.getBoolean(index);
            case INT8 -> row.getByte(index);
            case INT16 -> row.getShort(index);
            case INT32 -> row.getInt(index);
            case INT64 -> row.getLong(index);
            case FLOAT32 -> row.getFloat(index);
            case FLOAT64 -> row.getDouble(index);
            case BYTES -> row.getBytes(index);
            default -> row.getString(index);
        };
    }

    private static BigDecimal withScale(BigDecimal decimal, int scale) {
        try {
            return decimal.setScale(scale);
        } catch (ArithmeticException e) {
            throw new DataException("Value " + decimal.toPlainString() + " has more than " + scale + " decimal"
                    + " places, the scale its column declares");
        }
    }

    /** Dates and times of day carry no zone: they are read and written as UTC so they keep their face value. */
    protected static Calendar utc() {
        return Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    @Override
    public Timestamp currentTime(Connection connection, Calendar timeZone) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(currentTimeQuery())) {
            row.next();
            return row.getTimestamp(1, timeZone);
        }
    }

    protected String currentTimeQuery() {
        return "SELECT CURRENT_TIMESTAMP";
    }

    // ---- writing -------------------------------------------------------------------------------------------

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, Calendar timeZone)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType(schema));
            return;
        }
        String logical = schema.name();
        if (Decimal.LOGICAL_NAME.equals(logical)) {
            statement.setBigDecimal(index, (BigDecimal) value);
        } else if (Date.LOGICAL_NAME.equals(logical)) {
            statement.setDate(index, new java.sql.Date(((java.util.Date) value).getTime()), utc());
        } else if (Time.LOGICAL_NAME.equals(logical)) {
            statement.setTime(index, new java.sql.Time(((java.util.Date) value).getTime()), utc());
        } else if (org.apache.kafka.connect.data.Timestamp.LOGICAL_NAME.equals(logical)) {
            statement.setTimestamp(index, new Timestamp(((java.util.Date) value).getTime()), timeZone);
        } else {
            switch (schema.type()) {
                case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
                case INT8 -> statement.setByte(index, (Byte) value);
                case INT16 -> statement.setShort(index, (Short) value);
                case INT32 -> statement.setInt(index, (Integer) value);
                case INT64 -> statement.setLong(index, (Long) value);
                case FLOAT32 -> statement.setFloat(index, (Float) value);
                case FLOAT64 -> statement.setDouble(index, (Double) value);
                case STRING -> bindString(statement, index, (String) value);
                case BYTES -> statement.setBytes(index, value instanceof ByteBuffer buffer ? bytes(buffer)
                        : (byte[]) value);
                default -> throw new DataException("Values of type " + schema.type() + " cannot be written to a"
                        + " column; flatten them first (e.g. the Flatten transform) or leave the field out");
            }
        }
    }

    /** The logical types' columns by default; each primitive type is the dialect's {@link #primitiveType}. */
    @Override
    public String columnType(Schema schema, boolean keyColumn) {
        String logical = schema.name();
        if (Decimal.LOGICAL_NAME.equals(logical)) {
            return decimalType(Integer.parseInt(schema.parameters().get(Decimal.SCALE_FIELD)));
        }
        if (Date.LOGICAL_NAME.equals(logical)) {
            return "DATE";
        }
        if (Time.LOGICAL_NAME.equals(logical)) {
            return timeType();
        }
        if (org.apache.kafka.connect.data.Timestamp.LOGICAL_NAME.equals(logical)) {
            return timestampType();
        }
        return primitiveType(schema.type(), keyColumn);
    }

    /** The column type for values of a primitive Connect type; key columns need a type an index can hold. */
    protected abstract String primitiveType(Schema.Type type, boolean keyColumn);

    protected String decimalType(int scale) {
        return "DECIMAL";
    }

    protected String timeType() {
        return "TIME";
    }

    protected String timestampType() {
        return "TIMESTAMP";
    }

    /** {@code INSERT … ON CONFLICT (keys) DO UPDATE SET v = excluded.v}, as PostgreSQL and SQLite write it. */
    protected String insertOnConflict(TableId table, List<String> keyColumns, List<String> valueColumns) {
        String onConflict = " ON CONFLICT (" + columnList(keyColumns) + ") DO ";
        return insert(table, keyColumns, valueColumns) + onConflict + (valueColumns.isEmpty() ? "NOTHING"
                : "UPDATE SET " + assignments(valueColumns, column -> "excluded." + quote(column)));
    }

    /** Binds text; a dialect whose database does not convert text to the column's type implicitly overrides. */
    protected void bindString(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, value);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }

    /** The {@link Types} constant for binding a null of {@code schema}. */
    protected int sqlType(Schema schema) {
        String logical = schema.name();
        if (Decimal.LOGICAL_NAME.equals(logical)) {
            return Types.DECIMAL;
        }
        if (Date.LOGICAL_NAME.equals(logical)) {
            return Types.DATE;
        }
        if (Time.LOGICAL_NAME.equals(logical)) {
            return Types.TIME;
        }
        if (org.apache.kafka.connect.data.Timestamp.LOGICAL_NAME.equals(logical)) {
            return Types.TIMESTAMP;
        }
        return switch (schema.type()) {
            case BOOLEAN -> Types.BOOLEAN;
            case INT8 -> Types.TINYINT;
            case INT16 -> Types.SMALLINT;
            case INT32 -> Types.INTEGER;
            case INT64 -> Types.BIGINT;
            case FLOAT32 -> Types.REAL;
            case FLOAT64 -> Types.DOUBLE;
            case BYTES -> Types.VARBINARY;
            default -> Types.VARCHAR;
        };
    }

    @Override
    public String insert(TableId table, List<String> keyColumns, List<String> valueColumns) {
        List<String> columns = concat(keyColumns, valueColumns);
        return "INSERT INTO " + tableName(table) + " (" + columnList(columns) + ") VALUES ("
                + placeholders(columns.size()) + ")";
    }

    @Override
    public String update(TableId table, List<String> keyColumns, List<String> valueColumns) {
        return "UPDATE " + tableName(table) + " SET " + assignments(valueColumns, column -> "?")
                + " WHERE " + keyCondition(keyColumns);
    }

    @Override
    public String delete(TableId table, List<String> keyColumns) {
        return "DELETE FROM " + tableName(table) + " WHERE " + keyCondition(keyColumns);
    }

    @Override
    public String createTable(TableId table, List<SinkColumn> columns, List<String> keyColumns) {
        StringJoiner definition = new StringJoiner(",\n  ", "CREATE TABLE " + tableName(table) + " (\n  ", "\n)");
        for (SinkColumn column : columns) {
            definition.add(columnDefinition(column, keyColumns.contains(column.name())));
        }
        if (!keyColumns.isEmpty()) {
            definition.add("PRIMARY KEY(" + columnList(keyColumns) + ")");
        }
        return definition.toString();
    }

    @Override
    public List<String> addColumns(TableId table, List<SinkColumn> columns) {
        List<String> statements = new ArrayList<>();
        for (SinkColumn column : columns) {
            statements.add("ALTER TABLE " + tableName(table) + " ADD " + columnDefinition(column, false));
        }
        return statements;
    }

    /** {@code name TYPE [NOT NULL] [DEFAULT value]}. */
    protected String columnDefinition(SinkColumn column, boolean key) {
        Schema schema = column.schema();
        StringBuilder definition = new StringBuilder(quote(column.name())).append(' ')
                .append(columnType(schema, key));
        if (key || !schema.isOptional()) {
            definition.append(" NOT NULL");
        }
        if (schema.defaultValue() != null) {
            definition.append(" DEFAULT ").append(literal(schema, schema.defaultValue()));
        }
        return definition.toString();
    }

    /** A default value as SQL text: numbers and booleans as they are, everything else as a quoted string. */
    protected String literal(Schema schema, Object value) {
        return switch (schema.type()) {
            case INT8, INT16, INT32, INT64, FLOAT32, FLOAT64 -> value.toString();
            case BOOLEAN -> (Boolean) value ? "TRUE" : "FALSE";
            default -> value instanceof BigDecimal decimal ? decimal.toPlainString()
                    : "'" + value.toString().replace("'", "''") + "'";
        };
    }

    protected String columnList(List<String> columns) {
        StringJoiner list = new StringJoiner(", ");
        columns.forEach(column -> list.add(quote(column)));
        return list.toString();
    }

    protected static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** {@code a = f(a), b = f(b)}. */
    protected String assignments(List<String> columns, java.util.function.UnaryOperator<String> value) {
        StringJoiner list = new StringJoiner(", ");
        columns.forEach(column -> list.add(quote(column) + " = " + value.apply(column)));
        return list.toString();
    }

    protected String keyCondition(List<String> keyColumns) {
        StringJoiner condition = new StringJoiner(" AND ");
        keyColumns.forEach(column -> condition.add(quote(column) + " = ?"));
        return condition.toString();
    }

    protected static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
