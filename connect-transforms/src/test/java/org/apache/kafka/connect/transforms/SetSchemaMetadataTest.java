/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetSchemaMetadataTest {

    private static final Schema INNER = SchemaBuilder.struct().name("inner").field("x", Schema.INT32_SCHEMA).build();

    private static final Schema SCHEMA = SchemaBuilder.struct().name("rec").version(3).doc("d").parameter("p", "q")
            .field("a", Schema.INT32_SCHEMA)
            .field("c", SchemaBuilder.string().optional().defaultValue("dflt").build())
            .field("n", INNER)
            .build();

    private static final Struct NESTED = new Struct(INNER).put("x", 9);

    private static final Struct VALUE = new Struct(SCHEMA).put("a", 1).put("c", null).put("n", NESTED);

    private static SetSchemaMetadata<SinkRecord> valueTransform(Object... keysAndValues) {
        return configure(new SetSchemaMetadata.Value<>(), keysAndValues);
    }

    private static SetSchemaMetadata<SinkRecord> configure(SetSchemaMetadata<SinkRecord> transform,
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
        return assertThrows(ConfigException.class, () -> valueTransform(keysAndValues)).getMessage();
    }

    @Test
    void configDefDeclaresOptionalNameAndVersion() {
        assertSame(SetSchemaMetadata.CONFIG_DEF, new SetSchemaMetadata.Key<SinkRecord>().config());
        Map<String, ConfigDef.ConfigKey> keys = SetSchemaMetadata.CONFIG_DEF.configKeys();
        assertEquals(List.of("schema.name", "schema.version", "replace.null.with.default"),
                new ArrayList<>(keys.keySet()));
        assertEquals(ConfigDef.Type.STRING, keys.get("schema.name").type);
        assertNull(keys.get("schema.name").defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, keys.get("schema.name").importance);
        assertEquals("Schema name to set.", keys.get("schema.name").documentation);
        assertEquals(ConfigDef.Type.INT, keys.get("schema.version").type);
        assertNull(keys.get("schema.version").defaultValue);
        assertEquals("Schema version to set.", keys.get("schema.version").documentation);
        assertEquals(ConfigDef.Type.BOOLEAN, keys.get("replace.null.with.default").type);
        assertEquals(true, keys.get("replace.null.with.default").defaultValue);
        assertEquals(ConfigDef.Importance.MEDIUM, keys.get("replace.null.with.default").importance);
        assertEquals("Set the schema name, version or both on the record's key "
                + "(<code>org.apache.kafka.connect.transforms.SetSchemaMetadata$Key</code>) or value "
                + "(<code>org.apache.kafka.connect.transforms.SetSchemaMetadata$Value</code>) schema.",
                SetSchemaMetadata.OVERVIEW_DOC);
    }

    @Test
    void atLeastNameOrVersionIsRequired() {
        assertEquals("Neither schema name nor version configured", rejection());
    }

    @Test
    void versionMustBeAnInt() {
        assertEquals("Invalid value x for configuration schema.version: Not a number of type INT",
                rejection("schema.version", "x"));
        assertEquals("Invalid value 5 for configuration schema.version: Expected value to be a 32-bit integer, but "
                + "it was a java.lang.Long", rejection("schema.version", 5L));
        assertEquals("Invalid value maybe for configuration replace.null.with.default: Expected value to be either "
                + "true or false", rejection("schema.name", "x", "replace.null.with.default", "maybe"));
    }

    @Test
    void nameAloneReplacesTheNameAndKeepsEverythingElse() {
        SinkRecord result = valueTransform("schema.name", "new").apply(valueRecord(SCHEMA, VALUE));

        Schema schema = result.valueSchema();
        assertEquals("new", schema.name());
        assertEquals(3, schema.version());
        assertEquals("d", schema.doc());
        assertEquals(Map.of("p", "q"), schema.parameters());
        assertEquals(SCHEMA.fields(), schema.fields());
        assertSame(SCHEMA.fields().get(0), schema.fields().get(0));
        assertEquals("k", result.key());
        assertEquals(42L, result.kafkaOffset());
    }

    @Test
    void versionAloneReplacesTheVersion() {
        Schema schema = valueTransform("schema.version", 9).apply(valueRecord(SCHEMA, VALUE)).valueSchema();
        assertEquals("rec", schema.name());
        assertEquals(9, schema.version());
    }

    @Test
    void versionGivenAsTextIsParsedAndEmptyNameIsKept() {
        Schema schema = valueTransform("schema.name", "", "schema.version", " 10 ")
                .apply(valueRecord(SCHEMA, VALUE)).valueSchema();
        assertEquals("", schema.name());
        assertEquals(10, schema.version());
    }

    @Test
    void structValueIsRebuiltAgainstTheNewSchemaApplyingDefaults() {
        SinkRecord result = valueTransform("schema.name", "new").apply(valueRecord(SCHEMA, VALUE));

        Struct value = (Struct) result.value();
        assertNotSame(VALUE, value);
        assertSame(result.valueSchema(), value.schema());
        assertEquals(1, value.get("a"));
        assertEquals("dflt", value.getWithoutDefault("c"));
        assertSame(NESTED, value.get("n"));
    }

    @Test
    void defaultsAreNotFilledInWhenDisabled() {
        SinkRecord result = valueTransform("schema.name", "new", "replace.null.with.default", false)
                .apply(valueRecord(SCHEMA, VALUE));
        assertNull(((Struct) result.value()).getWithoutDefault("c"));
    }

    @Test
    void structFieldsAreCopiedByPositionWhenDefaultsApply() {
        Schema valueSchema = SchemaBuilder.struct()
                .field("b", Schema.STRING_SCHEMA).field("a", Schema.INT32_SCHEMA).build();
        Schema recordSchema = SchemaBuilder.struct().field("a", Schema.STRING_SCHEMA).build();
        Struct value = new Struct(valueSchema).put("b", "B").put("a", 1);

        SinkRecord byPosition = valueTransform("schema.name", "new").apply(valueRecord(recordSchema, value));
        assertEquals("B", ((Struct) byPosition.value()).get("a"));

        Schema intSchema = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        SinkRecord byName = valueTransform("schema.name", "new", "replace.null.with.default", false)
                .apply(valueRecord(intSchema, value));
        assertEquals(1, ((Struct) byName.value()).get("a"));
    }

    @Test
    void nullStructValueKeepsNullWithTheNewSchema() {
        Schema optional = SchemaBuilder.struct().optional().name("o").field("a", Schema.INT32_SCHEMA).build();
        SinkRecord result = valueTransform("schema.version", 9).apply(valueRecord(optional, null));
        assertNull(result.value());
        assertEquals("o", result.valueSchema().name());
        assertEquals(9, result.valueSchema().version());
        assertTrue(result.valueSchema().isOptional());
    }

    @Test
    void nonStructValuesUnderAStructSchemaArePassedThrough() {
        Schema schema = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        SinkRecord result = valueTransform("schema.name", "new").apply(valueRecord(schema, "str"));
        assertEquals("str", result.value());
        assertEquals("new", result.valueSchema().name());
    }

    @Test
    void nonStructSchemasAreRejectedAsInApacheKafka43() {
        SetSchemaMetadata<SinkRecord> transform = valueTransform("schema.name", "new");
        List<SinkRecord> records = List.of(
                valueRecord(Schema.STRING_SCHEMA, "v"),
                valueRecord(Schema.OPTIONAL_STRING_SCHEMA, null),
                valueRecord(SchemaBuilder.array(Schema.INT32_SCHEMA).build(), List.of(1)),
                valueRecord(SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build(), Map.of("a", 1)),
                valueRecord(Decimal.schema(2), new BigDecimal("1.23")),
                valueRecord(Schema.STRING_SCHEMA, VALUE));
        for (SinkRecord record : records) {
            assertEquals("Cannot list fields on non-struct type",
                    assertThrows(DataException.class, () -> transform.apply(record)).getMessage());
        }
    }

    @Test
    void schemalessDataIsRejectedButASchemalessTombstonePassesUnchanged() {
        SetSchemaMetadata<SinkRecord> transform = valueTransform("schema.name", "new");
        assertEquals("Schema required for [updating schema metadata]", assertThrows(DataException.class,
                () -> transform.apply(valueRecord(null, Map.of("a", 1)))).getMessage());
        SinkRecord tombstone = valueRecord(null, null);
        assertSame(tombstone, transform.apply(tombstone));
    }

    @Test
    void incompleteStructIsRejectedNamingTheField() {
        Schema schema = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        assertEquals("Invalid value: null used for required field: \"a\", schema type: INT32",
                assertThrows(DataException.class, () -> valueTransform("schema.name", "new")
                        .apply(valueRecord(schema, new Struct(schema)))).getMessage());
    }

    @Test
    void keyVariantUpdatesTheKeySchema() {
        SetSchemaMetadata<SinkRecord> transform = configure(new SetSchemaMetadata.Key<>(), "schema.name", "kn",
                "schema.version", 2);
        Schema keySchema = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        SinkRecord record = new SinkRecord("t", 0, keySchema, new Struct(keySchema).put("a", 1),
                Schema.STRING_SCHEMA, "v", 0L);

        SinkRecord result = transform.apply(record);

        assertEquals("kn", result.keySchema().name());
        assertEquals(2, result.keySchema().version());
        assertSame(result.keySchema(), ((Struct) result.key()).schema());
        assertSame(Schema.STRING_SCHEMA, result.valueSchema());
        assertEquals("Schema required for [updating schema metadata]", assertThrows(DataException.class,
                () -> transform.apply(new SinkRecord("t", 0, null, "kk", Schema.STRING_SCHEMA, "v", 0L))).getMessage());
        SinkRecord nullKey = new SinkRecord("t", 0, null, null, Schema.STRING_SCHEMA, "v", 0L);
        assertSame(nullKey, transform.apply(nullKey));
    }

    @Test
    void updateSchemaInReturnsNonStructsAsTheyAre() {
        SetSchemaMetadata.Value<SinkRecord> transform = new SetSchemaMetadata.Value<>();
        transform.configure(Map.of("schema.name", "x"));
        assertEquals("abc", transform.updateSchemaIn("abc", Schema.STRING_SCHEMA));
        assertNull(transform.updateSchemaIn(null, Schema.STRING_SCHEMA));
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", new SetSchemaMetadata.Value<SinkRecord>().version());
    }
}
