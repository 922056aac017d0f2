/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import dev.sluice.connect.jdbc.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.connect.data.Schema;

/**
 * MariaDB and MySQL: backquoted identifiers, databases as catalogs, {@code INSERT … ON DUPLICATE KEY UPDATE}.
 * A {@code db.table} name means table {@code table} of database {@code db}.
 */
public final class MariaDbDialect extends StandardDialect {

    /** DECIMAL's largest precision. */
    private static final int MAX_PRECISION = 65;

    public MariaDbDialect(boolean quoteIdentifiers) {
        super(quoteIdentifiers);
    }

    @Override
    public String name() {
        return "MySqlDatabaseDialect";
    }

    /**
     * Server-side prepared statements, so results come in the binary protocol: in the text protocol the server
     * prints FLOAT columns with six significant digits, and the driver would read 0.14285715 as 0.142857.
     */
    @Override
    public Map<String, String> driverDefaults() {
        return Map.of("useServerPrepStmts", "true");
    }

    @Override
    protected String quoteCharacter() {
        return "`";
    }

    @Override
    protected Set<String> systemSchemas() {
        return Set.of("information_schema", "mysql", "performance_schema", "sys");
    }

    @Override
    public TableId withDefaults(Connection connection, TableId table) throws SQLException {
        if (table.catalog() != null) {
            return table;
        }
        String database = table.schema() != null ? table.schema() : connection.getCatalog();
        return new TableId(database, null, table.table());
    }

    @Override
    public List<TableId> tables(Connection connection, String catalogPattern, String schemaPattern,
                                List<String> tableTypes) throws SQLException {
        String database = catalogPattern != null ? catalogPattern
                : schemaPattern != null ? schemaPattern : connection.getCatalog();
        return super.tables(connection, database, null, tableTypes);
    }

    @Override
    protected String decimalType(int scale) {
        return "DECIMAL(" + MAX_PRECISION + "," + scale + ")";
    }

    @Override
    protected String timeType() {
        return "TIME(3)";
    }

    @Override
    protected String timestampType() {
        return "DATETIME(3)";
    }

    @Override
    protected String primitiveType(Schema.Type type, boolean keyColumn) {
        return switch (type) {
            case INT8 -> "TINYINT";
            case INT16 -> "SMALLINT";
            case INT32 -> "INT";
            case INT64 -> "BIGINT";
            case FLOAT32 -> "FLOAT";
            case FLOAT64 -> "DOUBLE";
            case BOOLEAN -> "TINYINT(1)";
            // An index needs a bounded length; other values may be long.
            case BYTES -> keyColumn ? "VARBINARY(255)" : "MEDIUMBLOB";
            default -> keyColumn ? "VARCHAR(255)" : "MEDIUMTEXT";
        };
    }

    /**
     * UTC_TIMESTAMP read as UTC. CURRENT_TIMESTAMP is the session time zone's local time, which read with
     * {@code db.timezone}'s calendar was off by the difference between the two whenever they differed.
     */
    @Override
    public Timestamp currentTime(Connection connection, Calendar timeZone) throws SQLException {
        return super.currentTime(connection, utc());
    }

    @Override
    protected String currentTimeQuery() {
        return "SELECT UTC_TIMESTAMP(6)";
    }

    @Override
    public String upsert(TableId table, List<String> keyColumns, List<String> valueColumns) {
        List<String> updated = valueColumns.isEmpty() ? keyColumns.subList(0, 1) : valueColumns;
        return insert(table, keyColumns, valueColumns) + " ON DUPLICATE KEY UPDATE "
                + assignments(updated, column -> "VALUES(" + quote(column) + ")");
    }
}
