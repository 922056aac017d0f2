/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import java.util.Locale;

/** How a record with a value becomes a row ({@code insert.mode}). */
public enum InsertMode {
    /** A plain INSERT: a row with an existing key fails the flush. */
    INSERT,
    /** The database's own insert-or-update, so redelivered records rewrite the same rows. */
    UPSERT,
    /** An UPDATE by key: records whose row does not exist change nothing. */
    UPDATE;

    public static InsertMode parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
