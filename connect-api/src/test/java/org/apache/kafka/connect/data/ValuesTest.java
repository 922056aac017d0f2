/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaBuilderException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The collection and struct conversions, schema inference, the {@code convertTo} dispatch and the alignment
 * helpers of {@link Values}. Number, logical, string and parsing rules have their own test classes.
 */
class ValuesTest {

    private static final String NULL_NOT_ALLOWED = "Unable to convert a null value to a schema that requires a value";

    private static Map<Object, Object> mapOf(Object... keysAndValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Nested
    class ConvertToList {
        @Test
        void listsAreReturnedAsIs() {
            List<Object> list = Arrays.asList(1, "a");
            assertSame(list, Values.convertToList(SchemaBuilder.array(Schema.INT64_SCHEMA).build(), list));
        }

        @Test
        void stringsHoldingAListAreParsedWithoutApplyingTheSchema() {
            assertEquals(Arrays.asList((byte) 1, (byte) 2), Values.convertToList(null, "[1,2]"));
            assertEquals(Arrays.asList((byte) 1, (byte) 2),
                    Values.convertTo(SchemaBuilder.array(Schema.INT64_SCHEMA).build(), Schema.STRING_SCHEMA, "[1,2]"));
            assertEquals(ArrayList.class, Values.convertToList(null, "[1]").getClass());
        }

        @Test
        void otherValuesAreRejectedNamingWhatTheStringParsedTo() {
            DataException e = assertThrows(DataException.class, () -> Values.convertToList(null, "5"));
            assertEquals("Unable to convert 5 (class java.lang.Byte) to Schema{ARRAY}", e.getMessage());
            e = assertThrows(DataException.class, () -> Values.convertToList(null, "abc"));
            assertEquals("Unable to convert abc (class java.lang.String) to Schema{ARRAY}", e.getMessage());
            e = assertThrows(DataException.class, () -> Values.convertToList(null, Collections.singletonMap("a", 1)));
            assertEquals("Unable to convert {a=1} (class java.util.Collections$SingletonMap) to Schema{ARRAY}", e.getMessage());
        }

        @Test
        void nullAndTheNullLiteralAreRejected() {
            DataException e = assertThrows(DataException.class, () -> Values.convertToList(null, null));
            assertEquals(NULL_NOT_ALLOWED, e.getMessage());
            NullPointerException npe = assertThrows(NullPointerException.class, () -> Values.convertToList(null, "null"));
            assertEquals("Cannot invoke \"org.apache.kafka.connect.data.SchemaAndValue.value()\" because \"schemaAndValue\" is null",
                    npe.getMessage());
        }
    }

    @Nested
    class ConvertToMap {
        @Test
        void mapsAreReturnedAsIs() {
            Map<Object, Object> map = new HashMap<>();
            assertSame(map, Values.convertToMap(null, map));
        }

        @Test
        void stringsHoldingAMapAreParsed() {
            assertEquals(mapOf("a", (byte) 1), Values.convertToMap(null, "{\"a\":1}"));
        }

        @Test
        void otherValuesAreRejected() {
            DataException e = assertThrows(DataException.class, () -> Values.convertToMap(null, "[1,2]"));
            assertEquals("Unable to convert [1, 2] (class java.util.ArrayList) to Schema{MAP}", e.getMessage());
            e = assertThrows(DataException.class, () -> Values.convertToMap(null, new java.util.Date(0L)));
            assertEquals("Unable to convert " + new java.util.Date(0L) + " (class java.util.Date) to Schema{MAP}", e.getMessage());
            assertThrows(NullPointerException.class, () -> Values.convertToMap(null, "null"));
        }
    }

    @Nested
    class ConvertToStruct {
        private final Schema schema = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();

        @Test
        void structsAreReturnedAsIsEvenForAnotherSchema() {
            Struct struct = new Struct(schema).put("a", 1);
            assertSame(struct, Values.convertToStruct(null, struct));
            assertSame(struct, Values.convertTo(SchemaBuilder.struct().field("z", Schema.INT8_SCHEMA).build(), null, struct));
        }

        @Test
        void nothingElseConvertsNotEvenStringsOrMaps() {
            DataException e = assertThrows(DataException.class, () -> Values.convertToStruct(null, "{\"a\":1}"));
            assertEquals("Unable to convert {\"a\":1} (class java.lang.String) to Schema{STRUCT}", e.getMessage());
            e = assertThrows(DataException.class, () -> Values.convertToStruct(schema, mapOf("a", 1)));
            assertEquals("Unable to convert {a=1} (class java.util.LinkedHashMap) to Schema{STRUCT}", e.getMessage());
            e = assertThrows(DataException.class, () -> Values.convertToStruct(null, null));
            assertEquals(NULL_NOT_ALLOWED, e.getMessage());
        }
    }

    @Nested
    class InferSchema {
        @Test
        void primitivesMapToTheirRequiredSchemas() {
            assertEquals(Schema.INT8_SCHEMA, Values.inferSchema((byte) 1));
            assertEquals(Schema.INT16_SCHEMA, Values.inferSchema((short) 1));
            assertEquals(Schema.INT32_SCHEMA, Values.inferSchema(1));
            assertEquals(Schema.INT64_SCHEMA, Values.inferSchema(1L));
            assertEquals(Schema.FLOAT32_SCHEMA, Values.inferSchema(1.5f));
            assertEquals(Schema.FLOAT64_SCHEMA, Values.inferSchema(1.5));
            assertEquals(Schema.BOOLEAN_SCHEMA, Values.inferSchema(true));
            assertEquals(Schema.STRING_SCHEMA, Values.inferSchema("a"));
            assertEquals(Schema.BYTES_SCHEMA, Values.inferSchema(new byte[] {1}));
            assertEquals(Schema.BYTES_SCHEMA, Values.inferSchema(ByteBuffer.wrap(new byte[] {1})));
        }

        @Test
        void valuesWhoseClassDoesNotIdentifyASchemaGiveNull() {
            assertNull(Values.inferSchema(null));
            assertNull(Values.inferSchema(new BigDecimal("1.5")));
            assertNull(Values.inferSchema(new java.util.Date(5L)));
            assertNull(Values.inferSchema('c'));
            assertNull(Values.inferSchema(new Object[] {1}));
            assertNull(Values.inferSchema(new HashSet<>(List.of(1))));
        }

        @Test
        void structsGiveTheirOwnSchema() {
            Schema schema = SchemaBuilder.struct().name("rec").field("a", Schema.INT32_SCHEMA).build();
            assertSame(schema, Values.inferSchema(new Struct(schema).put("a", 1)));
        }

        @Test
        void listsOfOneTypeGiveAnArraySchemaThatIsOptionalIfNullsOccur() {
            assertEquals(SchemaBuilder.array(Schema.INT32_SCHEMA).build(), Values.inferSchema(Arrays.asList(1, 2)));
            assertEquals(SchemaBuilder.array(Schema.OPTIONAL_INT32_SCHEMA).build(), Values.inferSchema(Arrays.asList(null, 1)));
            assertEquals(SchemaBuilder.array(Schema.BYTES_SCHEMA).build(), Values.inferSchema(List.of(new byte[] {1})));
        }

        @Test
        void nestedCollectionsOnlyContributeTheirType() {
            assertEquals(SchemaBuilder.array(SchemaBuilder.type(Schema.Type.ARRAY).build()).build(),
                    Values.inferSchema(Arrays.asList(List.of(1), List.of("x"))));
            assertEquals(SchemaBuilder.array(SchemaBuilder.type(Schema.Type.MAP).build()).build(),
                    Values.inferSchema(Arrays.asList(Map.of("a", 1), Map.of("b", 2))));
        }

        @Test
        void emptyOrMixedOrUninferableListsGiveNull() {
            assertNull(Values.inferSchema(new ArrayList<>()));
            assertNull(Values.inferSchema(Arrays.asList(1, "a")));
            assertNull(Values.inferSchema(Arrays.asList(1, 1L)));
            assertNull(Values.inferSchema(List.of(new BigDecimal("1"))));
        }

        @Test
        void listsOfOnlyNullsCannotBeInferred() {
            SchemaBuilderException e = assertThrows(SchemaBuilderException.class,
                    () -> Values.inferSchema(Collections.singletonList(null)));
            assertEquals("type cannot be null", e.getMessage());
        }

        @Test
        void mapsNeedOneKeyTypeAndOneValueType() {
            assertEquals(SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build(), Values.inferSchema(Map.of("a", 1)));
            assertEquals(SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT64_SCHEMA).build(), Values.inferSchema(new TreeMap<>(Map.of("k", 2L))));
            assertNull(Values.inferSchema(Collections.emptyMap()));
            assertNull(Values.inferSchema(mapOf("a", 1, "b", "x")));
            assertThrows(SchemaBuilderException.class, () -> Values.inferSchema(Collections.singletonMap("a", null)));
        }
    }

