/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.jdbc.dialect.Dialect;
import dev.sluice.connect.jdbc.dialect.Dialects;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** auto.create with every Connect type, read back with SQL; auto.evolve; what is refused and how it is said. */
class JdbcSinkSchemaTest extends SinkTestSupport {

    private static final Schema ALL_TYPES = SchemaBuilder.struct().name("all_types")
            .field("id", Schema.INT32_SCHEMA)
            .field("i8", Schema.INT8_SCHEMA)
            .field("i16", Schema.INT16_SCHEMA)
            .field("i64", Schema.INT64_SCHEMA)
            .field("f32", Schema.FLOAT32_SCHEMA)
            .field("f64", Schema.FLOAT64_SCHEMA)
            .field("flag", Schema.BOOLEAN_SCHEMA)
            .field("text", Schema.STRING_SCHEMA)
            .field("data", Schema.BYTES_SCHEMA)
            .field("amount", Decimal.schema(2))
            .field("day", Date.SCHEMA)
            .field("clock", Time.SCHEMA)
            .field("at", Timestamp.SCHEMA)
            .field("opt_i32", Schema.OPTIONAL_INT32_SCHEMA)
            .field("opt_text", Schema.OPTIONAL_STRING_SCHEMA)
            .field("opt_data", Schema.OPTIONAL_BYTES_SCHEMA)
            .field("opt_amount", Decimal.builder(2).optional().build())
            .field("opt_at", Timestamp.builder().optional().build())
            .build();

    private static final java.util.Date DAY =
            java.util.Date.from(LocalDate.of(2024, 2, 29).atStartOfDay(ZoneOffset.UTC).toInstant());
    private static final java.util.Date CLOCK = new java.util.Date(((13 * 60 + 45) * 60 + 30) * 1000L + 123);
    private static final java.util.Date AT = java.util.Date.from(Instant.parse("2024-02-29T13:45:30.123Z"));

