/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaBuilderException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigError;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.assertConfigKey;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.configured;
import static org.apache.kafka.connect.transforms.FieldTransformFixtures.sinkRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HoistFieldTest {

    private static HoistField.Value<SinkRecord> hoist(String field) {
        return configured(new HoistField.Value<>(), Map.of("field", field));
    }

    @Test
    void configDefMatchesApache() {
        ConfigDef def = new HoistField.Value<SinkRecord>().config();
        assertSame(HoistField.CONFIG_DEF, def);
        assertEquals(1, def.configKeys().size());
        assertConfigKey(def, "field", ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.MEDIUM,
                null, "Field name for the single field that will be created in the resulting Struct or Map.");
        assertConfigError("Missing required configuration \"field\" which has no default value.",
                () -> configured(new HoistField.Value<SinkRecord>(), Map.of()));
    }

    @Test
    void wrapsAValueWithASchemaInASingleFieldStruct() {
        SinkRecord result = hoist("wrap").apply(sinkRecord(Schema.INT32_SCHEMA, 5));

        assertEquals(SchemaBuilder.struct().field("wrap", Schema.INT32_SCHEMA).build(), result.valueSchema());
        assertEquals(new Struct(result.valueSchema()).put("wrap", 5), result.value());
    }

    @Test
    void wrapsASchemalessValueInAHashMap() {
        SinkRecord result = hoist("wrap").apply(sinkRecord(null, 5));
        assertNull(result.valueSchema());
        assertEquals(HashMap.class, result.value().getClass());
        assertEquals(Map.of("wrap", 5), result.value());
    }

    @Test
    void nullValuesAreWrappedToo() {
        Map<?, ?> schemaless = (Map<?, ?>) hoist("wrap").apply(sinkRecord(null, null)).value();
        assertEquals(1, schemaless.size());
        assertNull(schemaless.get("wrap"));

        Schema withDefault = SchemaBuilder.int32().optional().defaultValue(3).build();
        Struct wrapped = (Struct) hoist("wrap").apply(sinkRecord(withDefault, null)).value();
        assertNull(wrapped.getWithoutDefault("wrap"));
        assertSame(withDefault, wrapped.schema().field("wrap").schema());

        DataException required = assertThrows(DataException.class,
                () -> hoist("wrap").apply(sinkRecord(Schema.INT32_SCHEMA, null)));
        assertEquals("Invalid value: null used for required field: \"wrap\", schema type: INT32",
                required.getMessage());
    }

    @Test
    void theFieldNameIsTakenLiterally() {
        SinkRecord dotted = hoist("a.b").apply(sinkRecord(Schema.INT32_SCHEMA, 1));
        assertEquals("a.b", dotted.valueSchema().fields().get(0).name());
        SchemaBuilderException empty = assertThrows(SchemaBuilderException.class,
                () -> hoist("").apply(sinkRecord(Schema.INT32_SCHEMA, 1)));
        assertEquals("fieldName cannot be null.", empty.getMessage());
    }

    @Test
    void aValueThatDoesNotMatchItsSchemaIsRejected() {
        DataException e = assertThrows(DataException.class,
                () -> hoist("w").apply(sinkRecord(Schema.INT32_SCHEMA, "str")));
        assertEquals("Invalid Java object for schema with type INT32: class java.lang.String for field: \"w\"",
                e.getMessage());
    }

    @Test
    void wrapperSchemasAreCachedUntilClose() {
        HoistField.Value<SinkRecord> hoist = hoist("w");
        Schema first = hoist.apply(sinkRecord(Schema.INT32_SCHEMA, 1)).valueSchema();
        assertSame(first, hoist.apply(sinkRecord(Schema.INT32_SCHEMA, 2)).valueSchema());
        hoist.close();
        assertThrows(NullPointerException.class, () -> hoist.apply(sinkRecord(Schema.INT32_SCHEMA, 1)));
    }

    @Test
    void keyVariantWrapsTheKey() {
        SinkRecord result = configured(new HoistField.Key<SinkRecord>(), Map.of("field", "k"))
                .apply(sinkRecord(Schema.STRING_SCHEMA, "kk", Schema.INT32_SCHEMA, 1));
        assertEquals(SchemaBuilder.struct().field("k", Schema.STRING_SCHEMA).build(), result.keySchema());
        assertEquals("kk", ((Struct) result.key()).get("k"));
        assertEquals(1, result.value());
        assertEquals("4.3.1", new HoistField.Key<SinkRecord>().version());
    }
}
