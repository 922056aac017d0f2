/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.connect.transforms.FieldTransformFixtures.REPLACE_NULL_DOC;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigError;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigKey;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.configured;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sinkRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueToKeyTest {

    private static final Schema INNER = SchemaBuilder.struct().name("inner").field("c", Schema.INT32_SCHEMA).build();
    private static final Schema SCHEMA = SchemaBuilder.struct().name("vs")
            .field("a", Schema.INT32_SCHEMA)
            .field("b", Schema.OPTIONAL_STRING_SCHEMA)
            .field("c", SchemaBuilder.int64().optional().defaultValue(5L).build())
            .field("n", INNER)
            .build();
    private static final Struct VALUE = new Struct(SCHEMA).put("a", 1).put("n", new Struct(INNER).put("c", 3));

    private static ValueToKey<SinkRecord> valueToKey(Map<String, ?> props) {
        return configured(new ValueToKey<>(), props);
    }

    @Test
    void configDefMatchesApache() {
        ConfigDef def = new ValueToKey<SinkRecord>().config();
        assertSame(ValueToKey.CONFIG_DEF, def);
        assertEquals(List.of("fields", "replace.null.with.default"), List.copyOf(def.configKeys().keySet()));
        assertConfigKey(def, "fields", ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH, "",
                "Field names on the record value to extract as the record key.");
        assertConfigKey(def, "replace.null.with.default", ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                null, REPLACE_NULL_DOC);
        assertEquals("fields", ValueToKey.FIELDS_CONFIG);
        assertEquals("Replace the record key with a new key formed from a subset of fields in the record value.",
                ValueToKey.OVERVIEW_DOC);
    }

    @Test
    void fieldsMustBeANonEmptyListOfNonEmptyNames() {
        assertConfigError("Missing required configuration \"fields\" which has no default value.",
                () -> valueToKey(Map.of()));
        assertConfigError("Configuration 'fields' must not be empty. Valid values include: any non-empty value",
                () -> valueToKey(Map.of("fields", "")));
        assertConfigError("Configuration 'fields' values must not be empty.",
                () -> valueToKey(Map.of("fields", "a,,b")));
    }

    @Test
    void buildsAStructKeyFromTheNamedFieldsInConfigOrder() {
        SinkRecord result = valueToKey(Map.of("fields", "b,a")).apply(sinkRecord(Schema.STRING_SCHEMA, "old",
                SCHEMA, VALUE));

        assertEquals(SchemaBuilder.struct().field("b", Schema.OPTIONAL_STRING_SCHEMA)
                .field("a", Schema.INT32_SCHEMA).build(), result.keySchema());
        assertEquals(1, ((Struct) result.key()).get("a"));
        assertSame(SCHEMA, result.valueSchema());
        assertSame(VALUE, result.value());
    }

    @Test
    void fieldSchemasAreCopiedAndDuplicatesCollapse() {
        SinkRecord nested = valueToKey(Map.of("fields", "n")).apply(sinkRecord(SCHEMA, VALUE));
        assertSame(INNER, nested.keySchema().field("n").schema());
        SinkRecord twice = valueToKey(Map.of("fields", "a,a")).apply(sinkRecord(SCHEMA, VALUE));
        assertEquals(1, twice.keySchema().fields().size());
    }

    @Test
    void defaultsReplaceNullsUnlessDisabled() {
        Struct withDefault = (Struct) valueToKey(Map.of("fields", "c")).apply(sinkRecord(SCHEMA, VALUE)).key();
        assertEquals(5L, withDefault.getWithoutDefault("c"));
        Struct without = (Struct) valueToKey(Map.of("fields", "c", "replace.null.with.default", "false"))
                .apply(sinkRecord(SCHEMA, VALUE)).key();
        assertNull(without.getWithoutDefault("c"));
    }

    @Test
    void aMissingStructFieldIsADataError() {
        DataException e = assertThrows(DataException.class,
                () -> valueToKey(Map.of("fields", "a,zz")).apply(sinkRecord(SCHEMA, VALUE)));
        assertEquals("Field does not exist: zz", e.getMessage());
        DataException dotted = assertThrows(DataException.class,
                () -> valueToKey(Map.of("fields", "n.c")).apply(sinkRecord(SCHEMA, VALUE)));
        assertEquals("Field does not exist: n.c", dotted.getMessage());
    }

    @Test
    void schemalessValuesGiveAMapKeyWithNullsForMissingFields() {
        Map<String, Object> value = new HashMap<>(Map.of("a", 1, "b", "bee"));
        SinkRecord result = valueToKey(Map.of("fields", "a,zz")).apply(sinkRecord(Schema.STRING_SCHEMA, "old",
                null, value));
        assertNull(result.keySchema());
        Map<String, Object> expected = new HashMap<>();
        expected.put("a", 1);
        expected.put("zz", null);
        assertEquals(expected, result.key());
        assertEquals(HashMap.class, result.key().getClass());
    }

    @Test
    void nullAndWronglyShapedValuesAreRejected() {
        DataException tombstone = assertThrows(DataException.class,
                () -> valueToKey(Map.of("fields", "a")).apply(sinkRecord(SCHEMA, null)));
        assertEquals("Only Struct objects supported for [copying fields from value to key], found: null",
                tombstone.getMessage());
        DataException schemaless = assertThrows(DataException.class,
                () -> valueToKey(Map.of("fields", "a")).apply(sinkRecord(null, 5)));
        assertEquals("Only Map objects supported in absence of schema for [copying fields from value to key], "
                + "found: java.lang.Integer", schemaless.getMessage());
    }

    @Test
    void theKeySchemaFollowsTheStructsOwnSchema() {
        Schema other = SchemaBuilder.struct().field("z", Schema.INT32_SCHEMA).build();
        Struct value = new Struct(other).put("z", 1);
        SinkRecord result = valueToKey(Map.of("fields", "z")).apply(sinkRecord(SCHEMA, value));
        assertEquals(1, ((Struct) result.key()).get("z"));
        assertSame(other, result.valueSchema());
    }

    @Test
    void keySchemasAreCachedUntilClose() {
        ValueToKey<SinkRecord> transform = valueToKey(Map.of("fields", "a"));
        Schema first = transform.apply(sinkRecord(SCHEMA, VALUE)).keySchema();
        assertSame(first, transform.apply(sinkRecord(SCHEMA, VALUE)).keySchema());
        transform.close();
        assertThrows(NullPointerException.class, () -> transform.apply(sinkRecord(SCHEMA, VALUE)));
        assertEquals(Map.of("a", 1), transform.apply(sinkRecord(null, new HashMap<>(Map.of("a", 1)))).key());
    }
}
