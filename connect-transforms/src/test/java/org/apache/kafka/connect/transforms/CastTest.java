/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.connect.transforms.FieldTransformFixtures.REPLACE_NULL_DOC;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigError;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigKey;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.configured;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sinkRecord;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sourceRecord;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cast's config and field-by-field casts of structs and maps; {@link CastValueTest} covers the conversions. */
class CastTest {

    private static Cast.Value<SourceRecord> castValue(String spec) {
        return configured(new Cast.Value<>(), Map.of("spec", spec));
    }

    private static void assertSpecRejected(String spec, String expectedMessage) {
        assertConfigError(expectedMessage, () -> castValue(spec));
    }

    @Test
    void configDefMatchesApache() {
        ConfigDef def = new Cast.Value<SourceRecord>().config();
        assertSame(Cast.CONFIG_DEF, def);
        assertEquals(List.of("spec", "replace.null.with.default"), List.copyOf(def.configKeys().keySet()));
        assertConfigKey(def, "spec", ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH,
                "list of colon-delimited pairs, e.g. <code>foo:bar,abc:xyz</code>",
                "List of fields and the type to cast them to of the form field1:type,field2:type to cast fields of "
                        + "Maps or Structs. A single type to cast the entire value. Valid types are int8, int16, int32, "
                        + "int64, float32, float64, boolean, and string. Note that binary fields can only be cast to "
                        + "string.");
        assertConfigKey(def, "replace.null.with.default", ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                null, REPLACE_NULL_DOC);
        assertEquals("spec", Cast.SPEC_CONFIG);
        assertEquals("replace.null.with.default", Cast.REPLACE_NULL_WITH_DEFAULT_CONFIG);
        assertTrue(Cast.OVERVIEW_DOC.endsWith("record key (<code>org.apache.kafka.connect.transforms.Cast$Key</code>) "
                + "or value (<code>org.apache.kafka.connect.transforms.Cast$Value</code>)."));
    }

    @Test
    void acceptsFieldSpecsAndSingleWholeValueTypesInAnyCase() {
        for (String spec : List.of("int8", "INT8", "Int8", "string", "foo:int8", "foo:INT8", "  foo : int8 ",
                "foo:int8,bar:string", "foo:int8,foo:int16", ":int8", "foo:string:", "int8:",
                "a:boolean,b:float32,c:float64,d:int64,e:int32")) {
            assertDoesNotThrow(() -> castValue(spec), spec);
        }
    }

    @Test
    void anEmptySpecIsRejected() {
        assertSpecRejected("", "Must specify at least one field to cast.");
        assertSpecRejected(" ", "Must specify at least one field to cast.");
        assertConfigError("Missing required configuration \"spec\" which has no default value.",
                () -> configured(new Cast.Value<SourceRecord>(), Map.of()));
    }

    @Test
    void unknownTypesAreRejectedWithTheEnumError() {
        assertSpecRejected("foo:bar", "Invalid value java.lang.IllegalArgumentException: No enum constant "
                + "org.apache.kafka.connect.data.Schema.Type.BAR for configuration Invalid type found in casting spec: bar");
        assertSpecRejected("foo", "Invalid value java.lang.IllegalArgumentException: No enum constant "
                + "org.apache.kafka.connect.data.Schema.Type.FOO for configuration Invalid type found in casting spec: foo");
        // "foo:" splits to just "foo", which is then read as a whole-value type.
        assertSpecRejected("foo:", "Invalid value java.lang.IllegalArgumentException: No enum constant "
                + "org.apache.kafka.connect.data.Schema.Type.FOO for configuration Invalid type found in casting spec: foo");
        assertSpecRejected("foo: bar ", "Invalid value java.lang.IllegalArgumentException: No enum constant "
                + "org.apache.kafka.connect.data.Schema.Type.BAR for configuration Invalid type found in casting spec: bar");
        assertSpecRejected("foo:int8,", "Invalid value java.lang.IllegalArgumentException: No enum constant "
                + "org.apache.kafka.connect.data.Schema.Type. for configuration Invalid type found in casting spec: ");
    }

    @Test
    void onlyPrimitiveTargetTypesAreAccepted() {
        String supported = "; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING]";
        assertSpecRejected("bytes", "Cast transformation does not support casting to BYTES" + supported);
        assertSpecRejected("foo:bytes", "Cast transformation does not support casting to BYTES" + supported);
        assertSpecRejected("array", "Cast transformation does not support casting to ARRAY" + supported);
        assertSpecRejected("foo:struct", "Cast transformation does not support casting to STRUCT" + supported);
        // Every entry is checked before the whole-value rule below.
        assertSpecRejected("int8,foo:bytes", "Cast transformation does not support casting to BYTES" + supported);
    }

