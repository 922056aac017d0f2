/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/** insert.mode, pk.mode, fields.whitelist, table.name.format and batching, on every database. */
class JdbcSinkModesTest extends SinkTestSupport {

    @AllDatabases
    void insertWithoutKeyAppendsEveryRecord(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("ins");
        start("auto.create", "true").put(
                personRecord(topic, 0, 1, "ann", 10L),
                personRecord(topic, 1, 1, "ann", 10L),
                personRecord(topic, 2, 2, null, null));

        assertEquals(List.of("1|ann|10", "1|ann|10", "2|null|null"), rows(topic, "id,name,score", "id"));
        assertEquals(List.of("id", "name", "score"), columnNames(topic));
    }

    @AllDatabases
    void upsertByRecordValueKeepsTheLastVersionOfEachRow(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("ups");
        start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id").put(
                personRecord(topic, 0, 1, "ann", 10L),
                personRecord(topic, 1, 2, "bob", 20L),
                personRecord(topic, 2, 1, "ann", 11L));

        assertEquals(List.of("1|ann|11", "2|bob|20"), rows(topic, "id,name,score", "id"));
    }

    @AllDatabases
    void updateChangesExistingRowsOnly(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("upd");
        start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key", "pk.fields", "id")
                .put(personRecord(topic, 0, 1, "ann", 10L), personRecord(topic, 1, 2, "bob", 20L));

        start("insert.mode", "update", "pk.mode", "record_key", "pk.fields", "id")
                .put(personRecord(topic, 2, 2, "bobby", 21L), personRecord(topic, 3, 3, "cid", 30L));

        assertEquals(List.of("1|ann|10", "2|bobby|21"), rows(topic, "id,name,score", "id"));
    }

    @AllDatabases
    void kafkaCoordinatesAsKeyUnderDefaultNames(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("kaf");
        start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "kafka").put(
                personRecord(topic, 40, 1, "ann", 10L),
                personRecord(topic, 41, 1, "ann", 12L));

        assertEquals(List.of("__connect_topic", "__connect_partition", "__connect_offset", "id", "name", "score"),
                columnNames(topic));
        assertEquals(List.of(topic + "|0|40|1|ann|10", topic + "|0|41|1|ann|12"),
                rows(topic, "__connect_topic,__connect_partition,__connect_offset,id,name,score",
                        "__connect_offset"));
    }

    @AllDatabases
    void kafkaCoordinatesUnderTheNamesOfPkFields(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("kafn");
        start("auto.create", "true", "pk.mode", "kafka", "pk.fields", "t,p,o")
                .put(personRecord(topic, 7, 1, "ann", 10L));

        assertEquals(List.of(topic + "|0|7|1"), rows(topic, "t,p,o,id", "o"));
    }

    @AllDatabases
    void primitiveRecordKeyBecomesTheNamedColumn(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("pkey");
        Schema value = SchemaBuilder.struct().field("name", Schema.STRING_SCHEMA).build();
        start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key", "pk.fields", "user_id").put(
                record(topic, 0, Schema.INT64_SCHEMA, 5L, value, new Struct(value).put("name", "eve")),
                record(topic, 1, Schema.INT64_SCHEMA, 5L, value, new Struct(value).put("name", "eva")));

        assertEquals(List.of("user_id", "name"), columnNames(topic));
        assertEquals(List.of("5|eva"), rows(topic, "user_id,name", "user_id"));
    }

    @AllDatabases
    void structRecordKeyGivesAllItsFieldsOrTheListedOnes(SinkDatabase database) throws SQLException {
        use(database);
        Schema key = SchemaBuilder.struct().field("region", Schema.STRING_SCHEMA).field("id", Schema.INT32_SCHEMA)
                .build();
        Schema value = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).field("name", Schema.STRING_SCHEMA)
                .build();
        String all = table("skall");
        String listed = table("sklist");
        Running allKeys = start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key");
        Running oneKey = start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_key",
                "pk.fields", "id");
        for (String topic : List.of(all, listed)) {
            (topic.equals(all) ? allKeys : oneKey).put(
                    record(topic, 0, key, new Struct(key).put("region", "eu").put("id", 1), value,
                            new Struct(value).put("id", 1).put("name", "eu-one")),
                    record(topic, 1, key, new Struct(key).put("region", "us").put("id", 1), value,
                            new Struct(value).put("id", 1).put("name", "us-one")));
        }

        assertEquals(List.of("region", "id", "name"), columnNames(all));
        assertEquals(List.of("eu|1|eu-one", "us|1|us-one"), rows(all, "region,id,name", "region"));
        // Only id is the key: the second record replaces the first, and region is not written at all.
        assertEquals(List.of("id", "name"), columnNames(listed));
        assertEquals(List.of("1|us-one"), rows(listed, "id,name", "id"));
    }

    @AllDatabases
    void recordValueWithoutPkFieldsMakesEveryFieldTheKey(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("rvall");
        start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_value").put(
                personRecord(topic, 0, 1, "ann", 10L),
                personRecord(topic, 1, 1, "ann", 10L),
                personRecord(topic, 2, 1, "ann", 11L));

        assertEquals(List.of("1|ann|10", "1|ann|11"), rows(topic, "id,name,score", "score"));
    }

    @AllDatabases
    void whitelistRestrictsTheValueColumns(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("white");
        start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id",
                "fields.whitelist", "score").put(personRecord(topic, 0, 1, "ann", 10L));

        assertEquals(List.of("id", "score"), columnNames(topic));
        assertEquals(List.of("1|10"), rows(topic, "id,score", "id"));
    }

    @AllDatabases
    void tableNameFormatWrapsTheTopic(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("fmt");
        String tableName = track("pre_" + topic + "_post");
        start("auto.create", "true", "table.name.format", "pre_${topic}_post")
                .put(personRecord(topic, 0, 1, "ann", 10L));

        assertTrue(tableExists(tableName));
        assertEquals(List.of("1|ann|10"), rows(tableName, "id,name,score", "id"));
    }

    @AllDatabases
    void tableNameFormatMayNameTheSchema(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("qual");
        String schema = database.defaultSchema() == null ? "main" : database.defaultSchema();
        start("auto.create", "true", "table.name.format", schema + ".${topic}")
                .put(personRecord(topic, 0, 1, "ann", 10L));

        assertEquals(List.of("1|ann|10"), rows(topic, "id,name,score", "id"));
    }

    @AllDatabases
    void batchesSmallerThanThePutAndSchemaChangesAreAllWritten(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("batch");
        Schema wider = SchemaBuilder.struct().name("person")
                .field("id", Schema.INT32_SCHEMA)
                .field("name", Schema.OPTIONAL_STRING_SCHEMA)
                .field("score", Schema.OPTIONAL_INT64_SCHEMA)
                .field("note", Schema.OPTIONAL_STRING_SCHEMA)
                .build();
        start("auto.create", "true", "auto.evolve", "true", "batch.size", "2", "insert.mode", "upsert",
                "pk.mode", "record_value", "pk.fields", "id").put(
                personRecord(topic, 0, 1, "ann", 10L),
                personRecord(topic, 1, 2, "bob", 20L),
                personRecord(topic, 2, 3, "cid", 30L),
                record(topic, 3, null, null, wider, new Struct(wider).put("id", 4).put("note", "wide")),
                personRecord(topic, 4, 5, "dan", 50L));

        assertEquals(List.of("1|ann|null", "2|bob|null", "3|cid|null", "4|null|wide", "5|dan|null"),
                rows(topic, "id,name,note", "id"));
    }
}
