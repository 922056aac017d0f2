/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** Records the sink cannot write, names it must quote, and a database it cannot reach. */
class JdbcSinkBadInputTest extends SinkTestSupport {

    @AllDatabases
    void schemalessRecordsAreRefusedWithTheConverterToUse(SinkDatabase database) {
        use(database);
        String topic = table("nosch");
        Running task = start("auto.create", "true");

        DataException error = assertThrows(DataException.class,
                () -> task.put(record(topic, 5, null, null, null, Map.of("id", 1))));
        assertTrue(error.getMessage().contains("topic " + topic + " partition 0 offset 5"), error.getMessage());
        assertTrue(error.getMessage().contains("value.converter.schemas.enable=true"), error.getMessage());
    }

    @AllDatabases
    void schemalessRecordsGoToTheErrantReporterWhenThereIsOne(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("noschr");
        Running task = startWithReporter("auto.create", "true");
        SinkRecord schemaless = record(topic, 1, null, null, null, Map.of("id", 1));
        task.put(personRecord(topic, 0, 1, "ann", 10L), schemaless, personRecord(topic, 2, 2, "bob", 20L));

        assertEquals(1, task.context.reported.size());
        assertEquals(schemaless, task.context.reported.get(0).record());
        assertTrue(task.context.reported.get(0).error().getMessage().contains("schemas.enable"));
        assertEquals(List.of("1|ann", "2|bob"), rows(topic, "id,name", "id"));
    }

    @AllDatabases
    void aMissingPrimaryKeyFieldFailsTheTaskOrIsReported(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("nopk");
        Schema noId = SchemaBuilder.struct().name("anonymous").field("name", Schema.STRING_SCHEMA).build();
        SinkRecord bad = record(topic, 1, null, null, noId, new Struct(noId).put("name", "who"));
        String[] settings = {"auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_value",
            "pk.fields", "id"};

        DataException error = assertThrows(DataException.class, () -> start(settings).put(bad));
        assertTrue(error.getMessage().contains("Primary-key field id"), error.getMessage());
        assertTrue(error.getMessage().contains("offset 1"), error.getMessage());

        Running reporting = startWithReporter(settings);
        reporting.put(personRecord(topic, 0, 1, "ann", 10L), bad, personRecord(topic, 2, 2, "bob", 20L));
        assertEquals(List.of(bad), reporting.context.reported.stream().map(RecordingContext.Reported::record)
                .toList());
        assertEquals(List.of("1|ann", "2|bob"), rows(topic, "id,name", "id"));
    }

    @AllDatabases
    void recordKeysNeedASchemaAndAPrimitiveKeyNeedsItsColumnName(SinkDatabase database) {
        use(database);
        String topic = table("keys");
        DataException schemaless = assertThrows(DataException.class, () -> start("auto.create", "true",
                "pk.mode", "record_key").put(record(topic, 0, null, "k", PERSON, person(1, "ann", 1L))));
        assertTrue(schemaless.getMessage().contains("key.converter.schemas.enable=true"), schemaless.getMessage());

        ConnectException unnamed = assertThrows(ConnectException.class, () -> start("auto.create", "true",
                "pk.mode", "record_key").put(personRecord(topic, 0, 1, "ann", 1L)));
        assertFalse(unnamed instanceof DataException);
        assertTrue(unnamed.getMessage().contains("exactly one column name in pk.fields"), unnamed.getMessage());
    }

    @AllDatabases
    void aNullPrimaryKeyValueIsRefused(SinkDatabase database) {
        use(database);
        String topic = table("nullpk");
        Schema schema = SchemaBuilder.struct().field("id", Schema.OPTIONAL_INT32_SCHEMA).build();
        Running task = start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_value",
                "pk.fields", "id");

