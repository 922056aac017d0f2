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
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.field.FieldSyntaxVersion;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.connect.transforms.FieldTransformFixtures.REPLACE_NULL_DOC;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigError;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigKey;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.configured;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sinkRecord;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sourceRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExtractFieldTest {

    private static final Schema INNER = SchemaBuilder.struct().name("inner")
            .field("c", Schema.INT32_SCHEMA)
            .field("d", SchemaBuilder.string().optional().defaultValue("dd").build())
            .build();
    private static final Schema SCHEMA = SchemaBuilder.struct().name("outer")
            .field("a", Schema.INT32_SCHEMA)
            .field("b", INNER)
            .field("x.y", Schema.STRING_SCHEMA)
            .field("o", SchemaBuilder.struct().optional().field("c", Schema.INT32_SCHEMA).build())
            .field("e", SchemaBuilder.int32().optional().defaultValue(9).build())
            .build();
    private static final Struct VALUE = new Struct(SCHEMA).put("a", 1).put("b", new Struct(INNER).put("c", 2))
            .put("x.y", "xy");

    private static ExtractField.Value<SourceRecord> extract(Map<String, ?> props) {
        return configured(new ExtractField.Value<>(), props);
    }

    private static SourceRecord extractFromStruct(Map<String, ?> props) {
        return extract(props).apply(sourceRecord(SCHEMA, VALUE));
    }

    private static Map<String, Object> mapValue() {
        Map<String, Object> map = new HashMap<>();
        map.put("a", 1);
        map.put("b", new HashMap<>(Map.of("c", 2)));
        map.put("x.y", "xy");
        map.put("n", null);
        map.put("s", "str");
        return map;
    }

    @Test
    void configDefMatchesApache() {
        ConfigDef def = new ExtractField.Value<SourceRecord>().config();
        assertSame(ExtractField.CONFIG_DEF, def);
        assertEquals(List.of("field", "replace.null.with.default", "field.syntax.version"),
                List.copyOf(def.configKeys().keySet()));
        assertConfigKey(def, "field", ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.MEDIUM,
                null, "Field name to extract.");
        assertConfigKey(def, "replace.null.with.default", ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                null, REPLACE_NULL_DOC);
        assertConfigKey(def, "field.syntax.version", ConfigDef.Type.STRING, "V1", ConfigDef.Importance.HIGH,
                "(case insensitive) [V1, V2]", FieldSyntaxVersion.FIELD_SYNTAX_VERSION_DOC);
        assertEquals("Extract the specified field from a Struct when schema present, or a Map in the case of "
                + "schemaless data. Any null values are passed through unmodified.<p/>Use the concrete transformation "
                + "type designed for the record key (<code>org.apache.kafka.connect.transforms.ExtractField$Key"
                + "</code>) or value (<code>org.apache.kafka.connect.transforms.ExtractField$Value</code>).",
                ExtractField.OVERVIEW_DOC);
    }

    @Test
    void configErrorsNameTheKey() {
        assertConfigError("Missing required configuration \"field\" which has no default value.",
                () -> extract(Map.of()));
        assertConfigError("Invalid value V3 for configuration field.syntax.version: String must be one of "
                + "(case insensitive): V1, V2", () -> extract(Map.of("field", "a", "field.syntax.version", "V3")));
        assertConfigError("Incomplete backtick pair in path: [a.`b], consider adding a backslash before backtick at "
                + "position 2 to escape it", () -> extract(Map.of("field", "a.`b", "field.syntax.version", "v2")));
    }

    @Test
    void extractsATopLevelFieldWithItsSchema() {
        SourceRecord result = extractFromStruct(Map.of("field", "b"));
        assertSame(INNER, result.valueSchema());
        assertEquals(new Struct(INNER).put("c", 2), result.value());
        SourceRecord dotted = extractFromStruct(Map.of("field", "x.y"));
        assertEquals(Schema.STRING_SCHEMA, dotted.valueSchema());
        assertEquals("xy", dotted.value());
    }

    @Test
    void v2ExtractsNestedFields() {
        SourceRecord result = extractFromStruct(Map.of("field", "b.c", "field.syntax.version", "V2"));
        assertEquals(Schema.INT32_SCHEMA, result.valueSchema());
        assertEquals(2, result.value());
        assertEquals("xy", extractFromStruct(Map.of("field", "`x.y`", "field.syntax.version", "V2")).value());
        SourceRecord nullParent = extractFromStruct(Map.of("field", "o.c", "field.syntax.version", "V2"));
        assertEquals(Schema.INT32_SCHEMA, nullParent.valueSchema());
        assertNull(nullParent.value());
    }

    @Test
    void defaultsReplaceNullsUnlessDisabled() {
        assertEquals(9, extractFromStruct(Map.of("field", "e")).value());
        assertNull(extractFromStruct(Map.of("field", "e", "replace.null.with.default", "false")).value());
        assertEquals("dd", extractFromStruct(Map.of("field", "b.d", "field.syntax.version", "V2")).value());
        assertNull(extractFromStruct(Map.of("field", "b.d", "field.syntax.version", "V2",
                "replace.null.with.default", "false")).value());
    }

    @Test
    void anUnknownFieldOfAStructIsAnErrorNamingTheConfiguredText() {
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> extractFromStruct(Map.of("field", "b.c")));
        assertEquals("Unknown field: b.c", plain.getMessage());
        IllegalArgumentException quoted = assertThrows(IllegalArgumentException.class,
                () -> extractFromStruct(Map.of("field", "`zz.q`", "field.syntax.version", "V2")));
        assertEquals("Unknown field: `zz.q`", quoted.getMessage());
        DataException notStruct = assertThrows(DataException.class,
                () -> extractFromStruct(Map.of("field", "a.z", "field.syntax.version", "V2")));
        assertEquals("Cannot look up fields on non-struct type", notStruct.getMessage());
    }

    @Test
    void schemalessValuesYieldNullForMissingFields() {
        assertEquals(1, extract(Map.of("field", "a")).apply(sourceRecord(null, mapValue())).value());
        assertNull(extract(Map.of("field", "b.c")).apply(sourceRecord(null, mapValue())).value());
        SourceRecord nested = extract(Map.of("field", "b.c", "field.syntax.version", "V2"))
                .apply(sourceRecord(null, mapValue()));
        assertNull(nested.valueSchema());
        assertEquals(2, nested.value());
        assertNull(extract(Map.of("field", "zz")).apply(sourceRecord(null, mapValue())).value());
        DataException e = assertThrows(DataException.class, () -> extract(Map.of("field", "s.z",
                "field.syntax.version", "V2")).apply(sourceRecord(null, mapValue())));
        assertEquals("Only Map objects supported in absence of schema for [nested field access], found: "
                + "java.lang.String", e.getMessage());
    }

    @Test
    void nullValuesBecomeNullWithTheFieldSchema() {
        SourceRecord tombstone = sourceRecord(SCHEMA, null);
        SourceRecord result = extract(Map.of("field", "a")).apply(tombstone);
        assertNotSame(tombstone, result);
        assertEquals(Schema.INT32_SCHEMA, result.valueSchema());
        assertNull(result.value());
        SourceRecord schemaless = extract(Map.of("field", "a")).apply(sourceRecord(null, null));
        assertNull(schemaless.valueSchema());
        assertNull(schemaless.value());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> extract(Map.of("field", "zz")).apply(tombstone));
        assertEquals("Unknown field: zz", unknown.getMessage());
    }

    @Test
    void recordsOfTheWrongShapeAreRejected() {
        DataException notStruct = assertThrows(DataException.class,
                () -> extract(Map.of("field", "a")).apply(sourceRecord(Schema.INT32_SCHEMA, 5)));
        assertEquals("Only Struct objects supported for [field extraction], found: java.lang.Integer",
                notStruct.getMessage());
        DataException notMap = assertThrows(DataException.class,
                () -> extract(Map.of("field", "a")).apply(sourceRecord(null, 5)));
        assertEquals("Only Map objects supported in absence of schema for [field extraction], found: "
                + "java.lang.Integer", notMap.getMessage());
    }

    @Test
    void theFieldIsLookedUpInTheRecordSchemaAndItsValueInTheStruct() {
        Schema other = SchemaBuilder.struct().field("z", Schema.INT32_SCHEMA).build();
        SourceRecord result = extract(Map.of("field", "a")).apply(sourceRecord(SCHEMA, new Struct(other).put("z", 1)));
        assertEquals(Schema.INT32_SCHEMA, result.valueSchema());
        assertNull(result.value());
    }

    @Test
    void keyVariantExtractsFromTheKey() {
        SinkRecord record = sinkRecord(SCHEMA, VALUE, Schema.STRING_SCHEMA, "val");
        SinkRecord result = configured(new ExtractField.Key<SinkRecord>(), Map.of("field", "a")).apply(record);
        assertEquals(Schema.INT32_SCHEMA, result.keySchema());
        assertEquals(1, result.key());
        assertEquals("val", result.value());
        assertEquals(999L, result.timestamp());
    }
}
