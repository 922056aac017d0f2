/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import dev.sluice.connect.jdbc.dialect.ColumnDef;
import dev.sluice.connect.jdbc.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies one table (or the query): runs the mode's statement when due, hands out its rows a batch at a time while
 * the result set stays open between polls, and remembers the position of the last row handed out.
 */
final class TableQuerier {

    private static final Logger log = LoggerFactory.getLogger(TableQuerier.class);

    /** What to query and where its records go. */
    record Target(String description, String select, String schemaName, Map<String, String> partition,
                  String topic) {
    }

    private final Target target;
    private final Dialect dialect;
    private final JdbcSourceConfig config;
    private final Mode mode;
    private final Calendar calendar;
    private final int batchMaxRows;
    private final long pollIntervalMs;
    private Position position;
    private boolean startAtCurrentTime;

    private QueryShape shape;
    private ModeColumns modeColumns = ModeColumns.NONE;
    private RowConverter converter;
    private PreparedStatement statement;
    private ResultSet rows;
    private PositionReader positions;
    private long lastStartMs;
    private boolean started;
    private int failures;

    /** @param committed the committed offset's position, null when there is none */
    TableQuerier(Target target, Dialect dialect, JdbcSourceConfig config, Position committed) {
        this.target = target;
        this.dialect = dialect;
        this.config = config;
        this.mode = config.mode();
        this.calendar = config.database().calendar();
        this.batchMaxRows = config.getInt(JdbcSourceConfig.BATCH_MAX_ROWS);
        this.pollIntervalMs = config.getInt(JdbcSourceConfig.POLL_INTERVAL_MS);
        Long initial = config.getLong(JdbcSourceConfig.TIMESTAMP_INITIAL);
        if (committed != null) {
            position = committed;
        } else if (initial != null && mode.usesTimestamp()) {
            startAtCurrentTime = initial == JdbcSourceConfig.TIMESTAMP_INITIAL_CURRENT;
            position = startAtCurrentTime ? Position.BEGINNING : new Position(null, new Timestamp(initial));
        } else {
            position = Position.BEGINNING;
        }
    }

    /** When the next query may start: at once the first time, then {@code poll.interval.ms} after the last start. */
    long dueAtMs() {
        return started ? lastStartMs + pollIntervalMs : Long.MIN_VALUE;
    }

    /** Whether a result set is being handed out; the querier then goes on before any other starts. */
    boolean isOpen() {
        return rows != null;
    }

    Position position() {
        return position;
    }

    /**
     * Up to {@code batch.max.rows} records; fewer (possibly none) when the result set is exhausted, which also
     * ends the query's transaction.
     *
     * @param connection the connection to start a new query on (autocommit off); unused while one is open
     */
    List<SourceRecord> read(Connection connection) throws SQLException {
        if (rows == null) {
            execute(connection);
        }
        List<SourceRecord> records = new ArrayList<>(Math.min(batchMaxRows, 1024));
        while (records.size() < batchMaxRows) {
            if (!rows.next()) {
                finish();
                break;
            }
            Struct value = converter.convert(rows, calendar);
            if (positions != null) {
                position = positions.read(rows, calendar);
            }
            records.add(new SourceRecord(target.partition(), OffsetCodec.encode(mode, position), target.topic(),
                    null, converter.schema(), value));
        }
        failures = 0;
        return records;
    }

    private void execute(Connection connection) throws SQLException {
        lastStartMs = System.currentTimeMillis();
        started = true;
        if (shape == null) {
            prepare(connection);
        }
        Timestamp upperBound = null;
        if (mode.usesTimestamp()) {
            Timestamp now = dialect.currentTime(connection, calendar);
            if (startAtCurrentTime) {
                position = new Position(position.incrementing(), now);
                startAtCurrentTime = false;
            }
            upperBound = Timestamp.from(now.toInstant()
                    .minusMillis(config.getLong(JdbcSourceConfig.TIMESTAMP_DELAY_MS)));
        }
        String sql = shape.sql(position.timestamp() == null);
        log.debug("Querying {}: {}", target.description(), sql);
        statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            // Rows arrive a batch at a time instead of the whole table at once (PostgreSQL: with autocommit off).
            statement.setFetchSize(batchMaxRows);
            shape.bind(statement, position, upperBound, calendar);
            rows = statement.executeQuery();
            List<ColumnDef> columns = RowConverter.columns(rows.getMetaData());
            if (converter == null || !converter.fits(columns)) {
                converter = RowConverter.of(dialect, config.numericMapping(), columns, target.schemaName(),
                        target.description());
            }
            positions = mode == Mode.BULK ? null : new PositionReader(rows.getMetaData(), modeColumns);
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Resolves the mode's columns once, from a query that returns the columns but no rows. */
    private void prepare(Connection connection) throws SQLException {
        if (mode != Mode.BULK) {
            try (PreparedStatement probe = connection.prepareStatement(QueryShape.probe(target.select()));
                 ResultSet empty = probe.executeQuery()) {
                modeColumns = ModeColumns.resolve(empty.getMetaData(), mode,
                        config.getString(JdbcSourceConfig.INCREMENTING_COLUMN),
                        config.getList(JdbcSourceConfig.TIMESTAMP_COLUMNS),
                        config.getBoolean(JdbcSourceConfig.VALIDATE_NON_NULL), target.description());
            }
        }
        shape = new QueryShape(dialect, mode, target.select(), modeColumns.incrementing(), modeColumns.timestamps(),
                config.getString(JdbcSourceConfig.QUERY_SUFFIX));
    }

    private void finish() throws SQLException {
        Connection connection = statement.getConnection();
        close();
        if (!connection.getAutoCommit()) {
            // Ends the read's transaction: PostgreSQL's cursor, MariaDB's snapshot, SQLite's read lock.
            connection.commit();
        }
    }

    /** Counts a failed read; the caller gives up after {@code connection.attempts} in a row. */
    int failed() {
        return ++failures;
    }

    /** Closes the open result set, if any; the position stays, so the next query resumes after the last row. */
    void close() {
        try {
            if (rows != null) {
                rows.close();
            }
        } catch (SQLException e) {
            log.debug("Ignoring failure to close a result of {}", target.description(), e);
        }
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            log.debug("Ignoring failure to close a statement of {}", target.description(), e);
        }
        rows = null;
        statement = null;
        positions = null;
    }

    @Override
    public String toString() {
        return target.description();
    }
}