    @Nested
    class SchemaDetector {
        @Test
        void theFirstValueFixesTheTypeAndOthersMustMatchIt() {
            Values.SchemaDetector detector = new Values.SchemaDetector();
            assertTrue(detector.canDetect(1));
            assertTrue(detector.canDetect(2));
            assertFalse(detector.canDetect("a"));
            assertFalse(detector.canDetect((byte) 1));
            assertEquals(Schema.INT32_SCHEMA, detector.schema());
        }

        @Test
        void nullsAreAcceptedAndMakeTheSchemaOptional() {
            Values.SchemaDetector detector = new Values.SchemaDetector();
            assertTrue(detector.canDetect("a"));
            assertTrue(detector.canDetect(null));
            assertTrue(detector.canDetect("b"));
            assertEquals(Schema.OPTIONAL_STRING_SCHEMA, detector.schema());
        }

        @Test
        void onlyTheTypeIsKeptForStructuredValues() {
            Values.SchemaDetector detector = new Values.SchemaDetector();
            assertTrue(detector.canDetect(List.of(1)));
            assertTrue(detector.canDetect(List.of("a")));
            assertEquals(SchemaBuilder.type(Schema.Type.ARRAY).build(), detector.schema());
        }

        @Test
        void valuesWithoutInferableSchemaAreNotDetected() {
            Values.SchemaDetector detector = new Values.SchemaDetector();
            assertFalse(detector.canDetect(new BigDecimal("1.5")));
            assertFalse(detector.canDetect(new ArrayList<>()));
            SchemaBuilderException e = assertThrows(SchemaBuilderException.class, detector::schema);
            assertEquals("type cannot be null", e.getMessage());
        }