    @AllDatabases
    void autoCreateTakesEveryConnectTypeAndReadsBackTheSameValues(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("types");
        Struct full = new Struct(ALL_TYPES).put("id", 1).put("i8", (byte) -8).put("i16", (short) 1600)
                .put("i64", 6_400_000_000L).put("f32", 3.25f).put("f64", -2.5e10).put("flag", true)
                .put("text", "zoë's \"text\"").put("data", new byte[] {0, 1, (byte) 0xff})
                .put("amount", new BigDecimal("12345.67")).put("day", DAY).put("clock", CLOCK).put("at", AT)
                .put("opt_i32", 32).put("opt_text", "there").put("opt_data", new byte[] {7})
                .put("opt_amount", new BigDecimal("-0.05")).put("opt_at", AT);
        Struct nulls = new Struct(ALL_TYPES).put("id", 2).put("i8", (byte) 0).put("i16", (short) 0).put("i64", 0L)
                .put("f32", 0f).put("f64", 0d).put("flag", false).put("text", "").put("data", new byte[0])
                .put("amount", new BigDecimal("0.00")).put("day", DAY).put("clock", CLOCK).put("at", AT);
        start("auto.create", "true", "insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id").put(
                record(topic, 0, null, null, ALL_TYPES, full), record(topic, 1, null, null, ALL_TYPES, nulls));

        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT * FROM " + db.quote(topic) + " ORDER BY "
                     + db.quote("id"))) {
            assertTrue(row.next());
            assertEquals(1, row.getInt("id"));
            assertEquals(-8, row.getByte("i8"));
            assertEquals(1600, row.getShort("i16"));
            assertEquals(6_400_000_000L, row.getLong("i64"));
            assertEquals(3.25f, row.getFloat("f32"));
            assertEquals(-2.5e10, row.getDouble("f64"));
            assertTrue(row.getBoolean("flag"));
            assertEquals("zoë's \"text\"", row.getString("text"));
            assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, row.getBytes("data"));
            assertEquals(0, new BigDecimal("12345.67").compareTo(row.getBigDecimal("amount")),
                    () -> "amount " + read(row, "amount"));
            // Dates and times are read the way the database keeps them, which for SQLite is ISO-8601 text.
            Dialect dialect = Dialects.choose("", db.url(dir), true);
            assertEquals(DAY, dialect.read(row, row.findColumn("day"), Date.SCHEMA, utc));
            assertEquals(CLOCK, dialect.read(row, row.findColumn("clock"), Time.SCHEMA, utc));
            assertEquals(AT, dialect.read(row, row.findColumn("at"), Timestamp.SCHEMA, utc));
            assertEquals(32, row.getInt("opt_i32"));
            assertEquals("there", row.getString("opt_text"));
            assertArrayEquals(new byte[] {7}, row.getBytes("opt_data"));
            assertEquals(0, new BigDecimal("-0.05").compareTo(row.getBigDecimal("opt_amount")));
            assertEquals(AT, dialect.read(row, row.findColumn("opt_at"), Timestamp.SCHEMA, utc));

            assertTrue(row.next());
            assertEquals(2, row.getInt("id"));
            assertFalse(row.getBoolean("flag"));
            assertEquals("", row.getString("text"));
            for (String optional : List.of("opt_i32", "opt_text", "opt_data", "opt_amount", "opt_at")) {
                assertNull(row.getObject(optional), optional);
            }
            assertFalse(row.next());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SinkDatabase.class, names = {"POSTGRES", "MARIADB"})
    void timestampsAreWrittenInTheDbTimezone(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("tz");
        Schema schema = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).field("at", Timestamp.SCHEMA)
                .build();
        start("auto.create", "true", "db.timezone", "Europe/Paris")
                .put(record(topic, 0, null, null, schema, new Struct(schema).put("id", 1).put("at", AT)));

        String asText = database == SinkDatabase.POSTGRES ? "CAST(%s AS TEXT)" : "CAST(%s AS CHAR)";
        assertEquals(List.of("2024-02-29 14:45:30.123"),
                rows("SELECT " + asText.formatted(db.quote("at")) + " FROM " + db.quote(topic)));
    }

    @AllDatabases
    void autoEvolveAddsNullableColumnsAndColumnsWithDefaults(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("evolve");
        Schema wider = SchemaBuilder.struct().name("person")
                .field("id", Schema.INT32_SCHEMA)
                .field("name", Schema.OPTIONAL_STRING_SCHEMA)
                .field("score", Schema.OPTIONAL_INT64_SCHEMA)
                .field("note", Schema.OPTIONAL_STRING_SCHEMA)
                .field("level", SchemaBuilder.int32().defaultValue(7).build())
                .build();
        Running task = start("auto.create", "true", "auto.evolve", "true", "insert.mode", "upsert",
                "pk.mode", "record_value", "pk.fields", "id");
        task.put(personRecord(topic, 0, 1, "ann", 10L));
        task.put(record(topic, 1, null, null, wider, new Struct(wider).put("id", 2).put("name", "bob")
                .put("note", "new").put("level", 9)));

        assertEquals(List.of("id", "name", "score", "note", "level"), columnNames(topic));
        assertEquals(List.of("1|ann|null|7", "2|bob|new|9"), rows(topic, "id,name,note,level", "id"));
    }

    @AllDatabases
    void autoEvolveRefusesARequiredFieldWithoutDefault(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("required");
        Schema wider = SchemaBuilder.struct().name("person")
                .field("id", Schema.INT32_SCHEMA)
                .field("name", Schema.OPTIONAL_STRING_SCHEMA)
                .field("score", Schema.OPTIONAL_INT64_SCHEMA)
                .field("must", Schema.INT32_SCHEMA)
                .build();
        Running task = start("auto.create", "true", "auto.evolve", "true");
        task.put(personRecord(topic, 0, 1, "ann", 10L));

        ConnectException error = assertThrows(ConnectException.class, () -> task.put(record(topic, 1, null, null,
                wider, new Struct(wider).put("id", 2).put("must", 1))));
        assertFalse(error instanceof RetriableException);
        assertTrue(error.getMessage().contains("must (a required field without a default value)"),
                error.getMessage());
        assertEquals(List.of("id", "name", "score"), columnNames(topic));
    }

    @AllDatabases
    void aMissingTableWithoutAutoCreateIsAClearError(SinkDatabase database) {
        use(database);
        String topic = table("missing");
        Running task = start();

        ConnectException error = assertThrows(ConnectException.class,
                () -> task.put(personRecord(topic, 0, 1, "ann", 10L)));
        assertTrue(error.getMessage().contains("Table " + topic + " is missing and auto.create is false"),
                error.getMessage());
    }

    @AllDatabases
    void missingColumnsWithoutAutoEvolveAreListed(SinkDatabase database) throws SQLException {
        use(database);
        String topic = table("narrow");
        execute("CREATE TABLE " + db.quote(topic) + " (" + db.quote("id") + " INT, " + db.quote("other")
                + " INT)");
        Running task = start();

        ConnectException error = assertThrows(ConnectException.class,
                () -> task.put(personRecord(topic, 0, 1, "ann", 10L)));
        assertTrue(error.getMessage().contains("has no column(s) [name, score]"), error.getMessage());
        assertTrue(error.getMessage().contains("auto.evolve is false"), error.getMessage());
    }

    private static String read(ResultSet row, String column) {
        try {
            return row.getString(column);
        } catch (SQLException e) {
            return e.toString();
        }
    }
}
