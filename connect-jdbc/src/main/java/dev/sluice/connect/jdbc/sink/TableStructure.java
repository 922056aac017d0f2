/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.ColumnDef;
import dev.sluice.connect.jdbc.dialect.Dialect;
import dev.sluice.connect.jdbc.dialect.SinkColumn;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows which columns each table has, and makes the table fit the records: creates it ({@code auto.create}) or adds
 * columns ({@code auto.evolve}) when allowed, and says exactly what is missing when not. Columns are looked up once
 * per table and cached, since metadata queries cost a round trip each; the cache is refreshed after our own DDL
 * and dropped when a write fails, in case someone else changed the table.
 */
final class TableStructure {

    private static final Logger log = LoggerFactory.getLogger(TableStructure.class);

    private final Dialect dialect;
    private final boolean autoCreate;
    private final boolean autoEvolve;
    private final Map<TableId, Map<String, ColumnDef>> known = new HashMap<>();

    TableStructure(Dialect dialect, boolean autoCreate, boolean autoEvolve) {
        this.dialect = dialect;
        this.autoCreate = autoCreate;
        this.autoEvolve = autoEvolve;
    }

    /** Whether the table exists. */
    boolean exists(Connection connection, TableId table) throws SQLException {
        return !columns(connection, table).isEmpty();
    }

    /** Makes {@code table} have every column of {@code layout}, or fails saying what is missing and why. */
    void ensure(Connection connection, TableId table, RecordLayout layout) throws SQLException {
        if (!exists(connection, table)) {
            if (!autoCreate) {
                throw new ConnectException("Table " + table + " is missing and auto.create is false; create the"
                        + " table, or set auto.create=true to create it from the record schema");
            }
            create(connection, table, layout);
        }
        List<SinkColumn> missing = missing(connection, table, layout);
        if (!missing.isEmpty()) {
            evolve(connection, table, layout, missing);
        }
    }

    /** Forgets what is known about the table, so the next write looks it up again. */
    void forget(TableId table) {
        known.remove(table);
    }

    private Map<String, ColumnDef> columns(Connection connection, TableId table) throws SQLException {
        Map<String, ColumnDef> columns = known.get(table);
        if (columns == null) {
            columns = dialect.columns(connection, table);
            // A table that does not exist is not cached: it may be created by another task at any moment.
            if (!columns.isEmpty()) {
                known.put(table, columns);
            }
        }
        return columns;
    }

    private void create(Connection connection, TableId table, RecordLayout layout) throws SQLException {
        String sql = dialect.createTable(table, layout.allColumns(), layout.keyNames());
        log.info("Creating table {}: {}", table, sql);
        try {
            execute(connection, List.of(sql));
        } catch (SQLException e) {
            // Another task writing the same topic may have created it first; that is as good.
            forget(table);
            if (!exists(connection, table)) {
                throw e;
            }
            log.info("Table {} was created concurrently: {}", table, e.getMessage());
        }
        forget(table);
    }

    private void evolve(Connection connection, TableId table, RecordLayout layout, List<SinkColumn> missing)
            throws SQLException {
        List<String> names = missing.stream().map(SinkColumn::name).toList();
        if (!autoEvolve) {
            throw new ConnectException("Table " + table + " has no column(s) " + names + " for the record's fields"
                    + " and auto.evolve is false; add the columns, or set auto.evolve=true to add them");
        }
        List<String> refused = new ArrayList<>();
        for (SinkColumn column : missing) {
            if (layout.keyNames().contains(column.name())) {
                refused.add(column.name() + " (a primary-key column cannot be added to an existing table)");
            } else if (!column.schema().isOptional() && column.schema().defaultValue() == null) {
                // Existing rows would have no value for it, so a NOT NULL column without a default cannot be added.
                refused.add(column.name() + " (a required field without a default value)");
            }
        }
        if (!refused.isEmpty()) {
            throw new ConnectException("auto.evolve cannot add column(s) to table " + table + ": " + refused
                    + ". Make the field optional or give it a default in the schema, or add the column yourself");
        }
        List<String> statements = dialect.addColumns(table, missing);
        log.info("Adding column(s) {} to table {}: {}", names, table, statements);
        try {
            execute(connection, statements);
        } catch (SQLException e) {
            // Another task may have added them first.
            forget(table);
            if (!missing(connection, table, layout).isEmpty()) {
                throw e;
            }
            log.info("Columns {} of table {} were added concurrently: {}", names, table, e.getMessage());
        }
        forget(table);
    }

    /**
     * The layout's columns the table lacks. A name also matches in another case: databases fold unquoted names
     * (and MariaDB compares column names without case), so a column created as {@code id} serves field {@code ID}.
     */
    private List<SinkColumn> missing(Connection connection, TableId table, RecordLayout layout)
            throws SQLException {
        Map<String, ColumnDef> columns = columns(connection, table);
        List<String> folded = columns.keySet().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        List<SinkColumn> missing = new ArrayList<>();
        for (SinkColumn column : layout.allColumns()) {
            if (!columns.containsKey(column.name())
                    && !folded.contains(column.name().toLowerCase(Locale.ROOT))) {
                missing.add(column);
            }
        }
        return missing;
    }

    /** Runs DDL in its own transaction; some databases commit it implicitly anyway. */
    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            RecordWriter.rollbackQuietly(connection, e);
            throw e;
        }
    }
}
