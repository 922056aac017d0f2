/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.dialect;

import java.util.List;
import java.util.function.Function;

import org.apache.kafka.common.config.ConfigException;

/** The dialects Sluice knows, chosen by {@code dialect.name} or else by the JDBC URL. */
public final class Dialects {

    private record Known(String name, List<String> urlPrefixes, Function<Boolean, Dialect> factory) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("PostgreSqlDatabaseDialect", List.of("jdbc:postgresql:"), PostgresDialect::new),
            new Known("MySqlDatabaseDialect", List.of("jdbc:mariadb:", "jdbc:mysql:"), MariaDbDialect::new),
            new Known("SqliteDatabaseDialect", List.of("jdbc:sqlite:"), SqliteDialect::new));

    private Dialects() {
    }

    /** The names {@code dialect.name} accepts. */
    public static List<String> names() {
        return KNOWN.stream().map(Known::name).toList();
    }

    /**
     * @param dialectName      {@code dialect.name}; blank to choose by URL
     * @param quoteIdentifiers {@code quote.sql.identifiers} is {@code always}
     */
    public static Dialect choose(String dialectName, String url, boolean quoteIdentifiers) {
        for (Known known : KNOWN) {
            boolean named = dialectName != null && !dialectName.isBlank() && known.name().equals(dialectName.trim());
            boolean byUrl = (dialectName == null || dialectName.isBlank())
                    && known.urlPrefixes().stream().anyMatch(url::startsWith);
            if (named || byUrl) {
                return known.factory().apply(quoteIdentifiers);
            }
        }
        if (dialectName != null && !dialectName.isBlank()) {
            throw new ConfigException("dialect.name", dialectName, "Unknown dialect; known: " + names());
        }
        throw new ConfigException("connection.url", url, "No dialect for this database; Sluice knows "
                + KNOWN.stream().flatMap(known -> known.urlPrefixes().stream()).toList()
                + ". A new database is one Dialect class.");
    }
}