        @Test
        void eachSchemaCallBuildsANewSchema() {
            Values.SchemaDetector detector = new Values.SchemaDetector();
            detector.canDetect(1);
            assertNotSame(detector.schema(), detector.schema());
        }
    }

    @Nested
    class ConvertTo {
        @Test
        void nullIsAllowedOnlyForOptionalTargets() {
            assertNull(Values.convertTo(Schema.OPTIONAL_INT8_SCHEMA, null, null));
            assertNull(Values.convertTo(SchemaBuilder.array(Schema.INT8_SCHEMA).optional().build(), null, null));
            DataException e = assertThrows(DataException.class, () -> Values.convertTo(Schema.INT8_SCHEMA, null, null));
            assertEquals(NULL_NOT_ALLOWED, e.getMessage());
        }

        @Test
        void dispatchesOnTheTargetType() {
            assertEquals((byte) 5, Values.convertTo(Schema.INT8_SCHEMA, null, "5"));
            assertEquals("5", Values.convertTo(Schema.STRING_SCHEMA, null, 5));
            assertEquals(new java.util.Date(86400000L), Values.convertTo(Date.SCHEMA, null, 1));
            assertEquals(new java.util.Date(1L), Values.convertTo(Time.SCHEMA, null, 1));
            assertEquals(new BigDecimal("1.5"), Values.convertTo(Decimal.schema(2), null, "1.5"));
        }

