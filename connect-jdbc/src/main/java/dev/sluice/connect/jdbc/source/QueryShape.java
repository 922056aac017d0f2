/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;

/**
 * The statement a mode runs and the parameters it binds. Identifiers come from the dialect; values are always
 * bound as parameters, never written into the SQL text.
 */
final class QueryShape {

    /** The alias of a user's query wrapped as a derived table, which MariaDB and PostgreSQL require. */
    static final String QUERY_ALIAS = "sluice_query";

    private final Mode mode;
    private final String select;
    private final String incrementing;
    private final String timestamp;
    private final String suffix;

    /**
     * @param select       {@code SELECT * FROM …}, see {@link #selectFrom} and {@link #selectFromQuery}
     * @param incrementing the incrementing column, or null when the mode has none
     * @param timestamps   the timestamp columns, empty when the mode has none
     */
    QueryShape(Dialect dialect, Mode mode, String select, String incrementing, List<String> timestamps,
               String suffix) {
        this.mode = mode;
        this.select = select;
        this.incrementing = mode.usesIncrementing() ? dialect.quote(incrementing) : null;
        this.timestamp = mode.usesTimestamp() ? timestampExpression(dialect, timestamps) : null;
        this.suffix = suffix == null || suffix.isBlank() ? "" : " " + suffix.trim();
    }

    static String selectFrom(Dialect dialect, TableId table) {
        return "SELECT * FROM " + dialect.tableName(table);
    }

    /** The user's query as a derived table, so the mode's WHERE and ORDER BY apply to its result. */
    static String selectFromQuery(String query) {
        return "SELECT * FROM (" + withoutSemicolon(query) + ") " + QUERY_ALIAS;
    }

    /** A statement that returns no rows but the result's columns, to check them before the first real query. */
    static String probe(String select) {
        return select + " WHERE 1 = 0";
    }

    private static String timestampExpression(Dialect dialect, List<String> columns) {
        if (columns.size() == 1) {
            return dialect.quote(columns.get(0));
        }
        return "COALESCE(" + String.join(", ", columns.stream().map(dialect::quote).toList()) + ")";
    }

    private static String withoutSemicolon(String query) {
        String trimmed = query.trim();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** @param fromBeginning no timestamp has been seen: the timestamp modes then read every row below the bound */
    String sql(boolean fromBeginning) {
        return switch (mode) {
            case BULK -> select + suffix;
            case INCREMENTING -> select + " WHERE " + incrementing + " > ? ORDER BY " + incrementing + " ASC"
                    + suffix;
            case TIMESTAMP -> select + (fromBeginning ? " WHERE " + timestamp + " < ?"
                    : " WHERE " + timestamp + " > ? AND " + timestamp + " < ?")
                    + " ORDER BY " + timestamp + " ASC" + suffix;
            case TIMESTAMP_INCREMENTING -> select + " WHERE " + timestamp + " < ?"
                    + (fromBeginning ? "" : " AND ((" + timestamp + " = ? AND " + incrementing + " > ?) OR "
                    + timestamp + " > ?)")
                    + " ORDER BY " + timestamp + " ASC, " + incrementing + " ASC" + suffix;
        };
    }

    /**
     * Binds the parameters of {@link #sql} for rows after {@code position} and, in the timestamp modes, before
     * {@code upperBound}.
     */
    void bind(PreparedStatement statement, Position position, Timestamp upperBound, Calendar calendar)
            throws SQLException {
        Timestamp after = position.timestamp();
        switch (mode) {
            case BULK -> {
            }
            case INCREMENTING -> statement.setLong(1, position.incrementingOrMin());
            case TIMESTAMP -> {
                if (after == null) {
                    statement.setTimestamp(1, upperBound, calendar);
                } else {
                    statement.setTimestamp(1, after, calendar);
                    statement.setTimestamp(2, upperBound, calendar);
                }
            }
            case TIMESTAMP_INCREMENTING -> {
                statement.setTimestamp(1, upperBound, calendar);
                if (after != null) {
                    statement.setTimestamp(2, after, calendar);
                    statement.setLong(3, position.incrementingOrMin());
                    statement.setTimestamp(4, after, calendar);
                }
            }
            default -> throw new IllegalStateException("Unknown mode " + mode);
        }
    }
}
