/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderFromTest {

    private static final Schema DEFAULTED = SchemaBuilder.string().optional().defaultValue("dflt").build();

    private static final Schema SCHEMA = SchemaBuilder.struct().name("rec").version(3).doc("d").parameter("p", "q")
            .optional()
            .field("a", Schema.INT32_SCHEMA)
            .field("b", Schema.OPTIONAL_STRING_SCHEMA)
            .field("c", DEFAULTED)
            .field("a.b", Schema.STRING_SCHEMA)
            .build();

    private static final Struct VALUE = new Struct(SCHEMA)
            .put("a", 1).put("b", null).put("c", null).put("a.b", "dotted");

    private static HeaderFrom<SinkRecord> valueTransform(Object fields, Object headers, Object operation,
                                                         Object... extra) {
        return configure(new HeaderFrom.Value<>(), fields, headers, operation, extra);
    }

    private static HeaderFrom<SinkRecord> configure(HeaderFrom<SinkRecord> transform, Object fields, Object headers,
                                                    Object operation, Object... extra) {
        Map<String, Object> config = new HashMap<>();
        config.put("fields", fields);
        config.put("headers", headers);
        config.put("operation", operation);
        for (int i = 0; i < extra.length; i += 2) {
            config.put((String) extra[i], extra[i + 1]);
        }
        transform.configure(config);
        return transform;
    }

    private static SinkRecord valueRecord(Schema schema, Object value) {
        SinkRecord record = new SinkRecord("t", 1, Schema.STRING_SCHEMA, "k", schema, value, 42L);
        record.headers().addString("ha", "existing");
        return record;
    }

    private static List<String> describe(Iterable<Header> headers) {
        List<String> result = new ArrayList<>();
        for (Header header : headers) {
            result.add(header.key() + "=" + header.value());
        }
        return result;
    }

    private static String rejection(HeaderFrom<SinkRecord> transform, Object fields, Object headers,
                                    Object operation, Object... extra) {
        return assertThrows(ConfigException.class, () -> configure(transform, fields, headers, operation, extra))
                .getMessage();
    }

    @Test
    void configDefDeclaresFieldsHeadersOperationAndNullHandling() {
        assertSame(HeaderFrom.CONFIG_DEF, new HeaderFrom.Key<SinkRecord>().config());
        Map<String, ConfigDef.ConfigKey> keys = HeaderFrom.CONFIG_DEF.configKeys();
        assertEquals(List.of("fields", "headers", "operation", "replace.null.with.default"),
                new ArrayList<>(keys.keySet()));
        assertEquals(ConfigDef.Type.LIST, keys.get("fields").type);
        assertEquals("Field names in the record whose values are to be copied or moved to headers.",
                keys.get("fields").documentation);
        assertEquals("non-empty list", keys.get("fields").validator.toString());
        assertEquals("Header names, in the same order as the field names listed in the fields configuration property.",
                keys.get("headers").documentation);
        assertEquals("[move, copy]", keys.get("operation").validator.toString());
        assertEquals("Either <code>move</code> if the fields are to be moved to the headers (removed from the "
                + "key/value), or <code>copy</code> if the fields are to be copied to the headers (retained in the "
                + "key/value).", keys.get("operation").documentation);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, keys.get("operation").defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, keys.get("operation").importance);
        assertEquals(true, keys.get("replace.null.with.default").defaultValue);
        assertEquals(ConfigDef.Importance.MEDIUM, keys.get("replace.null.with.default").importance);
        assertEquals("Whether to replace fields that have a default value and that are null to the default value. "
                + "When set to true, the default value is used, otherwise null is used.",
                keys.get("replace.null.with.default").documentation);
        assertEquals("Moves or copies fields in the key/value of a record into that record's headers. Corresponding "
                + "elements of <code>fields</code> and <code>headers</code> together identify a field and the header "
                + "it should be moved or copied to. Use the concrete transformation type designed for the record key "
                + "(<code>org.apache.kafka.connect.transforms.HeaderFrom$Key</code>) or value "
                + "(<code>org.apache.kafka.connect.transforms.HeaderFrom$Value</code>).", HeaderFrom.OVERVIEW_DOC);
    }

    @Test
    void requiredSettingsAreReportedInOrder() {
        assertEquals("Missing required configuration \"fields\" which has no default value.",
                assertThrows(ConfigException.class, () -> new HeaderFrom.Value<SinkRecord>().configure(Map.of()))
                        .getMessage());
        assertEquals("Missing required configuration \"operation\" which has no default value.",
                assertThrows(ConfigException.class, () -> new HeaderFrom.Value<SinkRecord>().configure(
                        Map.of("fields", "a", "headers", "b"))).getMessage());
    }

    @Test
    void invalidSettingsAreRejected() {
        assertEquals("Invalid value MOVE for configuration operation: String must be one of: move, copy",
                rejection(new HeaderFrom.Value<>(), "a", "b", "MOVE"));
        assertEquals("Invalid value [] for configuration fields: Empty list",
                rejection(new HeaderFrom.Value<>(), "", "b", "move"));
        assertEquals("Invalid value [] for configuration headers: Empty list",
                rejection(new HeaderFrom.Value<>(), "a", "", "move"));
        assertEquals("Invalid value maybe for configuration replace.null.with.default: Expected value to be either "
                + "true or false", rejection(new HeaderFrom.Value<>(), "a", "x", "copy", "replace.null.with.default",
                "maybe"));
    }

    @Test
    void fieldsAndHeadersMustHaveTheSameLength() {
        String expected = "'fields' config must have the same number of elements as 'headers' config.";
        assertEquals(expected, rejection(new HeaderFrom.Value<>(), "a,b", "x", "move"));
        assertEquals(expected, rejection(new HeaderFrom.Key<>(), "a", "x,y,z", "copy"));
    }

    @Test
    void copyingFromAStructAddsHeadersWithTheFieldSchemasAndKeepsTheValue() {
        SinkRecord record = valueRecord(SCHEMA, VALUE);

        SinkRecord result = valueTransform("a,b,c,a.b", "ha,hb,hc,hab", "copy").apply(record);

        assertSame(VALUE, result.value());
        assertSame(SCHEMA, result.valueSchema());
        assertEquals(List.of("ha=existing", "ha=1", "hb=null", "hc=dflt", "hab=dotted"), describe(result.headers()));
        assertEquals(Schema.INT32_SCHEMA, result.headers().lastWithName("ha").schema());
        assertEquals(DEFAULTED, result.headers().lastWithName("hc").schema());
        assertEquals(1, record.headers().size());
    }

    @Test
    void movingFromAStructDropsTheFieldsFromSchemaAndValue() {
        SinkRecord result = valueTransform("a,b", "ha,hb", "move").apply(valueRecord(SCHEMA, VALUE));

        Schema expectedSchema = SchemaBuilder.struct().name("rec").version(3).doc("d").parameter("p", "q")
                .field("c", DEFAULTED).field("a.b", Schema.STRING_SCHEMA).build();
        assertEquals(expectedSchema, result.valueSchema());
        assertFalse(result.valueSchema().isOptional(), "the moved schema is not optional, as in Apache Kafka");
        assertEquals(new Struct(expectedSchema).put("c", "dflt").put("a.b", "dotted"), result.value());
        assertEquals(List.of("ha=existing", "ha=1", "hb=null"), describe(result.headers()));
    }

    @Test
    void movedSchemasAreCachedPerInputSchema() {
        HeaderFrom<SinkRecord> transform = valueTransform("a", "h", "move");
        Schema first = transform.apply(valueRecord(SCHEMA, VALUE)).valueSchema();
        assertSame(first, transform.apply(valueRecord(SCHEMA, VALUE)).valueSchema());
    }

    @Test
    void nullsStayNullWhenDefaultsAreNotWanted() {
        HeaderFrom<SinkRecord> transform = valueTransform("a,c", "ha,hc", "move", "replace.null.with.default", false);

        SinkRecord result = transform.apply(valueRecord(SCHEMA, VALUE));

        assertEquals(List.of("ha=existing", "ha=1", "hc=null"), describe(result.headers()));
        assertEquals(DEFAULTED, result.headers().lastWithName("hc").schema());
        assertNull(((Struct) result.value()).getWithoutDefault("b"));
    }

    @Test
    void fieldNamesAreLiteralEvenWithDots() {
        SinkRecord result = valueTransform("a.b", "h", "copy").apply(valueRecord(SCHEMA, VALUE));
        assertEquals("dotted", result.headers().lastWithName("h").value());
    }

    @Test
    void schemalessMapsGiveSchemalessHeaders() {
        Map<String, Object> map = new HashMap<>(Map.of("a", 1, "c", "cv", "z", "keep"));
        map.put("b", null);

        SinkRecord result = valueTransform("a,b,c,missing", "ha,hb,hc,hm", "move").apply(valueRecord(null, map));

        assertEquals(Map.of("z", "keep"), result.value());
        assertTrue(result.value() instanceof HashMap);
        assertEquals(List.of("ha=existing", "ha=1", "hb=null", "hc=cv", "hm=null"), describe(result.headers()));
        assertNull(result.headers().lastWithName("ha").schema());
        assertEquals(4, map.size(), "the input map is not modified");
    }

    @Test
    void copyingFromAMapStillReturnsACopyOfIt() {
        Map<String, Object> map = Map.of("a", 1);
        SinkRecord result = valueTransform("a", "h", "copy").apply(valueRecord(null, map));
        assertEquals(map, result.value());
        assertTrue(result.value() instanceof HashMap);
    }

    @Test
    void fieldCanBeCopiedToSeveralHeaders() {
        Map<String, Object> map = Map.of("a", 1, "b", 2);
        SinkRecord result = valueTransform("a,a", "h1,h2", "move").apply(valueRecord(null, map));
        assertEquals(Map.of("b", 2), result.value());
        assertEquals(List.of("ha=existing", "h1=1", "h2=1"), describe(result.headers()));
    }

    @Test
    void keyVariantWorksOnTheKey() {
        Schema keySchema = SchemaBuilder.struct()
                .field("a", Schema.INT32_SCHEMA).field("b", Schema.INT32_SCHEMA).build();
        HeaderFrom<SinkRecord> transform = configure(new HeaderFrom.Key<>(), "a", "h", "move");
        SinkRecord record = new SinkRecord("t", 1, keySchema, new Struct(keySchema).put("a", 1).put("b", 2),
                Schema.STRING_SCHEMA, "v", 0L);

        SinkRecord result = transform.apply(record);

        Schema expectedKeySchema = SchemaBuilder.struct().field("b", Schema.INT32_SCHEMA).build();
        assertEquals(expectedKeySchema, result.keySchema());
        assertEquals(new Struct(expectedKeySchema).put("b", 2), result.key());
        assertEquals("v", result.value());
        assertEquals(Schema.INT32_SCHEMA, result.headers().lastWithName("h").schema());
        assertEquals(Map.of("b", 2), transform.apply(new SinkRecord("t", 1, null, new HashMap<>(Map.of("a", 1, "b", 2)),
                null, "v", 0L)).key());
    }

    @Test
    void tombstonesAreRejectedWithOrWithoutSchema() {
        HeaderFrom<SinkRecord> move = valueTransform("a", "h", "move");
        assertEquals("Only Map objects supported in absence of schema for [header move], found: null",
                assertThrows(DataException.class, () -> move.apply(valueRecord(null, null))).getMessage());
        assertEquals("Only Struct objects supported for [header move], found: null",
                assertThrows(DataException.class, () -> move.apply(valueRecord(SCHEMA, null))).getMessage());
    }

    @Test
    void valuesOfTheWrongShapeAreRejected() {
        HeaderFrom<SinkRecord> copy = valueTransform("a", "h", "copy");
        assertEquals("Only Map objects supported in absence of schema for [header copy], found: java.lang.String",
                assertThrows(DataException.class, () -> copy.apply(valueRecord(null, "str"))).getMessage());
        assertEquals("Only Struct objects supported for [header copy], found: java.lang.String",
                assertThrows(DataException.class, () -> copy.apply(valueRecord(Schema.STRING_SCHEMA, "str")))
                        .getMessage());
        assertEquals("Only Map objects supported in absence of schema for [header copy], found: "
                + "org.apache.kafka.connect.data.Struct",
                assertThrows(DataException.class, () -> copy.apply(valueRecord(null, VALUE))).getMessage());
    }

    @Test
    void structWithoutTheFieldIsRejectedNamingTheField() {
        // Apache Kafka fails here with a NullPointerException; we report the missing field instead.
        Schema other = SchemaBuilder.struct().field("z", Schema.INT32_SCHEMA).build();
        for (String operation : List.of("copy", "move")) {
            HeaderFrom<SinkRecord> transform = valueTransform("z,missing", "h1,h2", operation);
            DataException e = assertThrows(DataException.class,
                    () -> transform.apply(valueRecord(other, new Struct(other).put("z", 1))));
            assertEquals("Field does not exist: missing", e.getMessage());
        }
    }

    @Test
    void invalidStructsFailOnTheOffendingField() {
        HeaderFrom<SinkRecord> move = valueTransform("a", "h", "move");
        Schema onlyA = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        assertEquals("A null value requires an optional schema but was Schema{INT32}",
                assertThrows(DataException.class, () -> move.apply(valueRecord(onlyA, new Struct(onlyA))))
                        .getMessage());
        Schema aAndB = SchemaBuilder.struct()
                .field("a", Schema.INT32_SCHEMA).field("b", Schema.INT32_SCHEMA).build();
        // The struct left behind is built first, so its missing field is what gets reported.
        assertEquals("Invalid value: null used for required field: \"b\", schema type: INT32",
                assertThrows(DataException.class, () -> move.apply(valueRecord(aAndB, new Struct(aAndB))))
                        .getMessage());
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", new HeaderFrom.Value<SinkRecord>().version());
    }
}