    @Test
    void aWholeValueTypeMustBeTheOnlyEntry() {
        String message = "Cast transformations that specify a type to cast the entire value to may only specify a "
                + "single cast in their spec";
        assertSpecRejected("foo:int8,int16", message);
        assertSpecRejected("int16,foo:int8", message);
        assertSpecRejected("int16,int32", message);
    }

    @Test
    void moreThanOneColonIsReportedAsAnInvalidRenameMapping() {
        assertSpecRejected("foo:int8:x", "Invalid value [foo:int8:x] for configuration renames: "
                + "Invalid rename mapping: foo:int8:x");
        assertSpecRejected("x:int8,foo:int8:x", "Invalid value [x:int8, foo:int8:x] for configuration renames: "
                + "Invalid rename mapping: foo:int8:x");
        assertSpecRejected("a::int8", "Invalid value [a::int8] for configuration renames: "
                + "Invalid rename mapping: a::int8");
    }

    private static List<String> specErrors(Map<String, String> props) {
        return Cast.CONFIG_DEF.validate(props).stream().filter(v -> v.name().equals("spec")).findFirst()
                .map(ConfigValue::errorMessages).orElseThrow();
    }

    @Test
    void validateReportsSpecErrorsLikeConfigure() {
        assertEquals(List.of("Missing required configuration \"spec\" which has no default value.",
                "Must specify at least one field to cast."), specErrors(Map.of()));
        assertEquals(List.of("Invalid value java.lang.IllegalArgumentException: No enum constant "
                + "org.apache.kafka.connect.data.Schema.Type.BAR for configuration Invalid type found in casting spec: "
                + "bar"), specErrors(Map.of("spec", "foo:bar")));
        assertEquals(List.of(), specErrors(Map.of("spec", "foo:int8")));
    }

    private static final Schema NESTED = SchemaBuilder.struct().field("x", Schema.INT32_SCHEMA).build();
    private static final Schema RECORD = SchemaBuilder.struct().name("rec").version(4).doc("the doc")
            .parameter("pk", "pv")
            .field("i8", Schema.INT8_SCHEMA)
            .field("i32", Schema.INT32_SCHEMA)
            .field("f64", Schema.FLOAT64_SCHEMA)
            .field("bool", Schema.BOOLEAN_SCHEMA)
            .field("str", Schema.STRING_SCHEMA)
            .field("bytes", Schema.BYTES_SCHEMA)
            .field("optnull", Schema.OPTIONAL_INT32_SCHEMA)
            .field("defnull", SchemaBuilder.int32().optional().defaultValue(42).build())
            .field("reqdef", SchemaBuilder.int64().defaultValue(7L).build())
            .field("dec", Decimal.schema(2))
            .field("date", org.apache.kafka.connect.data.Date.SCHEMA)
            .field("ts", Timestamp.SCHEMA)
            .field("nested", NESTED)
            .field("named", SchemaBuilder.int16().name("named.short").doc("nd").build())
            .build();

    private static Struct recordValue() {
        return new Struct(RECORD).put("i8", (byte) 1).put("i32", 300).put("f64", 2.5).put("bool", true)
                .put("str", "17").put("bytes", new byte[]{1, 2}).put("dec", new BigDecimal("1.50"))
                .put("date", new java.util.Date(86400000L)).put("ts", new java.util.Date(1000L))
                .put("nested", new Struct(NESTED).put("x", 1)).put("named", (short) 5);
    }

    private static SourceRecord castStruct(String spec) {
        return castValue(spec).apply(sourceRecord(RECORD, recordValue()));
    }

    @Test
    void castsOnlyTheNamedStructFields() {
        SourceRecord result = castStruct("i32:int8,f64:int32,bool:string,str:int64");

        Struct value = (Struct) result.value();
        assertEquals((byte) 44, value.get("i32"));
        assertEquals(2, value.get("f64"));
        assertEquals("true", value.get("bool"));
        assertEquals(17L, value.get("str"));
        assertEquals((byte) 1, value.get("i8"));
        assertEquals(new BigDecimal("1.50"), value.get("dec"));
        Schema schema = result.valueSchema();
        assertEquals(Schema.INT8_SCHEMA, schema.field("i32").schema());
        assertEquals(Schema.STRING_SCHEMA, schema.field("bool").schema());
        assertSame(RECORD.field("dec").schema(), schema.field("dec").schema());
    }

