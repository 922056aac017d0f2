/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaBuilderException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.HashMap;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsertFieldTest {

    private static final String OPTIONALITY = "Suffix with <code>!</code> to make this a required field, or "
            + "<code>?</code> to keep it optional (the default).";
    private static final Schema SCHEMA = SchemaBuilder.struct().name("rec").version(1).doc("d").parameter("p", "v")
            .field("a", Schema.INT32_SCHEMA)
            .field("o", SchemaBuilder.int32().optional().defaultValue(5).build())
            .build();
    private static final Map<String, String> ALL = Map.of("topic.field", "t", "partition.field", "p",
            "offset.field", "off", "timestamp.field", "ts", "static.field", "sf", "static.value", "sv");
    private static final Map<String, String> ALL_REQUIRED = Map.of("topic.field", "t!", "partition.field", "p!",
            "offset.field", "off!", "timestamp.field", "ts!", "static.field", "sf!", "static.value", "sv");

    private static InsertField.Value<SinkRecord> insert(Map<String, ?> props) {
        return configured(new InsertField.Value<>(), props);
    }

    private static Struct structValue() {
        return new Struct(SCHEMA).put("a", 1);
    }

    @Test
    void configDefMatchesApache() {
        ConfigDef def = new InsertField.Value<SinkRecord>().config();
        assertSame(InsertField.CONFIG_DEF, def);
        assertEquals(List.of("topic.field", "partition.field", "offset.field", "timestamp.field", "static.field",
                "static.value", "replace.null.with.default"), List.copyOf(def.configKeys().keySet()));
        assertConfigKey(def, "topic.field", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM, null,
                "Field name for Kafka topic. " + OPTIONALITY);
        assertConfigKey(def, "partition.field", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM, null,
                "Field name for Kafka partition. " + OPTIONALITY);
        assertConfigKey(def, "offset.field", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM, null,
                "Field name for Kafka offset - only applicable to sink connectors.<br/>" + OPTIONALITY);
        assertConfigKey(def, "timestamp.field", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM, null,
                "Field name for record timestamp. " + OPTIONALITY);
        assertConfigKey(def, "static.field", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM, null,
                "Field name for static data field. " + OPTIONALITY);
        assertConfigKey(def, "static.value", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM, null,
                "Static field value, if field name configured.");
        assertConfigKey(def, "replace.null.with.default", ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                null, REPLACE_NULL_DOC);
    }

    @Test
    void atLeastOneFieldMustBeConfigured() {
        assertConfigError("No field insertion configured", () -> insert(Map.of()));
        assertConfigError("No field insertion configured", () -> insert(Map.of("static.value", "v")));
        assertDoesNotThrow(() -> insert(Map.of("topic.field", "")));
    }

    @Test
    void aStaticFieldNeedsAValue() {
        ConfigException e = assertThrows(ConfigException.class, () -> insert(Map.of("static.field", "s")));
        assertTrue(e.getMessage().matches("Invalid value null for configuration static.value: No value specified "
                + "for static field: org\\.apache\\.kafka\\.connect\\.transforms\\.InsertField\\$InsertionSpec"
                + "@[0-9a-f]+"), e.getMessage());
        assertDoesNotThrow(() -> insert(Map.of("static.field", "s", "static.value", "")));
    }

    @Test
    void insertsOptionalMetadataFieldsIntoAStructByDefault() {
        SinkRecord result = insert(ALL).apply(sinkRecord(SCHEMA, structValue()));

        Schema schema = result.valueSchema();
        assertEquals("rec", schema.name());
        assertEquals(Map.of("p", "v"), schema.parameters());
        assertEquals(List.of("a", "o", "t", "p", "off", "ts", "sf"), schema.fields().stream().map(f -> f.name())
                .toList());
        assertEquals(Schema.OPTIONAL_STRING_SCHEMA, schema.field("t").schema());
        assertEquals(Schema.OPTIONAL_INT32_SCHEMA, schema.field("p").schema());
        assertEquals(Schema.OPTIONAL_INT64_SCHEMA, schema.field("off").schema());
        assertEquals(Timestamp.builder().optional().build(), schema.field("ts").schema());
        Struct value = (Struct) result.value();
        assertEquals("topicB", value.get("t"));
        assertEquals(5, value.get("p"));
        assertEquals(42L, value.get("off"));
        assertEquals(new Date(999L), value.get("ts"));
        assertEquals("sv", value.get("sf"));
        assertEquals(1, value.get("a"));
    }

    @Test
    void anExclamationMarkMakesTheFieldRequiredAndAQuestionMarkIsDropped() {
        Schema required = insert(ALL_REQUIRED).apply(sinkRecord(SCHEMA, structValue())).valueSchema();
        assertEquals(Schema.STRING_SCHEMA, required.field("t").schema());
        assertEquals(Schema.INT64_SCHEMA, required.field("off").schema());
        assertEquals(Timestamp.SCHEMA, required.field("ts").schema());

        Schema optional = insert(Map.of("topic.field", "t?")).apply(sinkRecord(SCHEMA, structValue())).valueSchema();
        assertEquals(Schema.OPTIONAL_STRING_SCHEMA, optional.field("t").schema());
        // Only the last character is a marker.
        Schema doubled = insert(Map.of("topic.field", "x!!")).apply(sinkRecord(SCHEMA, structValue())).valueSchema();
        assertEquals(Schema.STRING_SCHEMA, doubled.field("x!").schema());
        Map<?, ?> map = (Map<?, ?>) insert(Map.of("topic.field", "x?!")).apply(sinkRecord(null, new HashMap<>()))
                .value();
        assertEquals(Map.of("x?", "topicB"), map);
    }

    @Test
    void insertsIntoACopyOfASchemalessMap() {
        Map<String, Object> original = new HashMap<>(Map.of("x", 1));
        SinkRecord result = insert(ALL).apply(sinkRecord(null, original));

        assertNull(result.valueSchema());
        assertEquals(HashMap.class, result.value().getClass());
        assertEquals(Map.of("x", 1, "t", "topicB", "p", 5, "off", 42L, "ts", 999L, "sf", "sv"), result.value());
        assertEquals(Map.of("x", 1), original);
    }

    @Test
    void missingPartitionsAndTimestampsAreSkippedEvenForRequiredFields() {
        SourceRecord record = new SourceRecord(null, null, "tp", null, null, null, SCHEMA, structValue(), null);
        InsertField.Value<SourceRecord> insert = configured(new InsertField.Value<>(),
                Map.of("partition.field", "p!", "timestamp.field", "ts!"));
        Struct value = (Struct) insert.apply(record).value();
        assertNull(value.getWithoutDefault("p"));
        assertNull(value.getWithoutDefault("ts"));

        SourceRecord schemaless = new SourceRecord(null, null, "tp", null, null, null, null, new HashMap<>(), null);
        assertEquals(Map.of(), insert.apply(schemaless).value());
    }

    @Test
    void offsetsCanOnlyBeInsertedIntoSinkRecords() {
        InsertField.Value<SourceRecord> insert = configured(new InsertField.Value<>(),
                Map.of("topic.field", "t", "offset.field", "off"));
        DataException e = assertThrows(DataException.class,
                () -> insert.apply(sourceRecord(SCHEMA, structValue())));
        assertEquals("Only SinkRecord supported for [field insertion], found: "
                + "org.apache.kafka.connect.source.SourceRecord", e.getMessage());
        InsertField.Value<SourceRecord> topicOnly = configured(new InsertField.Value<>(), Map.of("topic.field", "t"));
        assertEquals("topicA", ((Struct) topicOnly.apply(sourceRecord(SCHEMA, structValue())).value()).get("t"));
    }

    @Test
    void existingFieldsAreCopiedWithTheirDefaultsUnlessDisabled() {
        Struct withDefault = (Struct) insert(Map.of("topic.field", "t")).apply(sinkRecord(SCHEMA, structValue()))
                .value();
        assertEquals(5, withDefault.getWithoutDefault("o"));
        Struct without = (Struct) insert(Map.of("topic.field", "t", "replace.null.with.default", "false"))
                .apply(sinkRecord(SCHEMA, structValue())).value();
        assertNull(without.getWithoutDefault("o"));
    }

    @Test
    void theUpdatedSchemaIsBuiltFromTheStructsOwnSchemaAndIsNeverOptional() {
        Schema other = SchemaBuilder.struct().field("z", Schema.INT32_SCHEMA).build();
        Schema fromStruct = insert(Map.of("topic.field", "t")).apply(sinkRecord(SCHEMA, new Struct(other).put("z", 1)))
                .valueSchema();
        assertEquals(List.of("z", "t"), fromStruct.fields().stream().map(f -> f.name()).toList());

        Schema optional = SchemaBuilder.struct().optional().field("a", Schema.INT32_SCHEMA).build();
        Schema result = insert(Map.of("topic.field", "t")).apply(sinkRecord(optional, new Struct(optional).put("a", 1)))
                .valueSchema();
        assertFalse(result.isOptional());
    }

    @Test
    void nameClashesAreRejectedByTheSchemaBuilder() {
        SchemaBuilderException clash = assertThrows(SchemaBuilderException.class,
                () -> insert(Map.of("topic.field", "a")).apply(sinkRecord(SCHEMA, structValue())));
        assertEquals("Cannot create field because of field name duplication a", clash.getMessage());
        SchemaBuilderException empty = assertThrows(SchemaBuilderException.class,
                () -> insert(Map.of("topic.field", "")).apply(sinkRecord(SCHEMA, structValue())));
        assertEquals("fieldName cannot be null.", empty.getMessage());
        assertEquals(Map.of("x", "topicB"), insert(Map.of("topic.field", "x"))
                .apply(sinkRecord(null, new HashMap<>(Map.of("x", 1)))).value());
    }

    @Test
    void nullValuesPassThroughUntouched() {
        SinkRecord tombstone = sinkRecord(SCHEMA, null);
        assertSame(tombstone, insert(ALL).apply(tombstone));
        InsertField.Value<SourceRecord> offsets = configured(new InsertField.Value<>(), Map.of("offset.field", "o"));
        SourceRecord sourceTombstone = sourceRecord(null, null);
        assertSame(sourceTombstone, offsets.apply(sourceTombstone));
    }

    @Test
    void recordsOfTheWrongShapeAreRejected() {
        DataException notStruct = assertThrows(DataException.class,
                () -> insert(ALL).apply(sinkRecord(Schema.INT32_SCHEMA, 3)));
        assertEquals("Only Struct objects supported for [field insertion], found: java.lang.Integer",
                notStruct.getMessage());
        InsertField.Value<SourceRecord> offsets = configured(new InsertField.Value<>(), Map.of("offset.field", "o"));
        DataException notMap = assertThrows(DataException.class, () -> offsets.apply(sourceRecord(null, 5)));
        assertEquals("Only Map objects supported in absence of schema for [field insertion], found: "
                + "java.lang.Integer", notMap.getMessage());
    }

    @Test
    void schemasAreCachedUntilClose() {
        InsertField.Value<SinkRecord> insert = insert(ALL);
        Schema first = insert.apply(sinkRecord(SCHEMA, structValue())).valueSchema();
        assertSame(first, insert.apply(sinkRecord(SCHEMA, structValue())).valueSchema());
        insert.close();
        assertThrows(NullPointerException.class, () -> insert.apply(sinkRecord(SCHEMA, structValue())));
    }

    @Test
    void keyVariantInsertsIntoTheKey() {
        SinkRecord result = configured(new InsertField.Key<SinkRecord>(), ALL)
                .apply(sinkRecord(null, new HashMap<>(), Schema.STRING_SCHEMA, "val"));
        assertEquals(Map.of("t", "topicB", "p", 5, "off", 42L, "ts", 999L, "sf", "sv"), result.key());
        assertEquals("val", result.value());
    }
}
