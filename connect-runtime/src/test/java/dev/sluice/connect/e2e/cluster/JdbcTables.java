/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The machine's PostgreSQL and MariaDB as the JDBC pipeline tests use them: connections, statements, and rows read
 * back in a form two databases can be compared in (numbers exact, times at their face value, bytes as hex).
 */
final class JdbcTables {

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    private JdbcTables() {
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static long count(String url, String table) {
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            return -1; // not created yet
        }
    }

    /** Every row of {@code table} ordered by {@code id}, each column normalized by {@link #normalized}. */
    static List<List<String>> rows(String url, String table, List<String> columns) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        String select = "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY id";
        // MariaDB's text protocol prints FLOAT with six digits; prepared on the server, results come exact.
        String exact = url.startsWith("jdbc:mariadb:") ? url + "&useServerPrepStmts=true" : url;
        try (Connection connection = connect(exact); PreparedStatement statement = connection.prepareStatement(select);
             ResultSet row = statement.executeQuery()) {
            ResultSetMetaData metadata = row.getMetaData();
            while (row.next()) {
                List<String> values = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    values.add(normalized(row, i, metadata.getColumnTypeName(i).toLowerCase(Locale.ROOT)));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /**
     * A column's value in a form both databases agree on when the values are equal: numbers without trailing
     * zeros, booleans as true/false, dates and times at face value, bytes in hex, text as it is.
     */
    private static String normalized(ResultSet row, int index, String typeName) throws SQLException {
        Object value = row.getObject(index);
        if (value == null) {
            return "NULL";
        }
        if (typeName.startsWith("date") && !typeName.startsWith("datetime")) {
            return row.getObject(index, LocalDate.class).toString();
        }
        if (typeName.startsWith("time") && !typeName.startsWith("timestamp")) {
            return row.getObject(index, LocalTime.class).toString();
        }
        if (typeName.startsWith("timestamp") || typeName.startsWith("datetime")) {
            return row.getObject(index, LocalDateTime.class).toString();
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        if (value instanceof Float number) {
            return Float.toString(number);
        }
        if (value instanceof Double number) {
            return Double.toString(number);
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return row.getString(index);
    }
}
