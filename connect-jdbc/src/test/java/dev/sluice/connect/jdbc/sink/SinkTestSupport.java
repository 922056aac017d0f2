/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What the sink tests share: the database under test, tasks started on it and stopped afterwards, uniquely named
 * tables dropped afterwards, and SQL to read back what the sink wrote.
 */
abstract class SinkTestSupport {

    static {
        // The drivers log every packet at DEBUG; the sink's own INFO lines are what a reader of the output wants.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.sluice")).setLevel(Level.INFO);
    }

    static final Schema PERSON = SchemaBuilder.struct().name("person")
            .field("id", Schema.INT32_SCHEMA)
            .field("name", Schema.OPTIONAL_STRING_SCHEMA)
            .field("score", Schema.OPTIONAL_INT64_SCHEMA)
            .build();

    @TempDir
    Path dir;
    SinkDatabase db;
    private final List<JdbcSinkTask> tasks = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();

    /** A task on the database under test, started with the base settings and {@code settings}. */
    final class Running {
        final JdbcSinkTask task = new JdbcSinkTask();
        final RecordingContext context;

        Running(Map<String, String> props, boolean withReporter) {
            context = new RecordingContext(props, withReporter);
            task.initialize(context);
            tasks.add(task);
            task.start(props);
        }

        void put(SinkRecord... records) {
            task.put(List.of(records));
            task.flush(Map.of());
        }

        void stop() {
            task.stop();
        }
    }

    void use(SinkDatabase database) {
        this.db = database;
    }

    /** A fresh table (and topic) name, dropped after the test. */
    String table(String base) {
        return track(base + "_" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Drops {@code name} after the test. */
    String track(String name) {
        tables.add(name);
        return name;
    }

    /** The connection settings for the database under test, then {@code keyValues} as key, value, key, value… */
    Map<String, String> props(String... keyValues) {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", db.url(dir));
        props.put("connection.attempts", "1");
        props.put("connection.backoff.ms", "0");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    Running start(String... keyValues) {
        return new Running(props(keyValues), false);
    }

    Running startWithReporter(String... keyValues) {
        return new Running(props(keyValues), true);
    }

    static SinkRecord record(String topic, long offset, Schema keySchema, Object key, Schema valueSchema,
                             Object value) {
        return new SinkRecord(topic, 0, keySchema, key, valueSchema, value, offset);
    }

    static Struct person(int id, String name, Long score) {
        return new Struct(PERSON).put("id", id).put("name", name).put("score", score);
    }

    /** A person record keyed by its id as an INT32 key. */
    static SinkRecord personRecord(String topic, long offset, int id, String name, Long score) {
        return record(topic, offset, Schema.INT32_SCHEMA, id, PERSON, person(id, name, score));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(dir));
    }

    /** The rows of a query, each as its columns' text joined with '|'. */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringJoiner row = new StringJoiner("|");
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(result.getString(i)));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** {@code columns} of every row of {@code table}, ordered by {@code orderBy}; names are quoted here. */
    List<String> rows(String table, String columns, String orderBy) throws SQLException {
        StringJoiner select = new StringJoiner(", ");
        for (String column : columns.split(",")) {
            select.add(db.quote(column.trim()));
        }
        return rows("SELECT " + select + " FROM " + db.quote(table) + " ORDER BY " + db.quote(orderBy));
    }

    /** The table's column names, lower case, in table order. */
    List<String> columnNames(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + db.quote(table) + " WHERE 1 = 0")) {
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                names.add(result.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    boolean tableExists(String table) throws SQLException {
        try (Connection connection = connect();
             ResultSet result = connection.getMetaData().getTables(db == SinkDatabase.MARIADB ? "test" : null,
                     db.defaultSchema() == null || db == SinkDatabase.MARIADB ? null : db.defaultSchema(), "%",
                     null)) {
            while (result.next()) {
                if (table.equals(result.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @AfterEach
    void cleanUp() throws SQLException {
        tasks.forEach(JdbcSinkTask::stop);
        if (db == null) {
            return;
        }
        for (String table : tables) {
            execute("DROP TABLE IF EXISTS " + db.quote(table));
        }
    }
}