        @Test
        void aMissingTargetFailsWithANullPointerException() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Values.convertTo(null, null, "5"));
            assertEquals("Cannot invoke \"org.apache.kafka.connect.data.Schema.type()\" because \"toSchema\" is null", e.getMessage());
        }
    }

    @Nested
    class Alignment {
        @Test
        void listEntriesAreConvertedIntoANewList() {
            List<Object> input = new ArrayList<>(Arrays.asList((byte) 1, "2", 3L));
            List<Object> aligned = Values.alignListEntriesWithSchema(SchemaBuilder.array(Schema.INT16_SCHEMA).build(), input);
            assertEquals(Arrays.asList((short) 1, (short) 2, (short) 3), aligned);
            assertEquals(Arrays.asList((byte) 1, "2", 3L), input);
            assertEquals(ArrayList.class, aligned.getClass());
        }

        @Test
        void nullEntriesNeedAnOptionalElementSchema() {
            assertEquals(Arrays.asList((short) 1, null), Values.alignListEntriesWithSchema(
                    SchemaBuilder.array(Schema.OPTIONAL_INT16_SCHEMA).build(), Arrays.asList((byte) 1, null)));
            DataException e = assertThrows(DataException.class, () -> Values.alignListEntriesWithSchema(
                    SchemaBuilder.array(Schema.INT16_SCHEMA).build(), Arrays.asList((byte) 1, null)));
            assertEquals(NULL_NOT_ALLOWED, e.getMessage());
        }

        @Test
        void mapKeysAndValuesAreConvertedIntoANewOrderedMap() {
            Map<Object, Object> input = new TreeMap<>(Map.of("b", 1, "a", 2));
            Map<Object, Object> aligned = Values.alignMapKeysAndValuesWithSchema(
                    SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT64_SCHEMA).build(), input);
            assertEquals(mapOf("a", 2L, "b", 1L), aligned);
            assertEquals(LinkedHashMap.class, aligned.getClass());
        }

        @Test
        void onlyKeysAreConvertedByAlignMapKeys() {
            Map<Object, Object> aligned = Values.alignMapKeysWithSchema(
                    SchemaBuilder.map(Schema.INT16_SCHEMA, Schema.INT64_SCHEMA).build(), mapOf((byte) 1, (byte) 2, "3", "x"));
            assertEquals(mapOf((short) 1, (byte) 2, (short) 3, "x"), aligned);
        }

        @Test
        void keysThatBecomeEqualAreMerged() {
            assertEquals(mapOf(1, "b"), Values.alignMapKeysWithSchema(
                    SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.STRING_SCHEMA).build(), mapOf((byte) 1, "a", (short) 1, "b")));
        }

        @Test
        void missingSchemasOrInputsFailWithNullPointerExceptions() {
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> Values.alignListEntriesWithSchema(SchemaBuilder.type(Schema.Type.ARRAY).build(), List.of(1)));
            assertEquals("Cannot invoke \"org.apache.kafka.connect.data.Schema.type()\" because \"toSchema\" is null", e.getMessage());
            e = assertThrows(NullPointerException.class,
                    () -> Values.alignListEntriesWithSchema(SchemaBuilder.array(Schema.INT8_SCHEMA).build(), null));
            assertEquals("Cannot invoke \"java.util.List.iterator()\" because \"input\" is null", e.getMessage());
            e = assertThrows(NullPointerException.class,
                    () -> Values.alignMapKeysWithSchema(SchemaBuilder.map(Schema.INT8_SCHEMA, Schema.INT8_SCHEMA).build(), null));
            assertEquals("Cannot invoke \"java.util.Map.entrySet()\" because \"input\" is null", e.getMessage());
        }
    }

    @Nested
    class RoundTrip {
        @Test
        void convertToStringOutputParsesBackToTheSameValues() {
            Map<Object, Object> map = mapOf("a", List.of(1, 2), "b", List.of(3));
            String text = Values.convertToString(null, map);
            assertEquals("{\"a\":[1,2],\"b\":[3]}", text);
            SchemaAndValue parsed = Values.parseString(text);
            assertEquals(SchemaBuilder.map(Schema.STRING_SCHEMA, SchemaBuilder.array(Schema.INT8_SCHEMA).build()).build(),
                    parsed.schema());
            assertEquals(mapOf("a", List.of((byte) 1, (byte) 2), "b", List.of((byte) 3)), parsed.value());
        }
    }
}
