/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import java.nio.file.Path;

/** The databases the sink tests run against: real servers on this machine, and SQLite files. */
enum SinkDatabase {
    SQLITE("\""),
    POSTGRES("\""),
    MARIADB("`");

    private final String quote;

    SinkDatabase(String quote) {
        this.quote = quote;
    }

    /** The JDBC URL; SQLite keeps its file in {@code dir}, the servers use their {@code test} database. */
    String url(Path dir) {
        return switch (this) {
            case SQLITE -> "jdbc:sqlite:" + dir.resolve("sink.db");
            case POSTGRES -> "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/test?user=root";
        };
    }

    /** An identifier quoted the database's way, for the tests' own SQL. */
    String quote(String identifier) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /** The schema (PostgreSQL) or database (MariaDB) tables land in by default; null for SQLite. */
    String defaultSchema() {
        return switch (this) {
            case SQLITE -> null;
            case POSTGRES -> "public";
            case MARIADB -> "test";
        };
    }
}
