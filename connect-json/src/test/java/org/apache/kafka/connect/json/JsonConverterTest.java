/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

/** The converter's behaviour, stated with literal JSON; byte identity with Apache is in the oracle test. */
class JsonConverterTest {

    private static final String TOPIC = "orders";

    private static JsonConverter converter(Object... settings) {
        Map<String, Object> configs = new HashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            configs.put((String) settings[i], settings[i + 1]);
        }
        JsonConverter converter = new JsonConverter();
        converter.configure(configs, false);
        return converter;
    }

    private static String write(JsonConverter converter, Schema schema, Object value) {
        byte[] bytes = converter.fromConnectData(TOPIC, schema, value);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static SchemaAndValue read(JsonConverter converter, String json) {
        return converter.toConnectData(TOPIC, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void schemasAreEnabledByDefaultAndWrittenInTheEnvelope() {
        assertEquals("{\"schema\":{\"type\":\"int32\",\"optional\":false},\"payload\":42}",
                write(converter(), Schema.INT32_SCHEMA, 42));
    }

    @Test
    void withSchemasDisabledOnlyThePayloadIsWritten() {
        assertEquals("42", write(converter("schemas.enable", false), Schema.INT32_SCHEMA, 42));
    }

    @Test
    void schemaMembersAreWrittenInApachesOrder() {
        Schema schema = SchemaBuilder.array(Schema.OPTIONAL_INT32_SCHEMA).name("arr").version(2).doc("doc")
                .parameter("z", "1").parameter("a", "2").optional().defaultValue(List.of(1, 2)).build();
        assertEquals("{\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"int32\",\"optional\":true},"
                + "\"optional\":true,\"name\":\"arr\",\"version\":2,\"doc\":\"doc\",\"parameters\":{\"z\":\"1\","
                + "\"a\":\"2\"},\"default\":[1,2]},\"payload\":[3]}", write(converter(), schema, List.of(3)));
    }

    @Test
    void structFieldsCarryTheirNameLast() {
        Schema schema = SchemaBuilder.struct().name("S").field("a", Schema.INT32_SCHEMA).build();
        assertEquals("{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int32\",\"optional\":false,"
                + "\"field\":\"a\"}],\"optional\":false,\"name\":\"S\"},\"payload\":{\"a\":1}}",
                write(converter(), schema, new Struct(schema).put("a", 1)));
    }

    @Test
    void nullSchemaAndNullValueAreATombstone() {
        assertNull(converter().fromConnectData(TOPIC, null, null));
        assertNull(converter("schemas.enable", false).fromConnectData(TOPIC, null, null));
    }

    @Test
    void anOptionalNullIsWrittenAsJsonNull() {
        assertEquals("{\"schema\":{\"type\":\"string\",\"optional\":true},\"payload\":null}",
                write(converter(), Schema.OPTIONAL_STRING_SCHEMA, null));
        assertEquals("null", write(converter("schemas.enable", false), Schema.OPTIONAL_STRING_SCHEMA, null));
    }

    @Test
    void aValueWithoutSchemaGetsANullSchemaInTheEnvelope() {
        assertEquals("{\"schema\":null,\"payload\":{\"a\":1}}", write(converter(), null, Map.of("a", 1)));
    }

    @Test
    void nullBytesReadAsTheNullSchemaAndValue() {
        assertSame(SchemaAndValue.NULL, converter().toConnectData(TOPIC, null));
        assertSame(SchemaAndValue.NULL, converter("schemas.enable", false).toConnectData(TOPIC, null));
    }

    @Test
    void nullsAreReplacedByTheSchemaDefaultUnlessDisabled() {
        Schema schema = SchemaBuilder.string().optional().defaultValue("dflt").build();
        assertEquals("{\"schema\":{\"type\":\"string\",\"optional\":true,\"default\":\"dflt\"},\"payload\":\"dflt\"}",
                write(converter(), schema, null));
        assertEquals("{\"schema\":{\"type\":\"string\",\"optional\":true,\"default\":\"dflt\"},\"payload\":null}",
                write(converter("replace.null.with.default", false), schema, null));
        String json = "{\"schema\":{\"type\":\"int32\",\"optional\":true,\"default\":7},\"payload\":null}";
        assertEquals(7, read(converter(), json).value());
        assertNull(read(converter("replace.null.with.default", false), json).value());
    }

    @Test
    void schemalessReadsBecomeLongDoubleHashMapAndArrayList() {
        Object value = read(converter("schemas.enable", false), "{\"a\":1,\"b\":[1.50,\"s\",true,null]}").value();
        Map<String, Object> expected = new HashMap<>();
        expected.put("a", 1L);
        List<Object> list = new ArrayList<>();
        list.add(1.5);
        list.add("s");
        list.add(true);
        list.add(null);
        expected.put("b", list);
        assertEquals(expected, value);
        assertEquals(HashMap.class, value.getClass());
        assertEquals(ArrayList.class, ((Map<?, ?>) value).get("b").getClass());
    }

    @Test
    void emptyBytesReadAsNullWithoutSchemas() {
        assertEquals(SchemaAndValue.NULL, converter("schemas.enable", false).toConnectData(TOPIC, new byte[0]));
    }

    @Test
    void mapsWithNonStringKeysAreWrittenAsArraysOfPairs() {
        Schema schema = SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.STRING_SCHEMA).build();
        JsonConverter converter = converter("schemas.enable", false);
        assertEquals("[[1,\"one\"]]", write(converter, schema, Map.of(1, "one")));
        assertEquals("[[1,\"one\"],[\"two\",2]]",
                write(converter, null, ConverterCorpus.linked(1, "one", "two", 2)));
        assertEquals(Map.of(1, "one"), read(converter(), JsonDocumentCorpus.envelope(
                "{\"type\":\"map\",\"keys\":{\"type\":\"int32\"},\"values\":{\"type\":\"string\"}}",
                "[[1,\"one\"]]")).value());
    }

    @Test
    void decimalsAreBase64ByDefaultAndNumbersWhenNumeric() {
        Schema schema = Decimal.schema(2);
        BigDecimal value = new BigDecimal("1.23");
        assertEquals("\"ew==\"", write(converter("schemas.enable", false), schema, value));
        assertEquals("1.23", write(converter("schemas.enable", false, "decimal.format", "numeric"), schema, value));
        assertEquals("1E+5", write(converter("schemas.enable", false, "decimal.format", "NUMERIC"),
                Decimal.schema(-4), new BigDecimal("1E+5")));
    }

    @Test
    void decimalsReadFromEitherFormWhateverTheSetting() {
        String schema = "{\"type\":\"bytes\",\"name\":\"org.apache.kafka.connect.data.Decimal\","
                + "\"parameters\":{\"scale\":\"2\"}}";
        for (JsonConverter converter : List.of(converter(), converter("decimal.format", "NUMERIC"))) {
            assertEquals(new BigDecimal("1.23"), read(converter, JsonDocumentCorpus.envelope(schema, "\"AHs=\""))
                    .value());
            // A numeric payload keeps every digit and its own scale.
            assertEquals(new BigDecimal("1.2300"), read(converter, JsonDocumentCorpus.envelope(schema, "1.2300"))
                    .value());
        }
    }

    @Test
    void largeDecimalsRoundTripExactly() {
        BigDecimal large = new BigDecimal("9".repeat(120) + "." + "1".repeat(40));
        Schema schema = Decimal.schema(large.scale());
        for (JsonConverter converter : List.of(converter(), converter("decimal.format", "NUMERIC"))) {
            SchemaAndValue back = converter.toConnectData(TOPIC, converter.fromConnectData(TOPIC, schema, large));
            assertEquals(schema, back.schema());
            assertEquals(large, back.value());
        }
    }

    @Test
    void logicalTypesAreWrittenAsTheirUnderlyingNumbers() {
        JsonConverter converter = converter("schemas.enable", false);
        assertEquals("3", write(converter, Date.SCHEMA, new java.util.Date(3 * 86_400_000L)));
        assertEquals("1234", write(converter, Time.SCHEMA, new java.util.Date(1234)));
        assertEquals("1234567890123", write(converter, Timestamp.SCHEMA, new java.util.Date(1234567890123L)));
    }

    @Test
    void everyTypeRoundTripsThroughTheEnvelope() {
        for (ConverterCorpus.Case entry : ConverterCorpus.all()) {
            if (!entry.lossless()) {
                continue;
            }
            JsonConverter converter = converter();
            SchemaAndValue back = converter.toConnectData(TOPIC,
                    converter.fromConnectData(TOPIC, entry.schema(), entry.value()));
            assertEquals(entry.schema(), back.schema(), entry.name());
            assertEquals(Describe.value(entry.value()), Describe.value(back.value()), entry.name());
        }
    }

    @Test
    void nanAndInfinitiesAreWrittenAsStringsAndReadBackAsZeroLikeApache() {
        assertEquals("[\"NaN\",\"Infinity\",\"-Infinity\"]", write(converter("schemas.enable", false),
                SchemaBuilder.array(Schema.FLOAT64_SCHEMA).build(),
                List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        assertEquals(0.0, read(converter(), "{\"schema\":{\"type\":\"double\"},\"payload\":\"NaN\"}").value());
    }

    @Test
    void unicodeIsWrittenAsUtf8WithSupplementaryCharactersEscaped() {
        assertEquals("\"h\u00e9 \u2603 \\uD83D\\uDE00 \\u0001\"",
                write(converter("schemas.enable", false), Schema.STRING_SCHEMA, "h\u00e9 \u2603 \ud83d\ude00 \u0001"));
        assertEquals("h\u00e9 \ud83d\ude00", read(converter(), "{\"schema\":{\"type\":\"string\"},"
                + "\"payload\":\"h\u00e9 \\uD83D\\uDE00\"}").value());
    }

    @Test
    void schemaLookupsAreCached() {
        JsonConverter converter = converter();
        ObjectNode json = converter.asJsonSchema(Schema.INT32_SCHEMA);
        assertSame(json, converter.asJsonSchema(Schema.INT32_SCHEMA));
        assertSame(converter.asConnectSchema(json), converter.asConnectSchema(json.deepCopy()));
        assertEquals(1, converter.sizeOfFromConnectSchemaCache());
        assertEquals(1, converter.sizeOfToConnectSchemaCache());
    }

    @Test
    void recordsWithTheSameSchemaShareOneSchemaReadOnce() {
        JsonConverter converter = converter();
        Schema schema = SchemaBuilder.struct().name("Order").field("id", Schema.INT64_SCHEMA)
                .field("note", Schema.OPTIONAL_STRING_SCHEMA).build();
        byte[] first = converter.fromConnectData("t", schema, new Struct(schema).put("id", 1L).put("note", "a"));
        byte[] second = converter.fromConnectData("t", schema, new Struct(schema).put("id", 2L));

        SchemaAndValue one = converter.toConnectData("t", first);
        SchemaAndValue two = converter.toConnectData("t", second);
        assertSame(one.schema(), two.schema());
        assertEquals(new Struct(schema).put("id", 2L), two.value());
        assertEquals(1, converter.sizeOfToConnectSchemaCache());
    }

    @Test
    void aCacheSizeOfZeroCachesNothing() {
        JsonConverter converter = converter("schemas.cache.size", 0);
        assertNotSame(converter.asJsonSchema(Schema.INT32_SCHEMA), converter.asJsonSchema(Schema.INT32_SCHEMA));
        assertEquals(0, converter.sizeOfFromConnectSchemaCache());
    }

    @Test
    void theLeastRecentlyUsedSchemaIsEvicted() {
        JsonConverter converter = converter("schemas.cache.size", 1);
        ObjectNode first = converter.asJsonSchema(Schema.INT32_SCHEMA);
        converter.asJsonSchema(Schema.STRING_SCHEMA);
        assertEquals(1, converter.sizeOfFromConnectSchemaCache());
        assertNotSame(first, converter.asJsonSchema(Schema.INT32_SCHEMA));
    }

    @Test
    void nullSchemasConvertToNull() {
        JsonConverter converter = converter();
        assertNull(converter.asJsonSchema(null));
        assertNull(converter.asConnectSchema(JsonNodeFactory.instance.nullNode()));
    }

    @Test
    void schemaContentIsUsedForEveryRecordAndTheWholeDocumentIsThePayload() {
        JsonConverter converter = converter("schema.content", " {\"type\":\"int32\",\"optional\":true} ");
        assertEquals(new SchemaAndValue(SchemaBuilder.int32().optional().build(), 5), read(converter, "5"));
        assertNull(read(converter, "null").value());
        assertSame(SchemaAndValue.NULL, converter.toConnectData(TOPIC, null));
        // Writing is unaffected.
        assertEquals("{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":\"x\"}",
                write(converter, Schema.STRING_SCHEMA, "x"));
    }

    @Test
    void schemaContentIsIgnoredWithoutSchemas() {
        JsonConverter converter = converter("schema.content", "{\"type\":\"int32\"}", "schemas.enable", false);
        assertEquals(new SchemaAndValue(null, 5L), read(converter, "5"));
    }

    @Test
    void configureWithAKeyFlagOverridesTheConverterType() {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("converter.type", "bogus", "schemas.enable", false), true);
        assertEquals("5", new String(converter.fromConnectData(TOPIC, null, 5), StandardCharsets.UTF_8));
    }

    @Test
    void configureWithoutAKeyFlagNeedsTheConverterType() {
        assertThrows(ConfigException.class, () -> new JsonConverter().configure(Map.of()));
        new JsonConverter().configure(Map.of("converter.type", "value"));
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", new JsonConverter().version());
    }

    @Test
    void theBlackbirdFlagChangesNothing() {
        JsonConverter withoutBlackbird = new JsonConverter(false);
        withoutBlackbird.configure(Map.of(), false);
        Schema schema = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.FLOAT32_SCHEMA).build();
        assertArrayEquals(converter().fromConnectData(TOPIC, schema, Map.of("a", 1.5f)),
                withoutBlackbird.fromConnectData(TOPIC, schema, Map.of("a", 1.5f)));
    }

    @Test
    void configDefIsTheSharedJsonConverterConfigDefinition() {
        assertSame(JsonConverterConfig.configDef(), new JsonConverter().config());
        assertTrue(new JsonConverter().config().names().contains("decimal.format"));
    }
}
