/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import static dev.sluice.connect.jdbc.source.SourceTestSupport.taskProps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every common column type of each database becomes a sensible Connect schema and value; NULLs come out as null
 * values of optional schemas.
 */
class ColumnTypesTest {

    private static final Date DATE = Date.from(Instant.parse("2024-03-05T00:00:00Z"));
    private static final Date TIME = new Date(((12 * 60 + 34) * 60 + 56) * 1000L);
    private static final Date TIMESTAMP = Date.from(Instant.parse("2024-03-05T12:34:56.789Z"));

    @TempDir
    Path dir;
    private final TaskHarness harness = new TaskHarness();
    private TestDb db;

    @AfterEach
    void cleanUp() throws Exception {
        harness.close();
        if (db != null) {
            db.dropAll(dir);
        }
    }

    @Test
    void postgresTypes() throws Exception {
        List<Struct> rows = read(TestDb.POSTGRES, "id SERIAL PRIMARY KEY, c_smallint SMALLINT, c_int INTEGER,"
                + " c_bigint BIGINT, c_num NUMERIC(10,2), c_num_int NUMERIC(5,0), c_num_any NUMERIC, c_real REAL,"
                + " c_double DOUBLE PRECISION, c_bool BOOLEAN, c_char CHAR(3), c_varchar VARCHAR(10), c_text TEXT,"
                + " c_date DATE, c_time TIME, c_ts TIMESTAMP(3), c_tstz TIMESTAMPTZ, c_json JSON, c_jsonb JSONB,"
                + " c_uuid UUID, c_int_array INT[], c_text_array TEXT[], c_bytea BYTEA, c_required INT NOT NULL",
                "1, 2, 3, 12.34, 12345, 1.5, 1.25, 2.5, TRUE, 'ab', 'text', 'long text', '2024-03-05', '12:34:56',"
                        + " '2024-03-05 12:34:56.789', '2024-03-05 12:34:56.789+00', '{\"a\": 1}', '{\"a\": 1}',"
                        + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{1,2,3}', '{x,y}', '\\x0102ff', 7");
        assertEquals(schemas("id", "int32", "c_smallint", "int16?", "c_int", "int32?", "c_bigint", "int64?",
                "c_num", "Decimal(2)?", "c_num_int", "Decimal(0)?", "c_num_any", "string?", "c_real", "float32?",
                "c_double", "float64?", "c_bool", "boolean?", "c_char", "string?", "c_varchar", "string?",
                "c_text", "string?", "c_date", "Date?", "c_time", "Time?", "c_ts", "Timestamp?", "c_tstz",
                "Timestamp?", "c_json", "string?", "c_jsonb", "string?", "c_uuid", "string?", "c_int_array",
                "string?", "c_text_array", "string?", "c_bytea", "bytes?", "c_required", "int32"),
                describe(rows.get(0).schema()));
        Struct row = rows.get(0);
        assertEquals((short) 1, row.get("c_smallint"));
        assertEquals(3L, row.get("c_bigint"));
        assertEquals(new BigDecimal("12.34"), row.get("c_num"));
        assertEquals(new BigDecimal("12345"), row.get("c_num_int"));
        assertEquals("1.5", row.get("c_num_any"));
        assertEquals(1.25f, row.get("c_real"));
        assertEquals(2.5, row.get("c_double"));
        assertEquals(true, row.get("c_bool"));
        assertEquals("ab ", row.get("c_char"));
        assertEquals(DATE, row.get("c_date"));
        assertEquals(TIME, row.get("c_time"));
        assertEquals(TIMESTAMP, row.get("c_ts"));
        assertEquals(TIMESTAMP, row.get("c_tstz"));
        assertEquals("{\"a\": 1}", row.get("c_json"));
        assertEquals("{\"a\": 1}", row.get("c_jsonb"));
        assertEquals("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", row.get("c_uuid"));
        assertEquals("{1,2,3}", row.get("c_int_array"));
        assertEquals("{x,y}", row.get("c_text_array"));
        assertArrayEquals(new byte[] {1, 2, (byte) 0xff}, (byte[]) row.get("c_bytea"));
        assertNullsBut(rows.get(1), "id", "c_required");
    }

    @Test
    void postgresNumericMappings() throws Exception {
        String columns = "id SERIAL PRIMARY KEY, c_num NUMERIC(10,2), c_num_int NUMERIC(5,0), c_num_big NUMERIC(12,0),"
                + " c_num_any NUMERIC, c_num_wide NUMERIC(30,4), c_required INT NOT NULL";
        String values = "12.34, 12345, 123456789012, 1.5, 1.2345, 7";
        List<Struct> precisionOnly = read(TestDb.POSTGRES, columns, values, "precision_only");
        assertEquals(schemas("id", "int32", "c_num", "Decimal(2)?", "c_num_int", "int32?", "c_num_big", "int64?",
                "c_num_any", "string?", "c_num_wide", "Decimal(4)?", "c_required", "int32"),
                describe(precisionOnly.get(0).schema()));
        assertEquals(12345, precisionOnly.get(0).get("c_num_int"));
        assertEquals(123456789012L, precisionOnly.get(0).get("c_num_big"));
        harness.close();

        List<Struct> bestFit = read(TestDb.POSTGRES, columns, values, "best_fit");
        assertEquals(schemas("id", "int32", "c_num", "float64?", "c_num_int", "int32?", "c_num_big", "int64?",
                "c_num_any", "float64?", "c_num_wide", "Decimal(4)?", "c_required", "int32"),
                describe(bestFit.get(0).schema()));
        assertEquals(12.34, bestFit.get(0).get("c_num"));
        assertEquals(1.5, bestFit.get(0).get("c_num_any"));
        assertEquals(new BigDecimal("1.2345"), bestFit.get(0).get("c_num_wide"));
    }

    @Test
    void mariaDbTypes() throws Exception {
        List<Struct> rows = read(TestDb.MARIADB, "id INT AUTO_INCREMENT PRIMARY KEY, c_tinyint TINYINT,"
                + " c_tinyint_u TINYINT UNSIGNED, c_smallint SMALLINT, c_smallint_u SMALLINT UNSIGNED, c_int INT,"
                + " c_int_u INT UNSIGNED, c_bigint BIGINT, c_bigint_u BIGINT UNSIGNED, c_dec DECIMAL(10,2),"
                + " c_float FLOAT, c_double DOUBLE, c_bool BOOLEAN, c_bit BIT(1), c_char CHAR(3),"
                + " c_varchar VARCHAR(10), c_text TEXT, c_json JSON, c_date DATE, c_time TIME, c_datetime DATETIME(3),"
                + " c_timestamp TIMESTAMP(3) NULL, c_blob BLOB, c_varbinary VARBINARY(8), c_required INT NOT NULL",
                "-5, 250, -300, 65000, -70000, 4000000000, -9000000000, 18446744073709551615, 12.34, 1.25, 2.5,"
                        + " TRUE, b'1', 'ab', 'text', 'long text', '{\"a\": 1}', '2024-03-05', '12:34:56',"
                        + " '2024-03-05 12:34:56.789', '2024-03-05 12:34:56.789', x'0102ff', x'0a', 7");
        assertEquals(schemas("id", "int32", "c_tinyint", "int8?", "c_tinyint_u", "int16?", "c_smallint", "int16?",
                "c_smallint_u", "int32?", "c_int", "int32?", "c_int_u", "int64?", "c_bigint", "int64?",
                "c_bigint_u", "Decimal(0)?", "c_dec", "Decimal(2)?", "c_float", "float32?", "c_double", "float64?",
                "c_bool", "boolean?", "c_bit", "boolean?", "c_char", "string?", "c_varchar", "string?", "c_text",
                "string?", "c_json", "string?", "c_date", "Date?", "c_time", "Time?", "c_datetime", "Timestamp?",
                "c_timestamp", "Timestamp?", "c_blob", "bytes?", "c_varbinary", "bytes?", "c_required", "int32"),
                describe(rows.get(0).schema()));
        Struct row = rows.get(0);
        assertEquals((byte) -5, row.get("c_tinyint"));
        assertEquals((short) 250, row.get("c_tinyint_u"));
        assertEquals(65000, row.get("c_smallint_u"));
        assertEquals(4000000000L, row.get("c_int_u"));
        assertEquals(new BigDecimal("18446744073709551615"), row.get("c_bigint_u"));
        assertEquals(new BigDecimal("12.34"), row.get("c_dec"));
        assertEquals(1.25f, row.get("c_float"));
        assertEquals(true, row.get("c_bool"));
        assertEquals(true, row.get("c_bit"));
        assertEquals("{\"a\": 1}", row.get("c_json"));
        assertEquals(DATE, row.get("c_date"));
        assertEquals(TIME, row.get("c_time"));
        assertEquals(TIMESTAMP, row.get("c_datetime"));
        assertEquals(TIMESTAMP, row.get("c_timestamp"));
        assertArrayEquals(new byte[] {1, 2, (byte) 0xff}, (byte[]) row.get("c_blob"));
        assertNullsBut(rows.get(1), "id", "c_required");
    }

    @Test
    void sqliteTypesFollowTheDeclarationNotTheFirstRowsValue() throws Exception {
        // The first row holds whole numbers in the NUMERIC and REAL columns, the second fractions: both must be
        // read with the declared type's schema.
        List<Struct> rows = read(TestDb.SQLITE, "id INTEGER PRIMARY KEY AUTOINCREMENT, c_integer INTEGER,"
                + " c_smallint SMALLINT, c_bigint BIGINT, c_real REAL, c_double DOUBLE, c_numeric NUMERIC(10,2),"
                + " c_decimal DECIMAL(10,2), c_numeric_any NUMERIC, c_boolean BOOLEAN, c_text TEXT,"
                + " c_varchar VARCHAR(10), c_blob BLOB, c_date DATE, c_time TIME, c_timestamp TIMESTAMP,"
                + " c_required INTEGER NOT NULL",
                "9000000000, 3, 4, 5, 6, 7, 8, 9, 1, 'text', 'var', x'0102ff', 1709596800000, 45296000,"
                        + " 1709642096789, 7",
                "none", "1, 1, 1, 1.5, 2.25, 12.34, 56.78, 1.5, 0, 't', 'v', x'00', 0, 0, 0, 8");
        // The driver reports the rowid alias id as nullable, so its schema is optional.
        assertEquals(schemas("id", "int64?", "c_integer", "int64?", "c_smallint", "int16?", "c_bigint", "int64?",
                "c_real", "float64?", "c_double", "float64?", "c_numeric", "Decimal(2)?", "c_decimal", "Decimal(2)?",
                "c_numeric_any", "string?", "c_boolean", "boolean?", "c_text", "string?", "c_varchar", "string?",
                "c_blob", "bytes?", "c_date", "Date?", "c_time", "Time?", "c_timestamp", "Timestamp?",
                "c_required", "int64"), describe(rows.get(0).schema()));
        Struct first = rows.get(0);
        assertEquals(9000000000L, first.get("c_integer"));
        assertEquals(new BigDecimal("7.00"), first.get("c_numeric"));
        assertEquals(DATE, first.get("c_date"));
        assertEquals(TIME, first.get("c_time"));
        assertEquals(TIMESTAMP, first.get("c_timestamp"));
        assertArrayEquals(new byte[] {1, 2, (byte) 0xff}, (byte[]) first.get("c_blob"));
        Struct second = rows.get(1);
        assertEquals(1.5, second.get("c_real"));
        assertEquals(new BigDecimal("12.34"), second.get("c_numeric"));
        assertEquals(new BigDecimal("56.78"), second.get("c_decimal"));
        assertEquals("1.5", second.get("c_numeric_any"));
        assertEquals(false, second.get("c_boolean"));
        assertNullsBut(rows.get(2), "id", "c_required");
    }

    /** Rows of a new table: {@code values}, then {@code more} rows, then one of NULLs (c_required = 0). */
    private List<Struct> read(TestDb testDb, String columns, String values) throws Exception {
        return read(testDb, columns, values, "none");
    }

    private List<Struct> read(TestDb testDb, String columns, String values, String mapping, String... more)
            throws Exception {
        db = testDb;
        String table = db.table("types");
        String names = String.join(", ", columnNames(columns));
        db.execute(dir, "CREATE TABLE " + table + " (" + columns + ")");
        db.execute(dir, "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")");
        for (String row : more) {
            db.execute(dir, "INSERT INTO " + table + " (" + names + ") VALUES (" + row + ")");
        }
        db.execute(dir, "INSERT INTO " + table + " (c_required) VALUES (0)");
        harness.start(taskProps(db, dir, table, "incrementing", JdbcSourceConfig.NUMERIC_MAPPING, mapping));
        List<SourceRecord> records = harness.pollUntilQuiet();
        assertEquals(2 + more.length, records.size());
        return records.stream().map(record -> (Struct) record.value()).toList();
    }

    /** The column names of a column list, but the generated {@code id}; commas inside parentheses are types'. */
    private static List<String> columnNames(String columns) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= columns.length(); i++) {
            char c = i < columns.length() ? columns.charAt(i) : ',';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                String name = columns.substring(start, i).trim().split("\\s+")[0];
                if (!name.equals("id")) {
                    names.add(name);
                }
                start = i + 1;
            }
        }
        return names;
    }

    private static void assertNullsBut(Struct row, String... set) {
        List<String> notNull = List.of(set);
        for (Field field : row.schema().fields()) {
            if (!notNull.contains(field.name())) {
                assertNull(row.get(field), field.name());
            }
        }
    }

    private static Map<String, String> schemas(String... namesAndTypes) {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            schemas.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return schemas;
    }

    /** {@code int32}, {@code Decimal(2)?}, {@code Timestamp?}: the logical or plain type, ? when optional. */
    private static Map<String, String> describe(Schema schema) {
        Map<String, String> described = new LinkedHashMap<>();
        for (Field field : schema.fields()) {
            Schema fieldSchema = field.schema();
            String type;
            if (fieldSchema.name() == null) {
                type = fieldSchema.type().getName();
            } else {
                String logical = fieldSchema.name().substring(fieldSchema.name().lastIndexOf('.') + 1);
                type = Decimal.LOGICAL_NAME.equals(fieldSchema.name())
                        ? logical + "(" + fieldSchema.parameters().get(Decimal.SCALE_FIELD) + ")" : logical;
            }
            described.put(field.name(), type + (fieldSchema.isOptional() ? "?" : ""));
        }
        return described;
    }
}
