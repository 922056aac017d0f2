/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.ConnectionProvider;
import dev.sluice.connect.jdbc.DatabaseSettings;
import dev.sluice.connect.jdbc.TableId;
import dev.sluice.connect.jdbc.dialect.Dialect;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes records to tables. Each {@code put} buffers records per table and writes everything before it returns,
 * so nothing is held between calls and {@link #flush} has nothing left to do: the offsets the worker commits after
 * {@code put} are always of written records.
 *
 * <p>A database error fails the whole {@code put}: the buffers are dropped and a {@link RetriableException} makes
 * the worker redeliver the same records after {@code retry.backoff.ms}, up to {@code max.retries} times in a row.
 * Tables already written in that {@code put} are written again on redelivery, which upserts make harmless.
 */
public class JdbcSinkTask extends SinkTask {

    private static final Logger log = LoggerFactory.getLogger(JdbcSinkTask.class);

    private JdbcSinkConfig config;
    private ConnectionProvider connections;
    private RecordMapper mapper;
    private RecordWriter writer;
    private ErrantRecords errantRecords;
    private final Map<TableId, BufferedWrites> buffers = new LinkedHashMap<>();
    private int remainingRetries;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new JdbcSinkConfig(props);
        DatabaseSettings database = config.database();
        Dialect dialect = database.dialect();
        connections = database.connections();
        // Connect now, so a wrong URL or an unreachable database fails the task at once, not at the first record.
        connections.connection();
        errantRecords = new ErrantRecords(reporter());
        mapper = new RecordMapper(config);
        TableStructure structure = new TableStructure(dialect, config.autoCreate(), config.autoEvolve());
        writer = new RecordWriter(dialect, config.insertMode(), database.calendar(), structure, errantRecords);
        remainingRetries = config.maxRetries();
        log.info("JDBC sink task writing to {} with {} (insert.mode={}, pk.mode={})", connections.redacted(),
                dialect.name(), config.insertMode().configValue(), config.pkMode().configValue());
    }

    /** The worker's errant record reporter; null when there is none, or on a runtime older than the method. */
    private ErrantRecordReporter reporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return null;
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        boolean written = false;
        try {
            for (SinkRecord record : records) {
                buffer(record);
            }
            for (BufferedWrites buffer : buffers.values()) {
                flush(buffer);
            }
            written = true;
        } catch (SQLException e) {
            throw retryOrFail(e, records.size());
        } finally {
            if (!written) {
                // The worker redelivers these records (or the task stops): buffered ones must not be written twice.
                buffers.values().forEach(BufferedWrites::clear);
            }
        }
        remainingRetries = config.maxRetries();
    }

    private void buffer(SinkRecord record) throws SQLException {
        PendingWrite write;
        try {
            write = mapper.map(record);
        } catch (DataException e) {
            errantRecords.report(record, e);
            return;
        }
        if (write == null) {
            return;
        }
        BufferedWrites buffer = buffers.computeIfAbsent(write.table(), BufferedWrites::new);
        if (!buffer.fits(write)) {
            flush(buffer); // the schema changed: the buffered records need the old statement
        }
        buffer.add(write);
        if (buffer.size() >= config.batchSize()) {
            flush(buffer);
        }
    }

    private void flush(BufferedWrites buffer) throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        writer.write(connections.connection(), buffer);
        buffer.clear();
    }

    /** A retriable exception while retries remain, counting this one; after that the task fails. */
    private ConnectException retryOrFail(SQLException e, int records) {
        String chain = sqlErrors(e);
        if (remainingRetries > 0) {
            remainingRetries--;
            log.warn("Writing {} record(s) failed; retrying in {} ms, {} retries left after this one: {}", records,
                    config.retryBackoffMs(), remainingRetries, chain);
            context.timeout(config.retryBackoffMs());
            return new RetriableException("Writing failed, will retry: " + chain, e);
        }
        return new ConnectException("Writing " + records + " record(s) failed after " + config.maxRetries()
                + " retries: " + chain, e);
    }

    /**
     * Every message of the SQL error chain: a failed batch usually says only "batch entry 3 was aborted", and the
     * reason is in the next exception or the cause.
     */
    static String sqlErrors(SQLException failure) {
        Set<String> messages = new LinkedHashSet<>(); // drivers repeat one message down the chain
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            String state = next instanceof SQLException sql && sql.getSQLState() != null
                    ? "[SQLState " + sql.getSQLState() + "] " : "";
            messages.add(state + next.getMessage());
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
        }
        return String.join("; ", messages);
    }

    /** Nothing is buffered between {@code put} calls, so every record handed over so far is written. */
    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
    }

    @Override
    public void stop() {
        buffers.clear();
        if (connections != null) {
            connections.close();
        }
    }
}
