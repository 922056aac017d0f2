/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaBuilderException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReplaceFieldTest {

    private static final Schema NESTED = SchemaBuilder.struct().field("x", Schema.INT32_SCHEMA).build();
    private static final Schema SCHEMA = SchemaBuilder.struct().name("r").version(2).doc("dd").parameter("k", "v")
            .optional()
            .field("a", Schema.INT32_SCHEMA)
            .field("b", Schema.STRING_SCHEMA)
            .field("c", SchemaBuilder.int64().optional().defaultValue(3L).build())
            .field("n", NESTED)
            .build();
    private static final Struct VALUE = new Struct(SCHEMA).put("a", 1).put("b", "bee")
            .put("n", new Struct(NESTED).put("x", 9));

    private static ReplaceField.Value<SourceRecord> replace(Map<String, ?> props) {
        return configured(new ReplaceField.Value<>(), props);
    }

    private static SourceRecord replaceInStruct(Map<String, ?> props) {
        return replace(props).apply(sourceRecord(SCHEMA, VALUE));
    }

    private static List<String> fieldNames(SourceRecord record) {
        return record.valueSchema().fields().stream().map(Field::name).toList();
    }

    private static Map<String, Object> mapValue() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", "bee");
        map.put("c", null);
        map.put("n", Map.of("x", 9));
        return map;
    }

    private static Object replaceInMap(Map<String, ?> props) {
        return replace(props).apply(sourceRecord(null, mapValue())).value();
    }

    @Test
    void configDefMatchesApache() {
        ConfigDef def = new ReplaceField.Value<SourceRecord>().config();
        assertSame(ReplaceField.CONFIG_DEF, def);
        assertEquals(List.of("exclude", "include", "renames", "replace.null.with.default"),
                List.copyOf(def.configKeys().keySet()));
        assertConfigKey(def, "exclude", ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.MEDIUM, "",
                "Fields to exclude. This takes precedence over the fields to include.");
        assertConfigKey(def, "include", ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.MEDIUM, "",
                "Fields to include. If specified, only these fields will be used.");
        assertConfigKey(def, "renames", ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.MEDIUM,
                "list of colon-delimited pairs, e.g. <code>foo:bar,abc:xyz</code>", "Field rename mappings.");
        assertConfigKey(def, "replace.null.with.default", ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                null, REPLACE_NULL_DOC);
    }

    @Test
    void renamesMustBeColonSeparatedPairs() {
        assertConfigError("Invalid value [a] for configuration renames: Invalid rename mapping: a",
                () -> replace(Map.of("renames", "a")));
        assertConfigError("Invalid value [a:b, c] for configuration renames: Invalid rename mapping: c",
                () -> replace(Map.of("renames", "a:b,c")));
        assertConfigError("Invalid value [a:b:c] for configuration renames: Invalid rename mapping: a:b:c",
                () -> replace(Map.of("renames", "a:b:c")));
        assertConfigError("Invalid value [a:] for configuration renames: Invalid rename mapping: a:",
                () -> replace(Map.of("renames", "a:")));
        assertConfigError("Invalid value [:] for configuration renames: Invalid rename mapping: :",
                () -> replace(Map.of("renames", ":")));
        // Trailing colons vanish when splitting, so "a:b:" is the pair a -> b.
        assertDoesNotThrow(() -> replace(Map.of("renames", "a:b:")));
        assertDoesNotThrow(() -> replace(Map.of("renames", ":a")));
    }

    @Test
    void validateFlagsDuplicatesThatConfigureTolerates() {
        List<ConfigValue> values = ReplaceField.CONFIG_DEF.validate(Map.of("include", "a,a"));
        ConfigValue include = values.stream().filter(v -> v.name().equals("include")).findFirst().orElseThrow();
        assertEquals(List.of("Configuration 'include' values must not be duplicated."), include.errorMessages());
        assertDoesNotThrow(() -> replace(Map.of("include", "a,a")));
        assertConfigError("Configuration 'include' values must not be null.", () -> {
            Map<String, Object> props = new HashMap<>();
            props.put("include", null);
            replace(props);
        });
    }

    @Test
    void includeKeepsOnlyTheNamedFieldsInSchemaOrder() {
        SourceRecord result = replaceInStruct(Map.of("include", "b,a"));
        assertEquals(List.of("a", "b"), fieldNames(result));
        assertEquals(Map.of("a", 1, "b", "bee"), replaceInMap(Map.of("include", "b,a")));
    }

    @Test
    void excludeWinsOverInclude() {
        assertEquals(List.of("b"), fieldNames(replaceInStruct(Map.of("include", "a,b", "exclude", "a"))));
        assertEquals(List.of("b", "c", "n"), fieldNames(replaceInStruct(Map.of("exclude", "a"))));
        assertEquals(List.of(), fieldNames(replaceInStruct(Map.of("include", "zz"))));
    }

    @Test
    void renamesApplyAfterFilteringOnTheOriginalNames() {
        SourceRecord swapped = replaceInStruct(Map.of("renames", "a:bb,b:a"));
        assertEquals(List.of("bb", "a", "c", "n"), fieldNames(swapped));
        assertEquals(1, ((Struct) swapped.value()).get("bb"));
        assertEquals("bee", ((Struct) swapped.value()).get("a"));
        assertEquals(List.of("z"), fieldNames(replaceInStruct(Map.of("include", "a", "renames", "a:z,b:y"))));
        assertEquals(List.of(), fieldNames(replaceInStruct(Map.of("include", "x", "renames", "a:x"))));
        assertEquals(List.of("x", "b", "c", "n"), fieldNames(replaceInStruct(Map.of("exclude", "x", "renames", "a:x"))));
        assertEquals(List.of("y", "b", "c", "n"), fieldNames(replaceInStruct(Map.of("renames", "a:x,a:y"))));
    }

    @Test
    void namesAreMatchedExactlyWithoutTrimmingOrNesting() {
        assertEquals(List.of("a", "b", "c", "n"), fieldNames(replaceInStruct(Map.of("renames", "a : x"))));
        assertEquals(List.of(), fieldNames(replaceInStruct(Map.of("include", "n.x"))));
        assertEquals(List.of("a", "b", "c", "n"), fieldNames(replaceInStruct(Map.of("whitelist", "a"))));
        assertEquals(List.of("a", "b", "c", "n"), fieldNames(replaceInStruct(Map.of("blacklist", "a"))));
    }

    @Test
    void renamingOntoAnExistingFieldFailsForStructsButOverwritesInMaps() {
        SchemaBuilderException e = assertThrows(SchemaBuilderException.class,
                () -> replaceInStruct(Map.of("renames", "a:b")));
        assertEquals("Cannot create field because of field name duplication b", e.getMessage());
        Map<String, Object> expected = new HashMap<>();
        expected.put("b", null);
        expected.put("n", Map.of("x", 9));
        assertEquals(expected, replaceInMap(Map.of("renames", "a:b,c:b")));
    }

    @Test
    void renamingAMissingStructFieldFailsOnTheValueLookup() {
        DataException e = assertThrows(DataException.class, () -> replaceInStruct(Map.of("renames", "zz:a")));
        assertEquals("zz is not a valid field name", e.getMessage());
        assertEquals(mapValue(), new LinkedHashMap<>((Map<?, ?>) replaceInMap(Map.of("renames", "zz:a"))));
    }

    @Test
    void theSchemaKeepsItsNameButIsNeverOptional() {
        Schema schema = replaceInStruct(Map.of("renames", "a:aa")).valueSchema();
        assertEquals("r", schema.name());
        assertEquals(2, schema.version());
        assertEquals("dd", schema.doc());
        assertEquals(Map.of("k", "v"), schema.parameters());
        assertFalse(schema.isOptional());
    }

    @Test
    void defaultsReplaceNullsUnlessDisabled() {
        assertEquals(3L, ((Struct) replaceInStruct(Map.of("include", "c")).value()).getWithoutDefault("c"));
        assertNull(((Struct) replaceInStruct(Map.of("include", "c", "replace.null.with.default", "false")).value())
                .getWithoutDefault("c"));
    }

    @Test
    void schemalessValuesBecomeAFilteredRenamedHashMap() {
        Object result = replaceInMap(Map.of("renames", "a:aa,b:bb", "exclude", "c"));
        assertEquals(HashMap.class, result.getClass());
        assertEquals(Map.of("aa", 1, "bb", "bee", "n", Map.of("x", 9)), result);
    }

    @Test
    void nullValuesPassThroughUntouched() {
        SourceRecord tombstone = sourceRecord(SCHEMA, null);
        assertSame(tombstone, replace(Map.of("include", "a")).apply(tombstone));
    }

    @Test
    void recordsOfTheWrongShapeAreRejected() {
        DataException notStruct = assertThrows(DataException.class,
                () -> replace(Map.of("include", "a")).apply(sourceRecord(Schema.INT32_SCHEMA, 5)));
        assertEquals("Only Struct objects supported for [field replacement], found: java.lang.Integer",
                notStruct.getMessage());
        DataException notMap = assertThrows(DataException.class,
                () -> replace(Map.of("include", "a")).apply(sourceRecord(null, 5)));
        assertEquals("Only Map objects supported in absence of schema for [field replacement], found: "
                + "java.lang.Integer", notMap.getMessage());
    }

    @Test
    void theSchemaIsBuiltFromTheStructsOwnSchemaAndCachedUntilClose() {
        Schema other = SchemaBuilder.struct().field("z", Schema.INT32_SCHEMA).build();
        SourceRecord fromStruct = replace(Map.of()).apply(sourceRecord(SCHEMA, new Struct(other).put("z", 1)));
        assertEquals(List.of("z"), fieldNames(fromStruct));

        ReplaceField.Value<SourceRecord> replace = replace(Map.of("renames", "a:k"));
        Schema first = replace.apply(sourceRecord(SCHEMA, VALUE)).valueSchema();
        assertSame(first, replace.apply(sourceRecord(SCHEMA, VALUE)).valueSchema());
        replace.close();
        assertThrows(NullPointerException.class, () -> replace.apply(sourceRecord(SCHEMA, VALUE)));
    }

    @Test
    void keyVariantReplacesInTheKey() {
        SinkRecord result = configured(new ReplaceField.Key<SinkRecord>(), Map.of("renames", "a:k"))
                .apply(sinkRecord(SCHEMA, VALUE, Schema.STRING_SCHEMA, "x"));
        assertEquals(1, ((Struct) result.key()).get("k"));
        assertEquals("x", result.value());
    }
}
