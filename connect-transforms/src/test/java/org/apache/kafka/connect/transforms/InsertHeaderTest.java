/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InsertHeaderTest {

    private static InsertHeader<SinkRecord> inserting(Object header, Object literal) {
        InsertHeader<SinkRecord> transform = new InsertHeader<>();
        Map<String, Object> config = new HashMap<>();
        config.put("header", header);
        config.put("value.literal", literal);
        transform.configure(config);
        return transform;
    }

    private static Header insertedHeader(String literal) {
        SinkRecord result = inserting("h", literal).apply(new SinkRecord("t", 0, null, null, null, "v", 0L));
        return result.headers().lastWithName("h");
    }

    @Test
    void configDefDeclaresTwoRequiredNonNullStrings() {
        assertSame(InsertHeader.CONFIG_DEF, new InsertHeader<SinkRecord>().config());
        ConfigDef.ConfigKey header = InsertHeader.CONFIG_DEF.configKeys().get("header");
        ConfigDef.ConfigKey literal = InsertHeader.CONFIG_DEF.configKeys().get("value.literal");
        assertEquals(ConfigDef.Type.STRING, header.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, header.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, header.importance);
        assertEquals("The name of the header.", header.documentation);
        assertEquals("non-null string", header.validator.toString());
        assertEquals(ConfigDef.Type.STRING, literal.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, literal.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, literal.importance);
        assertEquals("The literal value that is to be set as the header value on all records.", literal.documentation);
        assertEquals("non-null string", literal.validator.toString());
        assertEquals("Add a header to each record.", InsertHeader.OVERVIEW_DOC);
    }

    @Test
    void bothSettingsAreRequired() {
        assertEquals("Missing required configuration \"header\" which has no default value.",
                assertThrows(ConfigException.class, () -> new InsertHeader<SinkRecord>().configure(
                        Map.of("value.literal", "x"))).getMessage());
        assertEquals("Missing required configuration \"value.literal\" which has no default value.",
                assertThrows(ConfigException.class, () -> new InsertHeader<SinkRecord>().configure(
                        Map.of("header", "h"))).getMessage());
    }

    @Test
    void nullSettingsAreRejected() {
        assertEquals("Invalid value null for configuration header: entry must be non null",
                assertThrows(ConfigException.class, () -> inserting(null, "x")).getMessage());
        assertEquals("Invalid value null for configuration value.literal: entry must be non null",
                assertThrows(ConfigException.class, () -> inserting("h", null)).getMessage());
    }

    @Test
    void nonStringHeaderIsRejected() {
        assertEquals("Invalid value 1 for configuration header: Expected value to be a string, but it was a "
                + "java.lang.Integer", assertThrows(ConfigException.class, () -> inserting(1, 2)).getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" becomes {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "hello|STRING|hello",
        "42|INT8|42",
        "-7|INT8|-7",
        "128|INT16|128",
        "32768|INT32|32768",
        "2147483648|INT64|2147483648",
        "1e3|INT16|1000",
        "3.5|FLOAT32|3.5",
        "true|BOOLEAN|true",
        "false|BOOLEAN|false",
        "{a:1}|STRING|{a:1}",
        "'\"quoted\"'|STRING|\"quoted\"",
        "[|STRING|[",
        "abc def|STRING|abc def",
    })
    void literalIsParsedAsAConnectValue(String literal, Schema.Type type, String value) {
        Header header = insertedHeader(literal);
        assertEquals(type, header.schema().type());
        assertEquals(value, String.valueOf(header.value()));
    }

    @Test
    void literalsCanBecomeStructuredOrLogicalValues() {
        Header array = insertedHeader("[1,2,3]");
        assertEquals(SchemaBuilder.array(Schema.INT8_SCHEMA).build(), array.schema());
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), array.value());

        Header map = insertedHeader("{\"a\":1}");
        assertEquals(SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build(), map.schema());
        assertEquals(Map.of("a", (byte) 1), map.value());

        Header date = insertedHeader("2020-01-01");
        assertEquals(org.apache.kafka.connect.data.Date.SCHEMA, date.schema());
        assertEquals(new java.util.Date(1577836800000L), date.value());

        Header timestamp = insertedHeader("2020-01-01T12:34:56.789Z");
        assertEquals(Timestamp.SCHEMA, timestamp.schema());
        assertEquals(new java.util.Date(1577882096789L), timestamp.value());

        Header decimal = insertedHeader("1.7976931348623157E309");
        assertEquals(Decimal.LOGICAL_NAME, decimal.schema().name());
        assertEquals("-293", decimal.schema().parameters().get(Decimal.SCALE_FIELD));
    }

    @Test
    void literalNullGivesAHeaderWithoutSchemaOrValue() {
        Header header = insertedHeader("null");
        assertNull(header.schema());
        assertNull(header.value());
    }

    @Test
    void blankLiteralIsTrimmedToAnEmptyString() {
        Header header = insertedHeader(" ");
        assertEquals(Schema.STRING_SCHEMA, header.schema());
        assertEquals("", header.value());
    }

    @Test
    void headerIsAppendedAfterExistingOnesWithoutTouchingTheInput() {
        SinkRecord record = new SinkRecord("t", 0, Schema.STRING_SCHEMA, "k", Schema.STRING_SCHEMA, "v", 0L);
        record.headers().addString("h", "old");

        SinkRecord result = inserting("h", "1").apply(record);

        List<String> headers = new ArrayList<>();
        result.headers().forEach(h -> headers.add(h.key() + "=" + h.value()));
        assertEquals(List.of("h=old", "h=1"), headers);
        assertEquals(1, record.headers().size());
        assertEquals("k", result.key());
        assertEquals("v", result.value());
        assertEquals("t", result.topic());
    }

    @Test
    void headerNameIsTrimmed() {
        SinkRecord result = inserting(" h ", "x").apply(new SinkRecord("t", 0, null, null, null, "v", 0L));
        assertEquals("x", result.headers().lastWithName("h").value());
    }
}
