/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.apache.kafka.connect.transforms.FieldTransformFixtures.REPLACE_NULL_DOC;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigError;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigKey;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.configured;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sinkRecord;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sourceRecord;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskFieldTest {

    private static final Schema SCHEMA = SchemaBuilder.struct().name("m")
            .field("i8", Schema.INT8_SCHEMA).field("i16", Schema.INT16_SCHEMA).field("i32", Schema.INT32_SCHEMA)
            .field("i64", Schema.INT64_SCHEMA).field("f32", Schema.FLOAT32_SCHEMA).field("f64", Schema.FLOAT64_SCHEMA)
            .field("bool", Schema.BOOLEAN_SCHEMA).field("str", Schema.STRING_SCHEMA).field("bytes", Schema.BYTES_SCHEMA)
            .field("dec", Decimal.schema(2)).field("ts", Timestamp.SCHEMA)
            .field("arr", SchemaBuilder.array(Schema.INT32_SCHEMA).build())
            .field("map", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build())
            .field("opt", Schema.OPTIONAL_STRING_SCHEMA)
            .field("optdef", SchemaBuilder.int32().optional().defaultValue(7).build())
            .build();

    private static Struct value() {
        return new Struct(SCHEMA).put("i8", (byte) 1).put("i16", (short) 2).put("i32", 3).put("i64", 4L)
                .put("f32", 5f).put("f64", 6d).put("bool", true).put("str", "secret").put("bytes", new byte[]{1, 2})
                .put("dec", new BigDecimal("9.99")).put("ts", new Date(1234)).put("arr", List.of(1, 2))
                .put("map", Map.of("k", 1));
    }

    private static Object maskStructField(String field, Map<String, String> extra) {
        Map<String, String> props = new HashMap<>(extra);
        props.put("fields", field);
        MaskField.Value<SourceRecord> mask = configured(new MaskField.Value<>(), props);
        SourceRecord result = mask.apply(sourceRecord(SCHEMA, value()));
        assertSame(SCHEMA, result.valueSchema());
        return ((Struct) result.value()).getWithoutDefault(field);
    }

    private static Object maskStructField(String field) {
        return maskStructField(field, Map.of());
    }

    private static Object masked(String field, String replacement, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(field, value);
        Map<String, String> props = replacement == null ? Map.of("fields", field)
                : Map.of("fields", field, "replacement", replacement);
        MaskField.Value<SourceRecord> mask = configured(new MaskField.Value<>(), props);
        return ((Map<?, ?>) mask.apply(sourceRecord(null, map)).value()).get(field);
    }

    @Test
    void configDefMatchesApache() {
        ConfigDef def = new MaskField.Value<SourceRecord>().config();
        assertSame(MaskField.CONFIG_DEF, def);
        assertEquals(List.of("fields", "replacement", "replace.null.with.default"),
                List.copyOf(def.configKeys().keySet()));
        assertConfigKey(def, "fields", ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH, "",
                "Names of fields to mask.");
        assertConfigKey(def, "replacement", ConfigDef.Type.STRING, null, ConfigDef.Importance.LOW, "non-empty string",
                "Custom value replacement, that will be applied to all 'fields' values (numeric or non-empty string "
                        + "values only).");
        assertConfigKey(def, "replace.null.with.default", ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                null, REPLACE_NULL_DOC);
    }

    @Test
    void configErrorsNameTheKey() {
        assertConfigError("Missing required configuration \"fields\" which has no default value.",
                () -> configured(new MaskField.Value<SourceRecord>(), Map.of()));
        assertConfigError("Configuration 'fields' must not be empty. Valid values include: any non-empty value",
                () -> configured(new MaskField.Value<SourceRecord>(), Map.of("fields", "")));
        assertConfigError("Configuration 'fields' values must not be empty.",
                () -> configured(new MaskField.Value<SourceRecord>(), Map.of("fields", "a,")));
        assertConfigError("Invalid value  for configuration replacement: String must be non-empty",
                () -> configured(new MaskField.Value<SourceRecord>(), Map.of("fields", "a", "replacement", " ")));
        assertDoesNotThrow(() -> configured(new MaskField.Value<SourceRecord>(), Map.of("fields", "a,a")));
    }

    @Test
    void masksEachTypeWithItsEmptyValue() {
        assertEquals((byte) 0, maskStructField("i8"));
        assertEquals((short) 0, maskStructField("i16"));
        assertEquals(0, maskStructField("i32"));
        assertEquals(0L, maskStructField("i64"));
        assertEquals(0f, maskStructField("f32"));
        assertEquals(0d, maskStructField("f64"));
        assertEquals(false, maskStructField("bool"));
        assertEquals("", maskStructField("str"));
        assertEquals(BigDecimal.ZERO, maskStructField("dec"));
        assertEquals(new Date(0), maskStructField("ts"));
        assertEquals(new ArrayList<>(), maskStructField("arr"));
        assertEquals(new HashMap<>(), maskStructField("map"));
        assertEquals(BigInteger.ZERO, masked("bi", null, BigInteger.TEN));
    }

    @Test
    void valuesOfOtherTypesCannotBeMasked() {
        DataException bytes = assertThrows(DataException.class, () -> maskStructField("bytes"));
        assertEquals("Cannot mask value of type: class [B", bytes.getMessage());
        DataException sqlTimestamp = assertThrows(DataException.class,
                () -> masked("x", null, new java.sql.Timestamp(5)));
        assertEquals("Cannot mask value of type: class java.sql.Timestamp", sqlTimestamp.getMessage());
        DataException set = assertThrows(DataException.class, () -> masked("x", null, Set.of(1)));
        assertEquals("Cannot mask value of type: class java.util.ImmutableCollections$Set12", set.getMessage());
    }

    @Test
    void anyListOrMapBecomesAnEmptyArrayListOrHashMap() {
        assertEquals(ArrayList.class, masked("x", null, new LinkedList<>(List.of(1))).getClass());
        assertEquals(HashMap.class, masked("x", null, new TreeMap<>(Map.of("a", 1))).getClass());
    }

    @Test
    void numericReplacementsAreParsedAsDecimalsAndNarrowed() {
        assertEquals((byte) 123, maskStructField("i8", Map.of("replacement", "123")));
        assertEquals((byte) 1, maskStructField("i8", Map.of("replacement", "1.5")));
        assertEquals((byte) -1, maskStructField("i8", Map.of("replacement", "99999999999")));
        assertEquals((short) -6145, maskStructField("i16", Map.of("replacement", "99999999999")));
        assertEquals(1215752191, maskStructField("i32", Map.of("replacement", "99999999999")));
        assertEquals(99999999999L, maskStructField("i64", Map.of("replacement", "99999999999")));
        assertEquals(9.9999998E10f, maskStructField("f32", Map.of("replacement", "99999999999")));
        assertEquals(-7d, maskStructField("f64", Map.of("replacement", "-7")));
        assertEquals(new BigDecimal("1.5"), maskStructField("dec", Map.of("replacement", "1.5")));
        assertEquals(new BigInteger("123"), masked("bi", "123", BigInteger.TEN));
        assertEquals("2020-01-01", maskStructField("str", Map.of("replacement", "2020-01-01")));
    }

    @Test
    void unparseableReplacementsAreDataErrors() {
        DataException number = assertThrows(DataException.class,
                () -> maskStructField("i32", Map.of("replacement", "abc")));
        assertEquals("Unable to convert abc (class java.lang.String) to a number", number.getMessage());
        assertEquals("Character a is neither a decimal digit number, decimal point, nor \"e\" notation exponential "
                + "mark.", number.getCause().getMessage());
        DataException decimal = assertThrows(DataException.class,
                () -> maskStructField("dec", Map.of("replacement", "abc")));
        assertEquals("Unable to convert abc (class java.lang.String) to number", decimal.getMessage());
        DataException integer = assertThrows(DataException.class, () -> masked("bi", "1.5", BigInteger.TEN));
        assertEquals("Unable to convert 1.5 (class java.lang.String) to number", integer.getMessage());
        assertEquals("For input string: \"1.5\"", integer.getCause().getMessage());
    }

    @Test
    void replacementsOnlyApplyToNumbersAndStrings() {
        for (String field : List.of("bool", "bytes", "ts", "arr", "map")) {
            DataException e = assertThrows(DataException.class,
                    () -> maskStructField(field, Map.of("replacement", "123")), field);
            assertTrue(e.getMessage().startsWith("Cannot mask value of type class "), e.getMessage());
            assertTrue(e.getMessage().endsWith(" with custom replacement."), e.getMessage());
        }
        DataException bool = assertThrows(DataException.class,
                () -> maskStructField("bool", Map.of("replacement", "true")));
        assertEquals("Cannot mask value of type class java.lang.Boolean with custom replacement.", bool.getMessage());
    }

    @Test
    void nullsStayNullAndDefaultsAreMaskedUnlessDisabled() {
        assertNull(maskStructField("opt"));
        assertNull(maskStructField("opt", Map.of("replacement", "123")));
        assertEquals(0, maskStructField("optdef"));
        assertEquals(123, maskStructField("optdef", Map.of("replacement", "123")));
        assertNull(maskStructField("optdef", Map.of("replace.null.with.default", "false")));
        MaskField.Value<SourceRecord> other = configured(new MaskField.Value<>(),
                Map.of("fields", "i32", "replace.null.with.default", "false"));
        assertNull(((Struct) other.apply(sourceRecord(SCHEMA, value())).value()).getWithoutDefault("optdef"));
        assertEquals(7, ((Struct) configured(new MaskField.Value<SourceRecord>(), Map.of("fields", "i32"))
                .apply(sourceRecord(SCHEMA, value())).value()).getWithoutDefault("optdef"));
    }

    @Test
    void unmaskedFieldsAreCopiedAndUnknownStructFieldsIgnored() {
        MaskField.Value<SourceRecord> mask = configured(new MaskField.Value<>(), Map.of("fields", "i32,str,missing"));
        Struct result = (Struct) mask.apply(sourceRecord(SCHEMA, value())).value();
        assertEquals(0, result.get("i32"));
        assertEquals("", result.get("str"));
        assertEquals((byte) 1, result.get("i8"));
    }

    @Test
    void schemalessMasksACopyAndAddsNullForMissingKeys() {
        Map<String, Object> original = new HashMap<>(Map.of("s", "secret", "keep", 1));
        MaskField.Value<SourceRecord> mask = configured(new MaskField.Value<>(), Map.of("fields", "s,missing"));
        Map<?, ?> result = (Map<?, ?>) mask.apply(sourceRecord(null, original)).value();
        assertEquals("", result.get("s"));
        assertEquals(1, result.get("keep"));
        assertTrue(result.containsKey("missing"));
        assertNull(result.get("missing"));
        assertEquals("secret", original.get("s"));
    }

    @Test
    void fieldNamesAreTakenLiterally() {
        Schema nested = SchemaBuilder.struct().field("struct", SchemaBuilder.struct().field("q", Schema.INT32_SCHEMA)
                .build()).build();
        Struct value = new Struct(nested).put("struct", new Struct(nested.field("struct").schema()).put("q", 1));
        MaskField.Value<SourceRecord> mask = configured(new MaskField.Value<>(),
                Map.of("fields", "struct.q", "field.syntax.version", "V2"));
        assertEquals(value, mask.apply(sourceRecord(nested, value)).value());
    }

    @Test
    void nullAndWronglyShapedValuesAreRejected() {
        MaskField.Value<SourceRecord> mask = configured(new MaskField.Value<>(), Map.of("fields", "i32"));
        DataException tombstone = assertThrows(DataException.class, () -> mask.apply(sourceRecord(SCHEMA, null)));
        assertEquals("Only Struct objects supported for [mask fields], found: null", tombstone.getMessage());
        DataException schemaless = assertThrows(DataException.class, () -> mask.apply(sourceRecord(null, 5)));
        assertEquals("Only Map objects supported in absence of schema for [mask fields], found: java.lang.Integer",
                schemaless.getMessage());
    }

    @Test
    void theRecordSchemaIsKeptEvenWhenTheStructHasAnother() {
        Schema other = SchemaBuilder.struct().field("z", Schema.INT32_SCHEMA).build();
        MaskField.Value<SourceRecord> mask = configured(new MaskField.Value<>(), Map.of("fields", "z"));
        SourceRecord result = mask.apply(sourceRecord(SCHEMA, new Struct(other).put("z", 5)));
        assertSame(SCHEMA, result.valueSchema());
        assertEquals(new Struct(other).put("z", 0), result.value());
    }

    @Test
    void keyVariantMasksTheKey() {
        SinkRecord result = configured(new MaskField.Key<SinkRecord>(), Map.of("fields", "i32"))
                .apply(sinkRecord(SCHEMA, value(), Schema.STRING_SCHEMA, "x"));
        assertSame(SCHEMA, result.keySchema());
        assertEquals(0, ((Struct) result.key()).get("i32"));
        assertEquals("x", result.value());
    }
}
