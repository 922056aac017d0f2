/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.field;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.apache.kafka.connect.transforms.field.FieldSyntaxVersion.V1;
import static org.apache.kafka.connect.transforms.field.FieldSyntaxVersion.V2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Looking fields and values up with a {@link SingleFieldPath}. */
class SingleFieldPathLookupTest {

    private static final Schema INNER = SchemaBuilder.struct()
            .field("c", Schema.INT32_SCHEMA)
            .field("d", SchemaBuilder.string().optional().defaultValue("dflt").build())
            .build();
    private static final Schema OUTER = SchemaBuilder.struct()
            .field("a", Schema.INT32_SCHEMA)
            .field("b", INNER)
            .field("x.y", Schema.STRING_SCHEMA)
            .field("o", SchemaBuilder.struct().optional().field("c", Schema.INT32_SCHEMA).build())
            .field("m", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build())
            .field("e", SchemaBuilder.int32().optional().defaultValue(9).build())
            .build();
    private static final Struct STRUCT = new Struct(OUTER).put("a", 1).put("b", new Struct(INNER).put("c", 2))
            .put("x.y", "xy").put("m", Map.of("k", 5));

    private static SingleFieldPath path(String text, FieldSyntaxVersion version) {
        return new SingleFieldPath(text, version);
    }

    @Test
    void fieldFromFindsTopLevelAndNestedFields() {
        Field a = path("a", V1).fieldFrom(OUTER);
        assertEquals("a", a.name());
        assertEquals(0, a.index());
        Field c = path("b.c", V2).fieldFrom(OUTER);
        assertEquals("c", c.name());
        assertEquals(Schema.INT32_SCHEMA, c.schema());
        assertEquals("x.y", path("x.y", V1).fieldFrom(OUTER).name());
        assertEquals("x.y", path("`x.y`", V2).fieldFrom(OUTER).name());
        // Optional parents are walked through like required ones.
        assertEquals("c", path("o.c", V2).fieldFrom(OUTER).name());
    }

    @Test
    void fieldFromReturnsNullForMissingStepsAndNullSchemas() {
        assertNull(path("b.c", V1).fieldFrom(OUTER));
        assertNull(path("x.y", V2).fieldFrom(OUTER));
        assertNull(path("zz.c", V2).fieldFrom(OUTER));
        assertNull(path("b.zz", V2).fieldFrom(OUTER));
        assertNull(path("a", V1).fieldFrom(null));
        assertNull(path("a.b", V2).fieldFrom(null));
    }

    @Test
    void fieldFromFailsWhenAStepIsNotAStruct() {
        DataException nested = assertThrows(DataException.class, () -> path("a.z", V2).fieldFrom(OUTER));
        assertEquals("Cannot look up fields on non-struct type", nested.getMessage());
        DataException top = assertThrows(DataException.class, () -> path("a", V1).fieldFrom(Schema.INT32_SCHEMA));
        assertEquals("Cannot look up fields on non-struct type", top.getMessage());
    }

    @Test
    void valueFromStructWalksNestedStructs() {
        assertEquals(1, path("a", V1).valueFrom(STRUCT));
        assertEquals(2, path("b.c", V2).valueFrom(STRUCT));
        assertEquals("xy", path("`x.y`", V2).valueFrom(STRUCT));
        assertEquals(Map.of("k", 5), path("m", V2).valueFrom(STRUCT));
    }

    @Test
    void valueFromStructReturnsNullForMissingFieldsNullParentsAndNullStructs() {
        assertNull(path("zz", V1).valueFrom(STRUCT));
        assertNull(path("zz.c", V2).valueFrom(STRUCT));
        assertNull(path("b.c", V1).valueFrom(STRUCT));
        assertNull(path("o.c", V2).valueFrom(STRUCT));
        assertNull(path("a", V1).valueFrom((Struct) null));
    }

    @Test
    void finalFieldDefaultsApplyUnlessDisabled() {
        assertEquals(9, path("e", V1).valueFrom(STRUCT));
        assertEquals(9, path("e", V1).valueFrom(STRUCT, true));
        assertNull(path("e", V1).valueFrom(STRUCT, false));
        assertEquals("dflt", path("b.d", V2).valueFrom(STRUCT));
        assertNull(path("b.d", V2).valueFrom(STRUCT, false));
    }

    @Test
    void intermediateStructsAlwaysFallBackToTheirDefaults() {
        SchemaBuilder innerBuilder = SchemaBuilder.struct().optional().field("x", Schema.INT32_SCHEMA);
        innerBuilder.defaultValue(new Struct(innerBuilder).put("x", 5));
        Schema outer = SchemaBuilder.struct().field("n", innerBuilder.build()).build();
        Struct withoutN = new Struct(outer);

        assertEquals(5, path("n.x", V2).valueFrom(withoutN, true));
        assertEquals(5, path("n.x", V2).valueFrom(withoutN, false));
        assertNull(path("n", V2).valueFrom(withoutN, false));
    }

    @Test
    void valueFromStructFailsWhenAParentIsNotAStruct() {
        DataException map = assertThrows(DataException.class, () -> path("m.k", V2).valueFrom(STRUCT));
        assertEquals("Only Struct objects supported for [nested field access], found: "
                + "java.util.ImmutableCollections$Map1", map.getMessage());
        DataException integer = assertThrows(DataException.class, () -> path("a.z", V2).valueFrom(STRUCT, false));
        assertEquals("Only Struct objects supported for [nested field access], found: java.lang.Integer",
                integer.getMessage());
    }

    @Test
    void valueFromMapWalksNestedMaps() {
        Map<String, Object> map = new HashMap<>();
        map.put("a", 1);
        map.put("b", new HashMap<>(Map.of("c", 2, "n", new HashMap<>(Map.of("z", "deep")))));
        map.put("x.y", "xy");
        map.put("s", "str");
        map.put("nul", null);

        assertEquals(1, path("a", V2).valueFrom(map));
        assertEquals(2, path("b.c", V2).valueFrom(map));
        assertEquals("deep", path("b.n.z", V2).valueFrom(map));
        assertEquals("xy", path("x.y", V1).valueFrom(map));
        assertEquals("xy", path("`x.y`", V2).valueFrom(map));
        assertNull(path("x.y", V2).valueFrom(map));
        assertNull(path("b.c", V1).valueFrom(map));
        assertNull(path("nul.z", V2).valueFrom(map));
        assertNull(path("zz.q", V2).valueFrom(map));
        assertNull(path("a", V1).valueFrom((Map<String, Object>) null));

        DataException e = assertThrows(DataException.class, () -> path("s.z", V2).valueFrom(map));
        assertEquals("Only Map objects supported in absence of schema for [nested field access], found: "
                + "java.lang.String", e.getMessage());
    }

    @Test
    void anEmptyV2PathCannotLookAnythingUp() {
        assertThrows(IllegalArgumentException.class, () -> path("", V2).valueFrom(new HashMap<>(Map.of("", 5))));
    }
}
