/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the database names it: catalog and schema may be null where the database has none (SQLite) or where
 * the connection's default applies.
 */
public record TableId(String catalog, String schema, String table) implements Comparable<TableId> {

    public TableId {
        if (table == null || table.isEmpty()) {
            throw new IllegalArgumentException("A table needs a name");
        }
    }

    /** A table in the connection's default catalog and schema. */
    public static TableId of(String table) {
        return new TableId(null, null, table);
    }

    /**
     * Parses {@code name}, {@code schema.name} or {@code catalog.schema.name}, as users write table names in
     * {@code table.name.format} or the include lists.
     */
    public static TableId parse(String qualified) {
        String[] parts = qualified.split("\\.", -1);
        return switch (parts.length) {
            case 1 -> new TableId(null, null, parts[0]);
            case 2 -> new TableId(null, parts[0], parts[1]);
            case 3 -> new TableId(parts[0], parts[1], parts[2]);
            default -> throw new IllegalArgumentException("Table name " + qualified + " has more than three parts");
        };
    }

    /** The parts that are set, outermost first. */
    public List<String> parts() {
        List<String> parts = new ArrayList<>(3);
        if (catalog != null && !catalog.isEmpty()) {
            parts.add(catalog);
        }
        if (schema != null && !schema.isEmpty()) {
            parts.add(schema);
        }
        parts.add(table);
        return parts;
    }

    /** Whether {@code name} names this table, bare or qualified by schema and/or catalog. */
    public boolean matches(String name) {
        List<String> parts = parts();
        for (int i = 0; i < parts.size(); i++) {
            if (String.join(".", parts.subList(i, parts.size())).equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(TableId other) {
        return String.join(".", parts()).compareTo(String.join(".", other.parts()));
    }

    @Override
    public String toString() {
        return String.join(".", parts());
    }
}
