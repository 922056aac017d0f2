/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.TableId;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-lists the tables every {@code table.poll.interval.ms} on its own thread and asks the worker for new task
 * configs when tables were created or dropped, so that a new table is copied without a restart.
 */
public final class TableMonitor {

    private static final Logger log = LoggerFactory.getLogger(TableMonitor.class);

    /** Lists the selected tables; the connector's implementation queries the database. */
    public interface Lister {
        List<TableId> list() throws SQLException;
    }

    private final Lister lister;
    private final ConnectorContext context;
    private final long intervalMs;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile List<TableId> tables;
    private Thread thread;

    public TableMonitor(Lister lister, ConnectorContext context, long intervalMs) {
        this.lister = lister;
        this.context = context;
        this.intervalMs = intervalMs;
    }

    /** Lists the tables once on the caller's thread (so the first task configs have them), then starts watching. */
    public synchronized void start(String connectorName) {
        try {
            tables = lister.list();
        } catch (SQLException e) {
            throw new ConnectException("Could not list the tables to copy: " + e.getMessage(), e);
        }
        thread = new Thread(this::run, "jdbc-source-table-monitor-" + connectorName);
        thread.setDaemon(true);
        thread.start();
    }

    /** The tables as of the last listing. */
    public List<TableId> tables() {
        return tables;
    }

    private void run() {
        try {
            while (!stopped.await(intervalMs, TimeUnit.MILLISECONDS)) {
                relist();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void relist() {
        List<TableId> found;
        try {
            found = lister.list();
        } catch (SQLException | RuntimeException e) {
            // The tasks keep copying the tables they have; the next listing may succeed.
            log.warn("Could not re-list the tables; keeping the {} known ones: {}", tables.size(), e.getMessage(),
                    e);
            return;
        }
        if (new HashSet<>(found).equals(new HashSet<>(tables))) {
            return;
        }
        log.info("The tables to copy changed from {} to {}; requesting new task configs", tables, found);
        tables = found;
        context.requestTaskReconfiguration();
    }

    public void stop() {
        stopped.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            // Ends a reconnect's backoff pause at once.
            running.interrupt();
            try {
                // A listing in progress ends with its query; the wait is bounded so a hung database cannot hold
                // up the worker.
                running.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
