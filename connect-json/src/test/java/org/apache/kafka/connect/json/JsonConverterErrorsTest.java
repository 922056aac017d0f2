/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import static org.apache.kafka.connect.json.Outcomes.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

/** The exceptions users see, with Apache's messages (observed by running Apache's jar). */
class JsonConverterErrorsTest {

    private static final String ENVELOPE_REQUIRED = "JsonConverter with schemas.enable requires \"schema\" and "
            + "\"payload\" fields and may not contain additional fields. If you are trying to deserialize plain JSON "
            + "data, set schemas.enable=false in your converter configuration.";

    private static JsonConverter converter(Map<String, Object> settings) {
        return JsonConverterByteIdentityTest.ours(settings);
    }

    private static DataException readFails(JsonConverter converter, String json) {
        return assertThrows(DataException.class,
                () -> converter.toConnectData(TOPIC, json.getBytes(StandardCharsets.UTF_8)));
    }

    private static DataException writeFails(Schema schema, Object value) {
        return assertThrows(DataException.class, () -> converter(Map.of()).fromConnectData(TOPIC, schema, value));
    }

    @Test
    void invalidJsonNamesTheTopic() {
        DataException e = readFails(converter(Map.of()), "{not json");
        assertEquals("Converting byte[] to Kafka Connect data failed due to serialization error of topic orders: ",
                e.getMessage());
        assertInstanceOf(SerializationException.class, e.getCause());
    }

    @Test
    void invalidJsonNamesTheTopicWithSchemasDisabledToo() {
        DataException e = readFails(converter(Map.of("schemas.enable", false)), "NaN");
        assertEquals(Outcomes.OUR_PARSE_ERROR, e.getMessage());
    }

    @Test
    void invalidJsonKeepsApachesWordingApartFromTheTopic() {
        Object apache = ApacheOracle.get().converter(Map.of(), false);
        String apacheError = ApacheOracle.outcome(() -> ApacheOracle.get().call(apache, "toConnectData", TOPIC,
                "{".getBytes(StandardCharsets.UTF_8)));
        assertEquals("error org.apache.kafka.connect.errors.DataException: " + Outcomes.APACHE_PARSE_ERROR,
                apacheError.substring(0, apacheError.indexOf(" / caused by")));
        DataException ours = readFails(converter(Map.of()), "{");
        assertEquals(Outcomes.APACHE_PARSE_ERROR.replace("error: ", "error of topic " + TOPIC + ": "),
                ours.getMessage());
    }

    @Test
    void documentsThatAreNotEnvelopesAreRejectedWhenSchemasAreEnabled() {
        for (String json : List.of("", "5", "null", "{\"schema\":null}", "{\"payload\":1}",
                "{\"schema\":null,\"payload\":1,\"x\":1}")) {
            assertEquals(ENVELOPE_REQUIRED, readFails(converter(Map.of()), json).getMessage(), json);
        }
    }

    @Test
    void requiredNullsAreRejectedOnRead() {
        assertEquals("Invalid null value for required INT32 field",
                readFails(converter(Map.of()), "{\"schema\":{\"type\":\"int32\"},\"payload\":null}").getMessage());
    }

    @Test
    void brokenSchemasAreRejectedOnRead() {
        JsonConverter converter = converter(Map.of());
        assertEquals("Schema must contain 'type' field",
                readFails(converter, "{\"schema\":{},\"payload\":1}").getMessage());
        assertEquals("Unknown schema type: bogus",
                readFails(converter, "{\"schema\":{\"type\":\"bogus\"},\"payload\":1}").getMessage());
        assertEquals("Schema parameters must have string values.", readFails(converter,
                "{\"schema\":{\"type\":\"int32\",\"parameters\":{\"a\":5}},\"payload\":1}").getMessage());
        assertEquals("Struct schema's \"fields\" argument is not an array.",
                readFails(converter, "{\"schema\":{\"type\":\"struct\"},\"payload\":{}}").getMessage());
    }

    @Test
    void payloadsOfTheWrongShapeAreRejectedOnRead() {
        JsonConverter converter = converter(Map.of());
        assertEquals("Structs should be encoded as JSON objects, but found NUMBER", readFails(converter,
                "{\"schema\":{\"type\":\"struct\",\"fields\":[]},\"payload\":5}").getMessage());
        assertEquals("Maps with non-string fields should be encoded as JSON array of tuples, but found OBJECT",
                readFails(converter, "{\"schema\":{\"type\":\"map\",\"keys\":{\"type\":\"int32\"},"
                        + "\"values\":{\"type\":\"int32\"}},\"payload\":{}}").getMessage());
        assertEquals("Invalid type for Date, underlying representation should be integer but was STRING",
                readFails(converter, "{\"schema\":{\"type\":\"int32\",\"name\":\"org.apache.kafka.connect.data.Date\"},"
                        + "\"payload\":\"x\"}").getMessage());
        DataException bytes = readFails(converter, "{\"schema\":{\"type\":\"bytes\"},\"payload\":\"!!\"}");
        assertEquals("Invalid bytes field", bytes.getMessage());
    }

    @Test
    void valuesThatDoNotMatchTheSchemaAreRejectedOnWrite() {
        assertEquals("Invalid type for INT32: class java.lang.Long", writeFails(Schema.INT32_SCHEMA, 1L).getMessage());
        assertEquals("Invalid type for bytes type: class java.lang.String",
                writeFails(Schema.BYTES_SCHEMA, "x").getMessage());
        assertEquals("Invalid type for Decimal, expected BigDecimal but was class java.lang.Integer",
                writeFails(Decimal.schema(2), 5).getMessage());
        assertEquals("Invalid type for Date, expected Date but was class java.lang.Integer",
                writeFails(Date.SCHEMA, 5).getMessage());
        Schema schema = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        assertEquals("Mismatching schema.", writeFails(schema,
                new Struct(SchemaBuilder.struct().field("b", Schema.INT32_SCHEMA).build())).getMessage());
    }

    @Test
    void requiredNullsAreRejectedOnWrite() {
        assertEquals("Conversion error: null value for field that is required and has no default value",
                writeFails(Schema.STRING_SCHEMA, null).getMessage());
    }

    @Test
    void decimalsOfAnotherScaleAreRejectedInBase64() {
        assertEquals("Decimal value has mismatching scale for given Decimal schema. Schema has scale 3, value has "
                + "scale 2.", writeFails(Decimal.schema(3), new BigDecimal("1.23")).getMessage());
    }

    @Test
    void schemalessValuesWithoutAConnectTypeAreRejected() {
        assertEquals("Java class class java.math.BigDecimal does not have corresponding schema type.",
                writeFails(null, new BigDecimal("1")).getMessage());
    }

    @Test
    void anUnparseableSchemaContentFailsConfiguration() {
        DataException e = assertThrows(DataException.class,
                () -> converter(Map.of("schema.content", "{bad")));
        assertEquals("Failed to parse schema in converter config due to serialization error: ", e.getMessage());
        assertInstanceOf(SerializationException.class, e.getCause());
        assertEquals("Unknown schema type: nope", assertThrows(DataException.class,
                () -> converter(Map.of("schema.content", "{\"type\":\"nope\"}"))).getMessage());
    }

    @Test
    void aConverterMustBeConfiguredBeforeUse() {
        assertThrows(NullPointerException.class, () -> new JsonConverter().fromConnectData(TOPIC, null, 1));
    }
}
