/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * The incrementing and timestamp columns a mode tracks, resolved against the columns the query actually returns:
 * names as the database spells them, the auto-increment column found when none is configured, and the NOT NULL
 * check of {@code validate.non.null}.
 *
 * @param incrementing null when the mode has none
 * @param timestamps   empty when the mode has none
 */
record ModeColumns(String incrementing, List<String> timestamps) {

    static final ModeColumns NONE = new ModeColumns(null, List.of());

    /**
     * @param source what is queried, for messages: a table name or "the query"
     */
    static ModeColumns resolve(ResultSetMetaData columns, Mode mode, String incrementingName,
                               List<String> timestampNames, boolean validateNonNull, String source)
            throws SQLException {
        String incrementing = null;
        if (mode.usesIncrementing()) {
            int index = incrementingName == null || incrementingName.isBlank() ? autoIncrement(columns, source)
                    : find(columns, incrementingName, JdbcSourceConfig.INCREMENTING_COLUMN, source);
            incrementing = name(columns, index);
            if (validateNonNull && mayBeNull(columns, index)) {
                throw nullable(source, "Incrementing column " + incrementing);
            }
        }
        List<String> timestamps = new ArrayList<>();
        if (mode.usesTimestamp()) {
            boolean anyNotNull = false;
            for (String wanted : timestampNames) {
                int index = find(columns, wanted, JdbcSourceConfig.TIMESTAMP_COLUMNS, source);
                timestamps.add(name(columns, index));
                anyNotNull |= !mayBeNull(columns, index);
            }
            // COALESCE(a, b) is never NULL when one of its columns is NOT NULL.
            if (validateNonNull && !anyNotNull) {
                throw nullable(source, "Timestamp column(s) " + timestamps);
            }
        }
        return new ModeColumns(incrementing, List.copyOf(timestamps));
    }

    private static int autoIncrement(ResultSetMetaData columns, String source) throws SQLException {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (columns.isAutoIncrement(i)) {
                return i;
            }
        }
        throw new ConnectException(source + " has no auto-increment column to use in mode incrementing; set "
                + JdbcSourceConfig.INCREMENTING_COLUMN + " to a strictly increasing column");
    }

    /** The column named {@code wanted}, exactly or else ignoring case (PostgreSQL folds to lower case). */
    private static int find(ResultSetMetaData columns, String wanted, String key, String source)
            throws SQLException {
        int ignoringCase = -1;
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            String name = name(columns, i);
            names.add(name);
            if (name.equals(wanted.trim())) {
                return i;
            }
            if (ignoringCase < 0 && name.equalsIgnoreCase(wanted.trim())) {
                ignoringCase = i;
            }
        }
        if (ignoringCase > 0) {
            return ignoringCase;
        }
        throw new ConnectException(source + " has no column '" + wanted + "' (" + key + "); its columns are "
                + names);
    }

    /** Only a column the driver reports as nullable counts: unknown (derived columns) is given the benefit. */
    private static boolean mayBeNull(ResultSetMetaData columns, int index) throws SQLException {
        // An auto-increment column never holds NULL, whatever its declaration says (SQLite's rowid alias).
        return columns.isNullable(index) == ResultSetMetaData.columnNullable && !columns.isAutoIncrement(index);
    }

    static String name(ResultSetMetaData columns, int index) throws SQLException {
        String label = columns.getColumnLabel(index);
        return label == null || label.isEmpty() ? columns.getColumnName(index) : label;
    }

    private static ConnectException nullable(String source, String what) {
        return new ConnectException(what + " of " + source + " may hold NULL, and rows with NULL there would never"
                + " be copied. Declare the column NOT NULL, or set " + JdbcSourceConfig.VALIDATE_NON_NULL
                + "=false to copy such tables anyway");
    }
}