        DataException error = assertThrows(DataException.class,
                () -> task.put(record(topic, 0, null, null, schema, new Struct(schema))));
        assertTrue(error.getMessage().contains("Primary-key column id is null"), error.getMessage());
    }

    @AllDatabases
    void aValueOfTheWrongTypeNamesItsColumnAndTable(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("wrong");
        String[] settings = {"auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key",
            "pk.fields", "id"};
        // The key schema says INT32, but the key is text: nothing checks keys against their schema before us.
        SinkRecord bad = record(topic, 1, Schema.INT32_SCHEMA, "seven", PERSON, person(7, "sev", 70L));

        DataException error = assertThrows(DataException.class,
                () -> start(settings).put(personRecord(topic, 0, 1, "ann", 10L), bad));
        assertTrue(error.getMessage().contains("Column id of table " + topic + " expects INT32"), error.getMessage());
        assertTrue(error.getMessage().contains("java.lang.String"), error.getMessage());
        assertEquals(List.of(), rows(topic, "id,name", "id"));

        Running reporting = startWithReporter(settings);
        reporting.put(personRecord(topic, 0, 1, "ann", 10L), bad, personRecord(topic, 2, 2, "bob", 20L));
        assertEquals(List.of(bad), reporting.context.reported.stream().map(RecordingContext.Reported::record)
                .toList());
        assertEquals(List.of("1|ann", "2|bob"), rows(topic, "id,name", "id"));
    }

    @AllDatabases
    void nestedValuesAreRefusedWithAWayOut(SinkDatabase database) {
        use(database);
        String topic = table("nested");
        Schema schema = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
                .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build()).build();
        Running task = start("auto.create", "true");

        DataException error = assertThrows(DataException.class, () -> task.put(record(topic, 0, null, null,
                schema, new Struct(schema).put("id", 1).put("tags", List.of("a")))));
        assertTrue(error.getMessage().contains("Field tags"), error.getMessage());
        assertTrue(error.getMessage().contains("fields.whitelist"), error.getMessage());
    }

    @AllDatabases
    void topicNamesAreQuotedNeverSpliced(SinkDatabase database) throws SQLException {
        use(database);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String victim = track("sy_" + suffix);
        execute("CREATE TABLE " + db.quote(victim) + " (" + db.quote("id") + " INT)");
        String hostile = track("sx_" + suffix + "\"; DROP TABLE sy_" + suffix + "; --");
        String spaced = track("my topic ` " + suffix);
        Running task = start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key",
                "pk.fields", "id");
        task.put(personRecord(hostile, 0, 1, "ann", 10L), personRecord(spaced, 0, 2, "bob", 20L));
        task.put(personRecord(hostile, 1, 1, "ann", 11L));

        assertTrue(tableExists(victim));
        assertTrue(tableExists(hostile));
        assertEquals(List.of("1|ann|11"), rows(hostile, "id,name,score", "id"));
        assertEquals(List.of("2|bob|20"), rows(spaced, "id,name,score", "id"));
    }

    @AllDatabases
    void unquotedIdentifiersMustBePlain(SinkDatabase database) throws SQLException {
        use(database);
        String plain = table("plain");
        Running task = start("auto.create", "true", "quote.sql.identifiers", "never");
        task.put(personRecord(plain, 0, 1, "ann", 10L));
        assertEquals(List.of("1|ann|10"), rows(plain, "id,name,score", "id"));

        String spaced = track("not plain " + plain);
        ConnectException error = assertThrows(ConnectException.class,
                () -> task.put(personRecord(spaced, 0, 1, "ann", 10L)));
        assertTrue(error.getMessage().contains("quote.sql.identifiers"), error.getMessage());
        assertFalse(tableExists(spaced));
    }

    @Test
    void anUnreachableDatabaseFailsTheStartAfterTheConfiguredAttempts() {
        JdbcSinkTask task = new JdbcSinkTask();
        task.initialize(new RecordingContext(Map.of(), false));
        Map<String, String> props = Map.of(
                "connection.url", "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=hunter2",
                "connection.attempts", "2", "connection.backoff.ms", "10");

        ConnectException error = assertThrows(ConnectException.class, () -> task.start(props));
        assertTrue(error.getMessage().contains("after 2 attempt(s)"), error.getMessage());
        assertFalse(error.getMessage().contains("hunter2"), error.getMessage());
        assertInstanceOf(SQLException.class, error.getCause());
        task.stop();
    }
}
