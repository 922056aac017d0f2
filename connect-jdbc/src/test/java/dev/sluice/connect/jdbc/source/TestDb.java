/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

/**
 * The databases the source is tested on, with the DDL that differs between them. Each test makes its own
 * uniquely named tables through {@link #table} and drops them in {@link #dropAll}.
 */
enum TestDb {
    SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT", "TIMESTAMP"),
    POSTGRES("SERIAL PRIMARY KEY", "TIMESTAMP(6)"),
    MARIADB("INT AUTO_INCREMENT PRIMARY KEY", "DATETIME(6)");

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    /** The type of an auto-increment primary key column. */
    final String autoId;
    /** A timestamp type with the database's finest precision. */
    final String timestamp;
    private final List<String> created = new ArrayList<>();

    TestDb(String autoId, String timestamp) {
        this.autoId = autoId;
        this.timestamp = timestamp;
    }

    /** @param dir a test's temporary folder, where SQLite keeps its file */
    String url(Path dir) {
        return switch (this) {
            case SQLITE -> "jdbc:sqlite:" + dir.resolve("source.db");
            case POSTGRES -> POSTGRES_URL;
            case MARIADB -> MARIADB_URL;
        };
    }

    Connection connect(Path dir) throws SQLException {
        return DriverManager.getConnection(url(dir));
    }

    /** A new table name, lower case so that no database folds it. */
    String table(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        created.add(name);
        return name;
    }

    void execute(Path dir, String... statements) throws SQLException {
        try (Connection connection = connect(dir); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Runs {@code sql} with each row of {@code rows} as its parameters, timestamps bound in UTC. */
    void insert(Path dir, String sql, Object[]... rows) throws SQLException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        try (Connection connection = connect(dir); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof Timestamp timestamp) {
                        statement.setTimestamp(i + 1, timestamp, utc);
                    } else {
                        statement.setObject(i + 1, row[i]);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    void dropAll(Path dir) throws SQLException {
        try (Connection connection = connect(dir); Statement statement = connection.createStatement()) {
            for (String table : created) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        } finally {
            created.clear();
        }
    }

    static Object[] row(Object... values) {
        return values;
    }
}