    @Test
    void theStructSchemaKeepsItsNameButCastFieldsLoseTheirs() {
        Schema schema = castStruct("named:int64,dec:float64,date:int32,ts:string").valueSchema();

        assertEquals("rec", schema.name());
        assertEquals(4, schema.version());
        assertEquals("the doc", schema.doc());
        assertEquals(Map.of("pk", "pv"), schema.parameters());
        assertEquals(Schema.INT64_SCHEMA, schema.field("named").schema());
        assertEquals(Schema.FLOAT64_SCHEMA, schema.field("dec").schema());
        assertEquals(Schema.INT32_SCHEMA, schema.field("date").schema());
        assertEquals(Schema.STRING_SCHEMA, schema.field("ts").schema());
    }

    @Test
    void logicalFieldsAreCastFromTheirEncodingOrFormattedAsText() {
        Struct value = (Struct) castStruct("dec:float64,date:int32,ts:string").value();
        assertEquals(1.5, value.get("dec"));
        assertEquals(1, value.get("date"));
        assertEquals("00:00:01.000Z", value.get("ts"));
        assertEquals("1970-01-02", ((Struct) castStruct("date:string").value()).get("date"));
        assertEquals("1.50", ((Struct) castStruct("dec:string").value()).get("dec"));
        assertEquals("AQI=", ((Struct) castStruct("bytes:string").value()).get("bytes"));
    }

    @Test
    void optionalityAndDefaultsCarryOverToCastFields() {
        SourceRecord result = castStruct("optnull:string,defnull:string,reqdef:int32");

        Schema schema = result.valueSchema();
        assertEquals(SchemaBuilder.string().optional().build(), schema.field("optnull").schema());
        assertEquals(SchemaBuilder.string().optional().defaultValue("42").build(), schema.field("defnull").schema());
        assertEquals(SchemaBuilder.int32().defaultValue(7).build(), schema.field("reqdef").schema());
        Struct value = (Struct) result.value();
        assertNull(value.getWithoutDefault("optnull"));
        assertEquals("42", value.getWithoutDefault("defnull"));
        assertEquals(7, value.getWithoutDefault("reqdef"));
    }

    @Test
    void withoutDefaultReplacementNullsStayNullAndRequiredFieldsFail() {
        Schema optionalOnly = SchemaBuilder.struct()
                .field("a", SchemaBuilder.float64().optional().defaultValue(1.5).build())
                .field("c", Schema.OPTIONAL_STRING_SCHEMA).build();
        Cast.Value<SourceRecord> cast = configured(new Cast.Value<>(),
                Map.of("spec", "a:string", "replace.null.with.default", false));
        Struct value = (Struct) cast.apply(sourceRecord(optionalOnly, new Struct(optionalOnly))).value();
        assertNull(value.getWithoutDefault("a"));
        Struct withDefaults = (Struct) castValue("a:string").apply(sourceRecord(optionalOnly, new Struct(optionalOnly)))
                .value();
        assertEquals("1.5", withDefaults.getWithoutDefault("a"));

        Cast.Value<SourceRecord> strict = configured(new Cast.Value<>(),
                Map.of("spec", "i8:string", "replace.null.with.default", false));
        DataException e = assertThrows(DataException.class, () -> strict.apply(sourceRecord(RECORD, recordValue())));
        assertEquals("Invalid value: null used for required field: \"reqdef\", schema type: INT64", e.getMessage());
    }

    @Test
    void fieldsOfUnsupportedTypesFailWhenTheRecordArrives() {
        String supported = "; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES]";
        DataException nested = assertThrows(DataException.class, () -> castStruct("nested:string"));
        assertEquals("Cast transformation does not support casting from STRUCT" + supported, nested.getMessage());
        DataException bytes = assertThrows(DataException.class, () -> castStruct("bytes:int8"));
        assertEquals("Unexpected type in Cast transformation: class [B", bytes.getMessage());
    }

    @Test
    void specFieldsMissingFromTheStructAreIgnored() {
        SourceRecord result = castStruct("missing:int8");
        assertEquals(RECORD.fields(), result.valueSchema().fields());
        assertNotSame(RECORD, result.valueSchema());
    }

    @Test
    void updatedSchemasAreCachedPerInputSchema() {
        Cast.Value<SourceRecord> cast = castValue("i8:string");
        Schema first = cast.apply(sourceRecord(RECORD, recordValue())).valueSchema();
        assertSame(first, cast.apply(sourceRecord(RECORD, recordValue())).valueSchema());
    }

