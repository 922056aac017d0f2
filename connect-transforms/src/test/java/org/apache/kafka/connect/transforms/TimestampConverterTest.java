/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimestampConverterTest {

    /** 2020-01-02T03:04:05.678Z */
    private static final long MILLIS = 1577934245678L;

    private static final long MIDNIGHT = 1577923200000L;

    private static final long TIME_OF_DAY = 11045678L;

    private static final String FORMAT = "yyyy-MM-dd HH:mm:ss.SSS";

    private static final Schema DATE_SCHEMA = org.apache.kafka.connect.data.Date.SCHEMA;

    private static TimestampConverter<SinkRecord> converter(Object... keysAndValues) {
        return configure(new TimestampConverter.Value<>(), keysAndValues);
    }

    private static TimestampConverter<SinkRecord> configure(TimestampConverter<SinkRecord> transform,
                                                            Object... keysAndValues) {
        Map<String, Object> config = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        transform.configure(config);
        return transform;
    }

    private static SinkRecord valueRecord(Schema schema, Object value) {
        return new SinkRecord("t", 1, Schema.STRING_SCHEMA, "k", schema, value, 42L);
    }

    private static String rejection(Object... keysAndValues) {
        return assertThrows(ConfigException.class, () -> converter(keysAndValues)).getMessage();
    }

    private static String dataError(TimestampConverter<SinkRecord> converter, Schema schema, Object value) {
        return assertThrows(DataException.class, () -> converter.apply(valueRecord(schema, value))).getMessage();
    }

    @Test
    void configDefMatchesApacheKafka() {
        assertSame(TimestampConverter.CONFIG_DEF, new TimestampConverter.Key<SinkRecord>().config());
        Map<String, ConfigDef.ConfigKey> keys = TimestampConverter.CONFIG_DEF.configKeys();
        assertEquals(List.of("field", "target.type", "format", "unix.precision", "replace.null.with.default"),
                new ArrayList<>(keys.keySet()));
        assertEquals("", keys.get("field").defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, keys.get("field").importance);
        assertEquals("The field containing the timestamp, or empty if the entire value is a timestamp",
                keys.get("field").documentation);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, keys.get("target.type").defaultValue);
        assertEquals("[string, unix, Date, Time, Timestamp]", keys.get("target.type").validator.toString());
        assertEquals("The desired timestamp representation: string, unix, Date, Time, or Timestamp",
                keys.get("target.type").documentation);
        assertEquals("", keys.get("format").defaultValue);
        assertEquals(ConfigDef.Importance.MEDIUM, keys.get("format").importance);
        assertEquals("A SimpleDateFormat-compatible format for the timestamp. Used to generate the output when "
                + "type=string or used to parse the input if the input is a string.", keys.get("format").documentation);
        assertEquals("milliseconds", keys.get("unix.precision").defaultValue);
        assertEquals(ConfigDef.Importance.LOW, keys.get("unix.precision").importance);
        assertEquals("[nanoseconds, microseconds, milliseconds, seconds]",
                keys.get("unix.precision").validator.toString());
        assertEquals("The desired Unix precision for the timestamp: seconds, milliseconds, microseconds, or "
                + "nanoseconds. Used to generate the output when type=unix or used to parse the input if the input is "
                + "a Long.Note: This SMT will cause precision loss during conversions from, and to, values with "
                + "sub-millisecond components.", keys.get("unix.precision").documentation);
        assertEquals(true, keys.get("replace.null.with.default").defaultValue);
        assertEquals("Convert timestamps between different formats such as Unix epoch, strings, and Connect "
                + "Date/Timestamp types.Applies to individual fields or to the entire value.<p/>Use the concrete "
                + "transformation type designed for the record key "
                + "(<code>org.apache.kafka.connect.transforms.TimestampConverter$Key</code>) or value "
                + "(<code>org.apache.kafka.connect.transforms.TimestampConverter$Value</code>).",
                TimestampConverter.OVERVIEW_DOC);
    }

    @Test
    void optionalSchemaConstantsAreTheOptionalLogicalTypes() {
        assertEquals(org.apache.kafka.connect.data.Date.builder().optional().build(),
                TimestampConverter.OPTIONAL_DATE_SCHEMA);
        assertEquals(Time.builder().optional().build(), TimestampConverter.OPTIONAL_TIME_SCHEMA);
        assertEquals(Timestamp.builder().optional().build(), TimestampConverter.OPTIONAL_TIMESTAMP_SCHEMA);
    }

    @Test
    void targetTypeIsRequiredAndCaseSensitive() {
        assertEquals("Missing required configuration \"target.type\" which has no default value.", rejection());
        assertEquals("Invalid value STRING for configuration target.type: String must be one of: string, unix, Date, "
                + "Time, Timestamp", rejection("target.type", "STRING"));
        assertEquals("Invalid value null for configuration target.type: String must be one of: string, unix, Date, "
                + "Time, Timestamp", rejection("target.type", null));
    }

    @Test
    void stringTargetNeedsAFormat() {
        String expected = "TimestampConverter requires format option to be specified when using string timestamps";
        assertEquals(expected, rejection("target.type", "string"));
        assertEquals(expected, rejection("target.type", "string", "format", "  "));
        assertEquals(expected, rejection("target.type", "string", "format", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"string", "unix"})
    void anInvalidFormatIsRejectedWhateverTheTarget(String target) {
        assertEquals("Invalid value java.lang.IllegalArgumentException: Illegal pattern character 'q' for "
                + "configuration TimestampConverter requires a SimpleDateFormat-compatible pattern for string "
                + "timestamps: yyyy-MM-dd qq", rejection("target.type", target, "format", "yyyy-MM-dd qq"));
    }

    @Test
    void unixPrecisionMustBeKnown() {
        assertEquals("Invalid value minutes for configuration unix.precision: String must be one of: nanoseconds, "
                + "microseconds, milliseconds, seconds", rejection("target.type", "unix", "unix.precision", "minutes"));
    }

    /** Every source representation of 2020-01-02T03:04:05.678Z, converted to every target, with a schema. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "string, string, 2020-01-02 03:04:05.678", "unix, string, 2020-01-02 03:04:05.678",
        "Date, string, 2020-01-02 00:00:00.000", "Time, string, 1970-01-01 03:04:05.678",
        "Timestamp, string, 2020-01-02 03:04:05.678",
        "string, unix, 1577934245678", "Date, unix, 1577923200000", "Time, unix, 11045678",
        "string, Date, 1577923200000", "unix, Date, 1577923200000", "Time, Date, 0", "Timestamp, Date, 1577923200000",
        "string, Time, 11045678", "unix, Time, 11045678", "Date, Time, 0", "Timestamp, Time, 11045678",
        "string, Timestamp, 1577934245678", "unix, Timestamp, 1577934245678", "Date, Timestamp, 1577923200000",
        "Time, Timestamp, 11045678",
    })
    void convertsWholeValuesBetweenEveryRepresentation(String source, String target, String expected) {
        TimestampConverter<SinkRecord> converter = converter("target.type", target, "format", FORMAT);
        Object[] input = input(source);

        SinkRecord result = converter.apply(valueRecord((Schema) input[0], input[1]));

        assertSame(outputSchema(target, false), result.valueSchema());
        assertEquals(expected, describe(result.value()));
        SinkRecord schemaless = converter.apply(valueRecord(null, input[1]));
        assertNull(schemaless.valueSchema());
        // Schemaless java.util.Date values are read as Timestamps, which keeps these instants unchanged.
        assertEquals(expected, describe(schemaless.value()));
    }

    private static Object[] input(String type) {
        switch (type) {
            case "string": return new Object[] {Schema.STRING_SCHEMA, "2020-01-02 03:04:05.678"};
            case "unix": return new Object[] {Schema.INT64_SCHEMA, MILLIS};
            case "Date": return new Object[] {DATE_SCHEMA, new Date(MIDNIGHT)};
            case "Time": return new Object[] {Time.SCHEMA, new Date(TIME_OF_DAY)};
            default: return new Object[] {Timestamp.SCHEMA, new Date(MILLIS)};
        }
    }

    private static Schema outputSchema(String target, boolean optional) {
        switch (target) {
            case "string": return optional ? Schema.OPTIONAL_STRING_SCHEMA : Schema.STRING_SCHEMA;
            case "unix": return optional ? Schema.OPTIONAL_INT64_SCHEMA : Schema.INT64_SCHEMA;
            case "Date": return optional ? TimestampConverter.OPTIONAL_DATE_SCHEMA : DATE_SCHEMA;
            case "Time": return optional ? TimestampConverter.OPTIONAL_TIME_SCHEMA : Time.SCHEMA;
            default: return optional ? TimestampConverter.OPTIONAL_TIMESTAMP_SCHEMA : Timestamp.SCHEMA;
        }
    }

    private static String describe(Object value) {
        return value instanceof Date ? String.valueOf(((Date) value).getTime()) : String.valueOf(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"string", "unix", "Date", "Time", "Timestamp"})
    void nullWholeValuesStayNullWithTheOptionalityOfTheInputSchema(String target) {
        TimestampConverter<SinkRecord> converter = converter("target.type", target, "format", FORMAT);
        SinkRecord optional = converter.apply(valueRecord(TimestampConverter.OPTIONAL_TIMESTAMP_SCHEMA, null));
        assertSame(outputSchema(target, true), optional.valueSchema());
        assertNull(optional.value());
        SinkRecord defaulted = converter.apply(valueRecord(
                SchemaBuilder.string().optional().defaultValue("2021-01-01 00:00:00.000").build(), null));
        assertNull(defaulted.value(), "a whole-value default is not substituted");
        assertNull(converter.apply(valueRecord(null, null)).value());
    }

    @Test
    void logicalNamesDecideTheSourceTypeBeforeThePhysicalType() {
        TimestampConverter<SinkRecord> converter = converter("target.type", "unix");
        assertEquals(MILLIS, converter.apply(valueRecord(SchemaBuilder.int64().name("my.ts").build(), MILLIS)).value());
        assertEquals(MILLIS, converter.apply(valueRecord(SchemaBuilder.int32().name(Timestamp.LOGICAL_NAME).build(),
                new Date(MILLIS))).value());
    }

    @Test
    void unknownSchemasAreRejectedEvenForNullValues() {
        TimestampConverter<SinkRecord> converter = converter("target.type", "unix");
        String expected = "Schema Schema{INT32} does not correspond to a known timestamp type format";
        assertEquals(expected, dataError(converter, Schema.INT32_SCHEMA, 5));
        // Apache Kafka throws the ConnectException superclass here, so callers catching that still work.
        assertEquals(expected, assertThrows(ConnectException.class,
                () -> converter.apply(valueRecord(Schema.OPTIONAL_INT32_SCHEMA, null))).getMessage());
    }

    @Test
    void valuesThatDoNotMatchTheirSchemaAreRejected() {
        TimestampConverter<SinkRecord> converter = converter("target.type", "Timestamp", "format", FORMAT);
        assertEquals("Expected string timestamp to be a String, but found class java.lang.Long",
                dataError(converter, Schema.STRING_SCHEMA, 5L));
        assertEquals("Expected Unix timestamp to be a Long, but found class java.lang.String",
                dataError(converter, Schema.INT64_SCHEMA, "x"));
        assertEquals("Expected Timestamp to be a java.util.Date, but found class java.lang.Long",
                dataError(converter, Timestamp.SCHEMA, 5L));
        assertEquals("Expected Date to be a java.util.Date, but found class java.lang.String",
                dataError(converter, DATE_SCHEMA, "x"));
        assertEquals("Expected Time to be a java.util.Date, but found class java.lang.Integer",
                dataError(converter, Time.SCHEMA, 5));
    }

    @Test
    void unsupportedSchemalessValuesAreRejected() {
        TimestampConverter<SinkRecord> converter = converter("target.type", "string", "format", FORMAT);
        assertEquals("TimestampConverter does not support class java.lang.Integer objects as timestamps",
                dataError(converter, null, 5));
        assertEquals("TimestampConverter does not support class java.util.HashMap objects as timestamps",
                dataError(converter, null, new HashMap<>()));
    }

    @Test
    void unparseableStringsAreRejectedWithThePattern() {
        DataException e = assertThrows(DataException.class, () -> converter("target.type", "unix", "format", FORMAT)
                .apply(valueRecord(Schema.STRING_SCHEMA, "garbage")));
        assertEquals("Could not parse timestamp: value (garbage) does not match pattern (yyyy-MM-dd HH:mm:ss.SSS)",
                e.getMessage());
        assertInstanceOf(ParseException.class, e.getCause());
    }

    @Test
    void parsingIsLenientAndIgnoresTrailingText() {
        assertEquals(new Date(1577836800000L), converter("target.type", "Timestamp", "format", "yyyy")
                .apply(valueRecord(null, "2020xyz")).value());
        assertEquals(new Date(1613260800000L), converter("target.type", "Timestamp", "format", "yyyy-MM-dd")
                .apply(valueRecord(null, "2020-13-45")).value());
    }

    @Test
    void stringInputWithoutAConfiguredFormatIsRejected() {
        // Apache Kafka fails with a NullPointerException here.
        assertEquals("TimestampConverter requires format option to be specified when using string timestamps",
                dataError(converter("target.type", "unix"), Schema.STRING_SCHEMA, "2020"));
    }

    @Test
    void formattingIsInUtc() {
        assertEquals("2020-01-02T03:04:05.678Z UTC", converter("target.type", "string",
                "format", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX z").apply(valueRecord(null, MILLIS)).value());
    }

    @ParameterizedTest(name = "{0}: {1} ms -> {2}")
    @CsvSource({
        "seconds, 1577934245678, 1577934245", "seconds, -1500, -1",
        "milliseconds, 1577934245678, 1577934245678",
        "microseconds, 1577934245678, 1577934245678000", "microseconds, -1500, -1500000",
        "nanoseconds, 1577934245678, 1577934245678000000", "nanoseconds, -1500, -1500000000",
    })
    void unixOutputUsesThePrecision(String precision, long millis, long expected) {
        assertEquals(expected, converter("target.type", "unix", "unix.precision", precision)
                .apply(valueRecord(Timestamp.SCHEMA, new Date(millis))).value());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} ms")
    @CsvSource({
        "seconds, 1999, 1999000", "seconds, -1, -1000", "seconds, 9223372036854775807, 9223372036854775807",
        "microseconds, 1999, 1", "microseconds, -1500, -1", "microseconds, -1, 0",
        "nanoseconds, 1577934245678, 1577934", "nanoseconds, -1500, 0",
    })
    void unixInputUsesThePrecisionTruncatingAndSaturating(String precision, long unix, long expectedMillis) {
        assertEquals(new Date(expectedMillis), converter("target.type", "Timestamp", "unix.precision", precision)
                .apply(valueRecord(Schema.INT64_SCHEMA, unix)).value());
    }

    @Test
    void unixToUnixLosesSubMillisecondDigits() {
        assertEquals(1577934245000L, converter("target.type", "unix", "unix.precision", "microseconds")
                .apply(valueRecord(null, 1577934245678L)).value());
        assertEquals(9223372036854775L, converter("target.type", "unix", "unix.precision", "seconds")
                .apply(valueRecord(null, Long.MAX_VALUE)).value());
    }

    @Test
    void dateAndTimeRoundDownBeforeTheEpoch() {
        assertEquals(new Date(-86400000L), converter("target.type", "Date")
                .apply(valueRecord(Timestamp.SCHEMA, new Date(-1L))).value());
        assertEquals(new Date(-172800000L), converter("target.type", "Date")
                .apply(valueRecord(null, -86400001L)).value());
        assertEquals(new Date(86399999L), converter("target.type", "Time")
                .apply(valueRecord(Timestamp.SCHEMA, new Date(-1L))).value());
    }

    @Test
    void keyVariantConvertsTheKeyAndKeepsTheRest() {
        TimestampConverter<SinkRecord> converter = configure(new TimestampConverter.Key<>(), "target.type", "unix");
        SinkRecord record = new SinkRecord("t", 1, Timestamp.SCHEMA, new Date(MILLIS), Schema.STRING_SCHEMA, "v", 42L);
        record.headers().addString("h", "x");

        SinkRecord result = converter.apply(record);

        assertSame(Schema.INT64_SCHEMA, result.keySchema());
        assertEquals(MILLIS, result.key());
        assertEquals("v", result.value());
        assertEquals("x", result.headers().lastWithName("h").value());
        assertNull(converter.apply(new SinkRecord("t", 1, null, null, null, "v", 0L)).key());
    }

    @Test
    void sourceRecordsKeepTheirMetadata() {
        TimestampConverter.Value<SourceRecord> converter = new TimestampConverter.Value<>();
        converter.configure(Map.of("target.type", "Timestamp"));
        SourceRecord result = converter.apply(new SourceRecord(Map.of("a", 1), Map.of("b", 2), "t", 4,
                Schema.STRING_SCHEMA, "k", Schema.INT64_SCHEMA, MILLIS, 77L));
        assertEquals(new Date(MILLIS), result.value());
        assertEquals(Map.of("b", 2), result.sourceOffset());
        assertEquals(77L, result.timestamp());
    }

    // ---- one field of a struct or map ----

    private static final Schema STRUCT_SCHEMA = SchemaBuilder.struct().name("rec").version(2).doc("doc")
            .parameter("p", "q").optional()
            .field("id", Schema.INT32_SCHEMA)
            .field("ts", Schema.INT64_SCHEMA)
            .field("opt", Schema.OPTIONAL_INT64_SCHEMA)
            .field("def", SchemaBuilder.int64().optional().defaultValue(MILLIS).build())
            .field("other", SchemaBuilder.string().optional().defaultValue("od").build())
            .build();

    private static Struct struct() {
        return new Struct(STRUCT_SCHEMA).put("id", 1).put("ts", MILLIS);
    }

    private static Schema expectedStructSchema(String convertedField, Schema convertedSchema) {
        SchemaBuilder builder = SchemaBuilder.struct().name("rec").version(2).doc("doc").parameter("p", "q").optional();
        for (org.apache.kafka.connect.data.Field field : STRUCT_SCHEMA.fields()) {
            builder.field(field.name(), field.name().equals(convertedField) ? convertedSchema : field.schema());
        }
        return builder.build();
    }

    @Test
    void convertsOneStructFieldKeepingTheSchemaMetadata() {
        TimestampConverter<SinkRecord> converter = converter("field", "ts", "target.type", "string",
                "format", "yyyy-MM-dd");

        SinkRecord result = converter.apply(valueRecord(STRUCT_SCHEMA, struct()));

        Schema expected = expectedStructSchema("ts", Schema.STRING_SCHEMA);
        assertEquals(expected, result.valueSchema());
        Struct value = (Struct) result.value();
        assertEquals("2020-01-02", value.get("ts"));
        assertEquals(1, value.get("id"));
        assertEquals(MILLIS, value.getWithoutDefault("def"), "other fields get their defaults filled in");
        assertEquals("od", value.getWithoutDefault("other"));
        assertSame(result.valueSchema(), converter.apply(valueRecord(STRUCT_SCHEMA, struct())).valueSchema());
    }

    @Test
    void nullFieldsTakeTheirDefaultBeforeConversionUnlessDisabled() {
        Schema expected = expectedStructSchema("def", Schema.OPTIONAL_STRING_SCHEMA);
        SinkRecord withDefaults = converter("field", "def", "target.type", "string", "format", "yyyy-MM-dd")
                .apply(valueRecord(STRUCT_SCHEMA, struct()));
        assertEquals(expected, withDefaults.valueSchema());
        assertEquals("2020-01-02", ((Struct) withDefaults.value()).get("def"));

        SinkRecord withoutDefaults = converter("field", "def", "target.type", "string", "format", "yyyy-MM-dd",
                "replace.null.with.default", false).apply(valueRecord(STRUCT_SCHEMA, struct()));
        Struct value = (Struct) withoutDefaults.value();
        assertNull(value.getWithoutDefault("def"));
        assertNull(value.getWithoutDefault("other"));
    }

    @Test
    void nullOptionalFieldStaysNull() {
        SinkRecord result = converter("field", "opt", "target.type", "Timestamp")
                .apply(valueRecord(STRUCT_SCHEMA, struct()));
        assertEquals(expectedStructSchema("opt", TimestampConverter.OPTIONAL_TIMESTAMP_SCHEMA), result.valueSchema());
        assertNull(((Struct) result.value()).get("opt"));
    }

    @Test
    void nullStructGetsTheConvertedSchemaWithoutInspectingTheField() {
        Schema badField = SchemaBuilder.struct().optional().field("ts", Schema.INT32_SCHEMA).build();
        SinkRecord result = converter("field", "ts", "target.type", "unix").apply(valueRecord(badField, null));
        assertEquals(SchemaBuilder.struct().optional().field("ts", Schema.INT64_SCHEMA).build(), result.valueSchema());
        assertNull(result.value());
    }

    @Test
    void missingStructFieldLeavesTheStructAsItIs() {
        SinkRecord result = converter("field", "missing", "target.type", "unix")
                .apply(valueRecord(STRUCT_SCHEMA, struct()));
        assertEquals(STRUCT_SCHEMA, result.valueSchema());
        assertEquals(MILLIS, ((Struct) result.value()).get("ts"));
    }

    @Test
    void fieldNamesAreNotPaths() {
        Schema nested = SchemaBuilder.struct().field("n", STRUCT_SCHEMA).build();
        Struct value = new Struct(nested).put("n", struct());
        SinkRecord result = converter("field", "n.ts", "target.type", "Timestamp").apply(valueRecord(nested, value));
        assertEquals(MILLIS, ((Struct) result.value()).getStruct("n").get("ts"));
    }

    @Test
    void structFieldOfAnUnknownTypeIsRejected() {
        assertEquals("Schema Schema{INT32} does not correspond to a known timestamp type format",
                dataError(converter("field", "id", "target.type", "unix"), STRUCT_SCHEMA, struct()));
    }

    @Test
    void fieldModeNeedsAStructOrAMap() {
        TimestampConverter<SinkRecord> converter = converter("field", "ts", "target.type", "Timestamp");
        assertEquals("Only Struct objects supported for [converting timestamp formats], found: java.lang.String",
                dataError(converter, Schema.STRING_SCHEMA, "x"));
        assertEquals("Only Struct objects supported for [converting timestamp formats], found: java.util.HashMap",
                dataError(converter, STRUCT_SCHEMA, new HashMap<>()));
        assertEquals("Only Map objects supported in absence of schema for [converting timestamp formats], found: "
                + "java.lang.String", dataError(converter, null, "x"));
        assertNull(converter.apply(valueRecord(null, null)).value());
    }

    @Test
    void convertsOneMapFieldInACopy() {
        Map<String, Object> map = new HashMap<>(Map.of("id", 1, "ts", MILLIS));

        SinkRecord result = converter("field", "ts", "target.type", "Timestamp").apply(valueRecord(null, map));

        assertEquals(Map.of("id", 1, "ts", new Date(MILLIS)), result.value());
        assertEquals(MILLIS, map.get("ts"));
        assertNull(result.valueSchema());
    }

    @Test
    void missingMapFieldIsAddedAsNull() {
        Map<String, Object> result = castMap(converter("field", "ts", "target.type", "unix")
                .apply(valueRecord(null, Map.of("id", 1))).value());
        assertEquals(2, result.size());
        assertNull(result.get("ts"));
    }

    @Test
    void mapFieldOfAnUnsupportedClassIsRejected() {
        assertEquals("TimestampConverter does not support class java.lang.Integer objects as timestamps",
                dataError(converter("field", "id", "target.type", "unix"), null, Map.of("id", 1)));
    }

    @Test
    void keyVariantConvertsAKeyField() {
        Schema keySchema = SchemaBuilder.struct().field("ts", Timestamp.SCHEMA).build();
        TimestampConverter<SinkRecord> converter = configure(new TimestampConverter.Key<>(), "field", "ts",
                "target.type", "unix", "unix.precision", "seconds");
        SinkRecord result = converter.apply(new SinkRecord("t", 0, keySchema,
                new Struct(keySchema).put("ts", new Date(MILLIS)), null, "v", 0L));
        assertEquals(1577934245L, ((Struct) result.key()).get("ts"));
        assertEquals(Map.of("ts", 1577934245L), converter.apply(new SinkRecord("t", 0, null,
                Map.of("ts", new Date(MILLIS)), null, "v", 0L)).key());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", new TimestampConverter.Value<SinkRecord>().version());
    }
}
