/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.TableId;
import java.util.Collection;
import java.util.List;

/**
 * Which of the tables found are copied: those on the include list (all when it is empty) and not on the exclude
 * list. A list entry names a table bare or qualified by schema (and catalog), as {@link TableId#matches} reads it.
 */
public final class TableSelection {

    private final List<String> include;
    private final List<String> exclude;

    TableSelection(List<String> include, List<String> exclude) {
        this.include = clean(include);
        this.exclude = clean(exclude);
    }

    public static TableSelection of(JdbcSourceConfig config) {
        return new TableSelection(config.includeList(), config.excludeList());
    }

    /** The selected tables, sorted, so that the same tables always give the same task assignment. */
    public List<TableId> select(Collection<TableId> found) {
        return found.stream()
                .filter(table -> include.isEmpty() || matchesAny(table, include))
                .filter(table -> !matchesAny(table, exclude))
                .sorted()
                .distinct()
                .toList();
    }

    private static boolean matchesAny(TableId table, List<String> names) {
        return names.stream().anyMatch(table::matches);
    }

    private static List<String> clean(List<String> names) {
        return names == null ? List.of() : names.stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
