/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaBuilderException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigKey;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.configured;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sinkRecord;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sourceRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FlattenTest {

    private static final Schema DEEP = SchemaBuilder.struct().name("deep").doc("deepdoc")
            .field("z", Schema.INT32_SCHEMA)
            .field("zopt", SchemaBuilder.string().optional().defaultValue("zd").build())
            .build();
    private static final Schema INNER = SchemaBuilder.struct().name("inner")
            .field("c", Schema.INT32_SCHEMA)
            .field("deep", DEEP)
            .field("arr", SchemaBuilder.array(Schema.INT32_SCHEMA).build())
            .build();
    private static final Schema OPT_INNER = SchemaBuilder.struct().optional()
            .field("p", Schema.INT32_SCHEMA)
            .field("q", SchemaBuilder.int32().defaultValue(4).build())
            .build();
    private static final Schema SCHEMA = SchemaBuilder.struct().name("top").version(2).doc("topdoc")
            .parameter("tp", "tv")
            .field("a", Schema.INT32_SCHEMA)
            .field("inner", INNER)
            .field("opt", OPT_INNER)
            .field("dec", Decimal.schema(2))
            .field("def", SchemaBuilder.int32().optional().defaultValue(8).doc("defdoc").build())
            .build();

    private static Struct value() {
        return new Struct(SCHEMA).put("a", 1)
                .put("inner", new Struct(INNER).put("c", 2).put("deep", new Struct(DEEP).put("z", 3))
                        .put("arr", List.of(1, 2)))
                .put("dec", new BigDecimal("1.23"));
    }

    private static Flatten.Value<SourceRecord> flatten(Map<String, ?> props) {
        return configured(new Flatten.Value<>(), props);
    }

    @Test
    void configDefMatchesApache() {
        ConfigDef def = new Flatten.Value<SourceRecord>().config();
        assertSame(Flatten.CONFIG_DEF, def);
        assertEquals(1, def.configKeys().size());
        assertConfigKey(def, "delimiter", ConfigDef.Type.STRING, ".", ConfigDef.Importance.MEDIUM, null,
                "Delimiter to insert between field names from the input record when generating field names for the "
                        + "output record");
    }

    @Test
    void nestedStructFieldsAreJoinedWithTheDelimiter() {
        SourceRecord result = flatten(Map.of()).apply(sourceRecord(SCHEMA, value()));

        Schema schema = result.valueSchema();
        assertEquals(List.of("a", "inner.c", "inner.deep.z", "inner.deep.zopt", "inner.arr", "opt.p", "opt.q", "dec",
                "def"), schema.fields().stream().map(f -> f.name()).toList());
        Struct flat = (Struct) result.value();
        assertEquals(3, flat.get("inner.deep.z"));
        assertEquals(List.of(1, 2), flat.get("inner.arr"));
        assertEquals(new BigDecimal("1.23"), flat.get("dec"));
    }

    @Test
    void customAndEmptyDelimiters() {
        Schema underscored = flatten(Map.of("delimiter", "_")).apply(sourceRecord(SCHEMA, value())).valueSchema();
        assertEquals("inner_deep_z", underscored.fields().get(2).name());
        Schema glued = flatten(Map.of("delimiter", "")).apply(sourceRecord(SCHEMA, value())).valueSchema();
        assertEquals("innerdeepz", glued.fields().get(2).name());
    }

    @Test
    void theTopSchemaKeepsItsNameAndLeafSchemasKeepTheirMetadata() {
        Schema schema = flatten(Map.of()).apply(sourceRecord(SCHEMA, value())).valueSchema();

        assertEquals("top", schema.name());
        assertEquals(2, schema.version());
        assertEquals("topdoc", schema.doc());
        assertEquals(Map.of("tp", "tv"), schema.parameters());
        assertEquals(Decimal.schema(2), schema.field("dec").schema());
        assertEquals(SchemaBuilder.int32().optional().defaultValue(8).doc("defdoc").build(),
                schema.field("def").schema());
        assertEquals(SchemaBuilder.array(Schema.INT32_SCHEMA).build(), schema.field("inner.arr").schema());
    }

    @Test
    void fieldsUnderAnOptionalStructBecomeOptional() {
        Schema schema = flatten(Map.of()).apply(sourceRecord(SCHEMA, value())).valueSchema();
        assertEquals(Schema.OPTIONAL_INT32_SCHEMA, schema.field("opt.p").schema());
        assertEquals(SchemaBuilder.int32().optional().defaultValue(4).build(), schema.field("opt.q").schema());
        assertEquals(Schema.INT32_SCHEMA, schema.field("inner.c").schema());

        Schema optionalTop = SchemaBuilder.struct().optional()
                .field("x", SchemaBuilder.struct().field("y", Schema.INT32_SCHEMA).build()).build();
        Struct top = new Struct(optionalTop).put("x", new Struct(optionalTop.field("x").schema()).put("y", 1));
        Schema flat = flatten(Map.of()).apply(sourceRecord(optionalTop, top)).valueSchema();
        assertEquals(Schema.OPTIONAL_INT32_SCHEMA, flat.field("x.y").schema());
        assertEquals(false, flat.isOptional());
    }

    @Test
    void leafValuesUseTheirDefaultsAndMissingStructsLeaveTheirFieldsUnset() {
        Struct flat = (Struct) flatten(Map.of()).apply(sourceRecord(SCHEMA, value())).value();
        assertEquals("zd", flat.getWithoutDefault("inner.deep.zopt"));
        assertEquals(8, flat.getWithoutDefault("def"));
        assertNull(flat.getWithoutDefault("opt.p"));
        assertNull(flat.getWithoutDefault("opt.q"));

        Schema required = SchemaBuilder.struct()
                .field("n", SchemaBuilder.struct().field("d", Schema.INT32_SCHEMA).build()).build();
        Struct missing = (Struct) flatten(Map.of()).apply(sourceRecord(required, new Struct(required))).value();
        assertNull(missing.getWithoutDefault("n.d"));
    }

    @Test
    void defaultsOfEnclosingStructsApplyWhenAFieldHasNoneOfItsOwn() {
        SchemaBuilder builder = SchemaBuilder.struct().optional()
                .field("a", SchemaBuilder.int32().optional().defaultValue(3).build())
                .field("b", Schema.OPTIONAL_INT32_SCHEMA)
                .field("c", SchemaBuilder.struct().optional().field("d", Schema.INT32_SCHEMA).build());
        builder.defaultValue(new Struct(builder).put("a", 7).put("b", 6));
        Schema schema = builder.build();

        Schema flat = flatten(Map.of()).apply(sourceRecord(schema, new Struct(schema))).valueSchema();

        assertEquals(3, flat.field("a").schema().defaultValue());
        assertEquals(6, flat.field("b").schema().defaultValue());
        assertNull(flat.field("c.d").schema().defaultValue());
        assertNull(flat.defaultValue());
    }

    @Test
    void mapsInsideStructsAreNotSupported() {
        Schema withMap = SchemaBuilder.struct().field("n", SchemaBuilder.struct()
                .field("m", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).optional().build())
                .build()).build();
        DataException e = assertThrows(DataException.class,
                () -> flatten(Map.of()).apply(sourceRecord(withMap, new Struct(withMap))));
        assertEquals("Flatten transformation does not support MAP for record with schemas (for field n.m).",
                e.getMessage());
    }

    @Test
    void collidingNamesAreRejectedByTheSchemaBuilder() {
        Schema inner = SchemaBuilder.struct().field("b", Schema.INT32_SCHEMA).build();
        Schema colliding = SchemaBuilder.struct().field("a.b", Schema.INT32_SCHEMA).field("a", inner).build();
        Struct value = new Struct(colliding).put("a.b", 1).put("a", new Struct(inner).put("b", 2));
        SchemaBuilderException e = assertThrows(SchemaBuilderException.class,
                () -> flatten(Map.of()).apply(sourceRecord(colliding, value)));
        assertEquals("Cannot create field because of field name duplication a.b", e.getMessage());
    }

    @Test
    void emptyNestedStructsDisappear() {
        Schema schema = SchemaBuilder.struct().field("e", SchemaBuilder.struct().build())
                .field("x", Schema.INT32_SCHEMA).build();
        Struct value = new Struct(schema).put("e", new Struct(schema.field("e").schema())).put("x", 1);
        Schema flat = flatten(Map.of()).apply(sourceRecord(schema, value)).valueSchema();
        assertEquals(List.of("x"), flat.fields().stream().map(f -> f.name()).toList());
    }

    @Test
    void schemalessMapsAreFlattenedIntoAnOrderedMap() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("c", 2);
        nested.put("n", null);
        nested.put("deep", new LinkedHashMap<>(Map.of("z", 3)));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", 1);
        value.put("inner", nested);
        value.put("list", List.of(Map.of("x", 1)));
        value.put("nul", null);
        value.put("empty", new HashMap<>());

        SourceRecord result = flatten(Map.of("delimiter", "__")).apply(sourceRecord(null, value));

        assertNull(result.valueSchema());
        assertEquals(LinkedHashMap.class, result.value().getClass());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 1);
        expected.put("inner__c", 2);
        expected.put("inner__n", null);
        expected.put("inner__deep__z", 3);
        expected.put("list", List.of(Map.of("x", 1)));
        expected.put("nul", null);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(((Map<?, ?>) result.value()).entrySet()));
    }

    @Test
    void laterSchemalessEntriesOverwriteEarlierOnesWithTheSameName() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a.b", 1);
        value.put("a", Map.of("b", 2));
        assertEquals(Map.of("a.b", 2), flatten(Map.of()).apply(sourceRecord(null, value)).value());
    }

    @Test
    void schemalessValuesMustBeConnectTypes() {
        Schema qSchema = SchemaBuilder.struct().field("q", Schema.INT32_SCHEMA).build();
        Map<String, Object> withStruct = Map.of("st", new Struct(qSchema).put("q", 1));
        DataException struct = assertThrows(DataException.class,
                () -> flatten(Map.of()).apply(sourceRecord(null, withStruct)));
        assertEquals("Flatten transformation does not support class org.apache.kafka.connect.data.Struct for record "
                + "without schemas (for field st).", struct.getMessage());
        Map<String, Object> withDecimal = Map.of("inner", Map.of("d", new BigDecimal("1")));
        DataException decimal = assertThrows(DataException.class,
                () -> flatten(Map.of()).apply(sourceRecord(null, withDecimal)));
        assertEquals("Flatten transformation was passed a value of type class java.math.BigDecimal which is not "
                + "supported by Connect's data API", decimal.getMessage());
    }

    @Test
    void nullValuesPassThroughUntouched() {
        SourceRecord tombstone = sourceRecord(SCHEMA, null);
        assertSame(tombstone, flatten(Map.of()).apply(tombstone));
        SourceRecord schemaless = sourceRecord(null, null);
        assertSame(schemaless, flatten(Map.of()).apply(schemaless));
    }

    @Test
    void recordsOfTheWrongShapeAreRejected() {
        DataException notStruct = assertThrows(DataException.class,
                () -> flatten(Map.of()).apply(sourceRecord(Schema.INT32_SCHEMA, 5)));
        assertEquals("Only Struct objects supported for [flattening], found: java.lang.Integer", notStruct.getMessage());
        DataException notMap = assertThrows(DataException.class,
                () -> flatten(Map.of()).apply(sourceRecord(null, value())));
        assertEquals("Only Map objects supported in absence of schema for [flattening], found: "
                + "org.apache.kafka.connect.data.Struct", notMap.getMessage());
    }

    @Test
    void flattenedSchemasAreCached() {
        Flatten.Value<SourceRecord> flatten = flatten(Map.of());
        Schema first = flatten.apply(sourceRecord(SCHEMA, value())).valueSchema();
        assertSame(first, flatten.apply(sourceRecord(SCHEMA, value())).valueSchema());
    }

    @Test
    void keyVariantFlattensTheKey() {
        SinkRecord result = configured(new Flatten.Key<SinkRecord>(), Map.of())
                .apply(sinkRecord(SCHEMA, value(), Schema.STRING_SCHEMA, "x"));
        assertEquals(3, ((Struct) result.key()).get("inner.deep.z"));
        assertEquals("x", result.value());
    }
}
