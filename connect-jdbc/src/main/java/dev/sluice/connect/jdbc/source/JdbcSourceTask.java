/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.ConnectionProvider;
import dev.sluice.connect.jdbc.DatabaseSettings;
import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies its tables (or the query) with one connection: the querier whose result set is open goes on until it is
 * exhausted, then the querier that has been due longest starts; when none is due, poll waits in short steps so a
 * stop is honoured promptly.
 */
public class JdbcSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(JdbcSourceTask.class);
    private static final long SLEEP_STEP_MS = 100;
    /** The longest one poll() waits for a table to come due, so the worker's loop (pause, commits) runs too. */
    private static final long MAX_WAIT_PER_POLL_MS = 1000;

    /** Held while the database is used; stop() takes it to close what poll() may be using. */
    private final Object lock = new Object();
    private volatile boolean stopping;
    private ConnectionProvider connections;
    private Connection connection;
    private List<TableQuerier> queriers = List.of();
    private TableQuerier current;
    private int attempts;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void start(Map<String, String> props) {
        JdbcSourceConfig config = new JdbcSourceConfig(props);
        ConfigChecks.check(config.values());
        Dialect dialect = config.database().dialect();
        Mode mode = config.mode();
        attempts = config.getInt(DatabaseSettings.CONNECTION_ATTEMPTS);
        List<TableQuerier.Target> targets = targets(config, dialect, props);
        Map<Map<String, String>, Map<String, Object>> offsets = committedOffsets(targets);
        List<TableQuerier> created = new ArrayList<>();
        for (TableQuerier.Target target : targets) {
            Position committed = OffsetCodec.decode(mode, offsets.get(target.partition()));
            if (committed != null) {
                log.info("Resuming {} after {}", target.description(), committed);
            }
            created.add(new TableQuerier(target, dialect, config, committed));
        }
        queriers = created;
        stopping = false;
        connections = config.database().connections();
        synchronized (lock) {
            // Fails the task at once with the provider's message when the database cannot be reached.
            connection();
        }
    }

    private static List<TableQuerier.Target> targets(JdbcSourceConfig config, Dialect dialect,
                                                      Map<String, String> props) {
        String prefix = config.getString(JdbcSourceConfig.TOPIC_PREFIX);
        if (config.queryMode()) {
            return List.of(new TableQuerier.Target("the query", QueryShape.selectFromQuery(config.query()), null,
                    OffsetCodec.queryPartition(), prefix));
        }
        List<TableId> tables = TableListCodec.decode(props.get(TableListCodec.TASK_TABLES));
        if (tables.isEmpty()) {
            throw new ConnectException("The task has no tables to copy: its config lacks '"
                    + TableListCodec.TASK_TABLES + "', which the connector sets");
        }
        List<TableQuerier.Target> targets = new ArrayList<>();
        Map<String, TableId> byPartition = new HashMap<>();
        for (TableId table : tables) {
            TableId other = byPartition.put(table.table(), table);
            if (other != null) {
                log.warn("Tables {} and {} share the source partition {} (offsets are kept by bare table name) and"
                        + " the topic {}; narrow the include list or the schema pattern", other, table,
                        OffsetCodec.partition(table), prefix + table.table());
            }
            targets.add(new TableQuerier.Target("table " + table, QueryShape.selectFrom(dialect, table),
                    table.table(), OffsetCodec.partition(table), prefix + table.table()));
        }
        return targets;
    }

    private Map<Map<String, String>, Map<String, Object>> committedOffsets(List<TableQuerier.Target> targets) {
        List<Map<String, String>> partitions = targets.stream().map(TableQuerier.Target::partition).toList();
        Map<Map<String, String>, Map<String, Object>> offsets =
                context.offsetStorageReader().offsets(partitions);
        return offsets == null ? Map.of() : offsets;
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        long deadline = System.currentTimeMillis() + MAX_WAIT_PER_POLL_MS;
        while (!stopping) {
            long now = System.currentTimeMillis();
            synchronized (lock) {
                if (stopping) {
                    return null;
                }
                TableQuerier querier = current != null ? current : due(now);
                if (querier != null) {
                    List<SourceRecord> records = read(querier);
                    current = querier.isOpen() ? querier : null;
                    if (!records.isEmpty()) {
                        return records;
                    }
                    continue;
                }
            }
            long wait = Math.min(Math.min(SLEEP_STEP_MS, nextDueMs() - now), deadline - now);
            if (wait <= 0 && now >= deadline) {
                return null;
            }
            Thread.sleep(Math.max(wait, 1));
        }
        return null;
    }

    /** The querier that has been due longest, or null when none is due yet. */
    private TableQuerier due(long now) {
        TableQuerier earliest = null;
        for (TableQuerier querier : queriers) {
            if (querier.dueAtMs() <= now && (earliest == null || querier.dueAtMs() < earliest.dueAtMs())) {
                earliest = querier;
            }
        }
        return earliest;
    }

    private long nextDueMs() {
        return queriers.stream().mapToLong(TableQuerier::dueAtMs).min().orElse(Long.MAX_VALUE);
    }

    /**
     * A failed query is retried when its table is next due, on a connection the provider checks and reopens;
     * after {@code connection.attempts} failures in a row the task fails with the last error.
     */
    private List<SourceRecord> read(TableQuerier querier) {
        try {
            return querier.read(querier.isOpen() ? null : connection());
        } catch (SQLException e) {
            querier.close();
            rollbackQuietly();
            if (stopping) {
                return List.of();
            }
            int failures = querier.failed();
            if (failures >= attempts) {
                throw new ConnectException("Querying " + querier + " failed " + failures + " time(s) in a row: "
                        + e.getMessage(), e);
            }
            log.warn("Querying {} failed (attempt {} of {}); retrying when it is next due: {}", querier, failures,
                    attempts, e.getMessage(), e);
            return List.of();
        }
    }

    /** The provider's connection (reopened when it broke), with autocommit off so reads can stream. */
    private Connection connection() {
        connection = connections.connection();
        try {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new ConnectException("Could not turn autocommit off on " + connections.redacted() + ": "
                    + e.getMessage(), e);
        }
        return connection;
    }

    private void rollbackQuietly() {
        try {
            if (connection != null && !connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            log.debug("Ignoring failure to roll back after a failed query", e);
        }
    }

    @Override
    public void stop() {
        stopping = true;
        synchronized (lock) {
            queriers.forEach(TableQuerier::close);
            current = null;
            rollbackQuietly();
            if (connections != null) {
                connections.close();
            }
            connection = null;
        }
    }
}
