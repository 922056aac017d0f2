/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.TableId;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries a task's tables in its string-only config. Each table is always written as three fields, catalog, schema
 * and name, so that {@code db.table} on MariaDB (a catalog) and {@code schema.table} on PostgreSQL stay apart; an
 * empty field is an absent part. Separators inside names are escaped with a backslash.
 */
public final class TableListCodec {

    /** The task config key holding the task's tables. */
    public static final String TASK_TABLES = "tables";

    private static final char TABLE_SEPARATOR = ',';
    private static final char PART_SEPARATOR = '.';
    private static final char ESCAPE = '\\';

    private TableListCodec() {
    }

    public static String encode(List<TableId> tables) {
        StringBuilder text = new StringBuilder();
        for (TableId table : tables) {
            if (!text.isEmpty()) {
                text.append(TABLE_SEPARATOR);
            }
            escape(text, table.catalog());
            text.append(PART_SEPARATOR);
            escape(text, table.schema());
            text.append(PART_SEPARATOR);
            escape(text, table.table());
        }
        return text.toString();
    }

    static List<TableId> decode(String text) {
        List<TableId> tables = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tables;
        }
        List<String> parts = new ArrayList<>(3);
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length()) {
                part.append(text.charAt(++i));
            } else if (c == PART_SEPARATOR) {
                parts.add(part.toString());
                part.setLength(0);
            } else if (c == TABLE_SEPARATOR) {
                tables.add(table(parts, part));
                parts.clear();
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        tables.add(table(parts, part));
        return tables;
    }

    private static TableId table(List<String> parts, StringBuilder last) {
        parts.add(last.toString());
        if (parts.size() != 3) {
            throw new IllegalArgumentException("A task's table needs catalog, schema and name; got " + parts);
        }
        return new TableId(emptyToNull(parts.get(0)), emptyToNull(parts.get(1)), parts.get(2));
    }

    private static void escape(StringBuilder text, String part) {
        if (part == null) {
            return;
        }
        for (char c : part.toCharArray()) {
            if (c == ESCAPE || c == PART_SEPARATOR || c == TABLE_SEPARATOR) {
                text.append(ESCAPE);
            }
            text.append(c);
        }
    }

    private static String emptyToNull(String part) {
        return part.isEmpty() ? null : part;
    }
}
