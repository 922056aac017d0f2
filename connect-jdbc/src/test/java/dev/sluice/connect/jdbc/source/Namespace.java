/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A place of a test's own where the connector lists tables without meeting anyone else's: a new PostgreSQL schema,
 * a new MariaDB database, or the test's own SQLite file.
 */
final class Namespace implements AutoCloseable {

    final TestDb db;
    private final Path dir;
    /** The schema or database name; null for SQLite. */
    final String name;

    Namespace(TestDb db, Path dir) throws SQLException {
        this.db = db;
        this.dir = dir;
        this.name = db == TestDb.SQLITE ? null : "src_ns_" + UUID.randomUUID().toString().substring(0, 8);
        switch (db) {
            case POSTGRES -> db.execute(dir, "CREATE SCHEMA " + name);
            case MARIADB -> db.execute(dir, "CREATE DATABASE " + name);
            default -> {
            }
        }
    }

    /** The config that lists this namespace's tables only. */
    Map<String, String> listingConfig() {
        return switch (db) {
            case POSTGRES -> Map.of(JdbcSourceConfig.SCHEMA_PATTERN, name);
            case MARIADB -> Map.of(JdbcSourceConfig.CATALOG_PATTERN, name);
            default -> Map.of();
        };
    }

    /** The table's name for DDL. */
    String qualified(String table) {
        return name == null ? table : name + "." + table;
    }

    void createTable(String table) throws SQLException {
        db.execute(dir, "CREATE TABLE " + qualified(table) + " (id " + db.autoId + ", name VARCHAR(20))");
        db.execute(dir, "INSERT INTO " + qualified(table) + " (name) VALUES ('in " + table + "')");
    }

    void dropTable(String table) throws SQLException {
        db.execute(dir, "DROP TABLE " + qualified(table));
    }

    @Override
    public void close() throws SQLException {
        switch (db) {
            case POSTGRES -> db.execute(dir, "DROP SCHEMA " + name + " CASCADE");
            case MARIADB -> db.execute(dir, "DROP DATABASE " + name);
            default -> {
            }
        }
    }
}
