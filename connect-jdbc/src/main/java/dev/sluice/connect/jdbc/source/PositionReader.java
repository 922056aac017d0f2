/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;

/**
 * Reads a row's position, its incrementing value and timestamp, straight from the result set rather than from the
 * record's Struct: the Connect Timestamp type keeps milliseconds, the offset must keep the nanoseconds the query
 * compares with.
 */
final class PositionReader {

    private final int incrementing;
    private final int[] timestamps;

    PositionReader(ResultSetMetaData metadata, ModeColumns columns) throws SQLException {
        incrementing = columns.incrementing() == null ? -1 : index(metadata, columns.incrementing());
        List<String> names = columns.timestamps();
        timestamps = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            timestamps[i] = index(metadata, names.get(i));
        }
    }

    private static int index(ResultSetMetaData metadata, String name) throws SQLException {
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            if (ModeColumns.name(metadata, i).equals(name)) {
                return i;
            }
        }
        throw new SQLException("The result no longer has column " + name);
    }

    /** The current row's position; parts the mode does not track are null. */
    Position read(ResultSet row, Calendar calendar) throws SQLException {
        Long value = null;
        if (incrementing > 0) {
            long read = row.getLong(incrementing);
            value = row.wasNull() ? null : read;
        }
        Timestamp timestamp = null;
        // The first non-NULL column, as the query's COALESCE picks it.
        for (int i = 0; i < timestamps.length && timestamp == null; i++) {
            timestamp = row.getTimestamp(timestamps[i], calendar);
        }
        return new Position(value, timestamp);
    }
}