    @Test
    void recordsOfTheWrongShapeAreRejected() {
        DataException notStruct = assertThrows(DataException.class,
                () -> castValue("a:int8").apply(sourceRecord(Schema.INT32_SCHEMA, 5)));
        assertEquals("Cannot list fields on non-struct type", notStruct.getMessage());
        DataException mapWithSchema = assertThrows(DataException.class,
                () -> castValue("i8:int16").apply(sourceRecord(RECORD, Map.of("i8", 1))));
        assertEquals("Only Struct objects supported for [cast types], found: java.util.ImmutableCollections$Map1",
                mapWithSchema.getMessage());
        DataException notMap = assertThrows(DataException.class,
                () -> castValue("a:int8").apply(sourceRecord(null, 5)));
        assertEquals("Only Map objects supported in absence of schema for [cast types], found: java.lang.Integer",
                notMap.getMessage());
        Schema other = SchemaBuilder.struct().field("z", Schema.INT32_SCHEMA).build();
        DataException mismatch = assertThrows(DataException.class,
                () -> castValue("z:int8").apply(sourceRecord(RECORD, new Struct(other).put("z", 1))));
        assertEquals("field cannot be null.", mismatch.getMessage());
    }

    @Test
    void nullValuesPassThroughUntouched() {
        SourceRecord tombstone = sourceRecord(RECORD, null);
        assertSame(tombstone, castValue("i8:int16").apply(tombstone));
        SourceRecord schemaless = sourceRecord(null, null);
        assertSame(schemaless, castValue("a:int8").apply(schemaless));
        Schema optional = SchemaBuilder.struct().optional().field("a", Schema.INT32_SCHEMA).build();
        SourceRecord optionalNull = sourceRecord(optional, null);
        assertSame(optionalNull, castValue("a:int16").apply(optionalNull));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "i:string, 5",
        "s:float32, 3.5",
        "keep:boolean, false",
        "b:string, AQ==",
    })
    void castsMapEntriesAndLeavesTheRest(String spec, String expected) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("i", 5);
        value.put("s", "3.5");
        value.put("b", new byte[]{1});
        value.put("keep", "k");
        value.put("n", null);

        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) castValue(spec).apply(sourceRecord(null, value)).value();

        String field = spec.substring(0, spec.indexOf(':'));
        assertEquals(expected, String.valueOf(result.get(field)));
        assertEquals(HashMap.class, result.getClass());
        assertEquals(5, value.get("i"));
        assertTrue(result.containsKey("n"));
        assertNull(result.get("n"));
    }

    @Test
    void mapCastsInsertNullForMissingKeysAndLetTheLastEntryWin() {
        Map<String, Object> value = new HashMap<>(Map.of("i", 5));
        Map<?, ?> missing = (Map<?, ?>) castValue("missing:int8").apply(sourceRecord(null, value)).value();
        assertTrue(missing.containsKey("missing"));
        assertNull(missing.get("missing"));
        Map<?, ?> twice = (Map<?, ?>) castValue("i:int8,i:string").apply(sourceRecord(null, value)).value();
        assertEquals("5", twice.get("i"));
        Map<String, Object> spaced = new HashMap<>(Map.of("i ", 5, "i", 6));
        Map<?, ?> trimmed = (Map<?, ?>) castValue("i :string").apply(sourceRecord(null, spaced)).value();
        assertEquals("6", trimmed.get("i"));
        assertEquals(5, trimmed.get("i "));
    }

    @Test
    void mapEntriesOfUnsupportedTypesFail() {
        Map<String, Object> value = new HashMap<>();
        value.put("l", List.of(1));
        value.put("bd", new BigDecimal("1.5"));
        DataException list = assertThrows(DataException.class,
                () -> castValue("l:string").apply(sourceRecord(null, value)));
        assertEquals("Cast transformation does not support casting from ARRAY; supported types are [INT8, INT16, "
                + "INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES]", list.getMessage());
        DataException decimal = assertThrows(DataException.class,
                () -> castValue("bd:int8").apply(sourceRecord(null, value)));
        assertEquals("Cast transformation was passed a value of type class java.math.BigDecimal which is not "
                + "supported by Connect's data API", decimal.getMessage());
    }

    @Test
    void keyVariantCastsTheKeyAndKeepsTheValue() {
        Schema optional = SchemaBuilder.struct().optional().field("a", Schema.INT32_SCHEMA).build();
        SinkRecord record = sinkRecord(optional, new Struct(optional).put("a", 3), Schema.STRING_SCHEMA, "v");

        SinkRecord result = configured(new Cast.Key<SinkRecord>(), Map.of("spec", "a:string")).apply(record);

        assertTrue(result.keySchema().isOptional());
        assertEquals("3", ((Struct) result.key()).get("a"));
        assertEquals("v", result.value());
        assertEquals(42L, result.kafkaOffset());
        assertFalse(result.valueSchema().isOptional());
    }

    @Test
    void reportsTheKafkaVersionAndKeepsWorkingAfterClose() {
        Cast.Value<SourceRecord> cast = castValue("i8:string");
        assertEquals("4.3.1", cast.version());
        cast.close();
        assertEquals("1", ((Struct) cast.apply(sourceRecord(RECORD, recordValue())).value()).get("i8"));
    }
}
