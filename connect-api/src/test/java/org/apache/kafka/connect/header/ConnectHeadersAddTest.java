/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.header;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

/** How each way of adding a header picks the schema and which values it rejects, as observed on Apache 4.3.1. */
class ConnectHeadersAddTest {

    private static final Schema INT_ARRAY = SchemaBuilder.array(Schema.INT32_SCHEMA).build();
    private static final Schema STRING_TO_INT_MAP = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build();
    private static final Schema STRUCT = SchemaBuilder.struct().name("S").field("f", Schema.INT32_SCHEMA).build();

    private final ConnectHeaders headers = new ConnectHeaders();

    private Header only() {
        assertEquals(1, headers.size());
        return headers.iterator().next();
    }

    private void assertOnly(String key, Object value, Schema schema) {
        Header header = only();
        assertEquals(key, header.key());
        assertEquals(value, header.value());
        assertSame(schema, header.schema());
    }

    @Test
    void primitiveAddersUseTheRequiredStandardSchemas() {
        assertSame(Schema.BOOLEAN_SCHEMA, new ConnectHeaders().addBoolean("k", true).lastWithName("k").schema());
        assertSame(Schema.INT8_SCHEMA, new ConnectHeaders().addByte("k", (byte) 1).lastWithName("k").schema());
        assertSame(Schema.INT16_SCHEMA, new ConnectHeaders().addShort("k", (short) 1).lastWithName("k").schema());
        assertSame(Schema.INT32_SCHEMA, new ConnectHeaders().addInt("k", 1).lastWithName("k").schema());
        assertSame(Schema.INT64_SCHEMA, new ConnectHeaders().addLong("k", 1L).lastWithName("k").schema());
        assertSame(Schema.FLOAT32_SCHEMA, new ConnectHeaders().addFloat("k", 1.5f).lastWithName("k").schema());
        assertSame(Schema.FLOAT64_SCHEMA, new ConnectHeaders().addDouble("k", 1.5).lastWithName("k").schema());
        assertEquals((byte) 1, new ConnectHeaders().addByte("k", (byte) 1).lastWithName("k").value());
        assertEquals(1.5f, new ConnectHeaders().addFloat("k", 1.5f).lastWithName("k").value());
    }

    @Test
    void stringAndBytesUseARequiredSchemaForValuesAndAnOptionalOneForNull() {
        headers.addString("s", "v").addString("ns", null);
        byte[] bytes = {1, 2};
        headers.addBytes("b", bytes).addBytes("nb", null);
        assertSame(Schema.STRING_SCHEMA, headers.lastWithName("s").schema());
        assertSame(Schema.OPTIONAL_STRING_SCHEMA, headers.lastWithName("ns").schema());
        assertSame(Schema.BYTES_SCHEMA, headers.lastWithName("b").schema());
        assertSame(bytes, headers.lastWithName("b").value());
        assertSame(Schema.OPTIONAL_BYTES_SCHEMA, headers.lastWithName("nb").schema());
        assertNull(headers.lastWithName("nb").value());
    }

    @Test
    void everyAdderReturnsTheSameCollectionForChaining() {
        assertSame(headers, headers.addInt("a", 1));
        assertSame(headers, headers.add("b", 2, Schema.INT32_SCHEMA));
        assertSame(headers, headers.add("c", SchemaAndValue.NULL));
        assertSame(headers, headers.add(headers.lastWithName("a")));
    }

    @Test
    void nullKeysAreRejectedByEveryAdder() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> headers.addString(null, "v"));
        assertEquals("Null header keys are not permitted", e.getMessage());
        assertEquals("Null header keys are not permitted",
                assertThrows(NullPointerException.class, () -> headers.addInt(null, 1)).getMessage());
        assertEquals("Null header keys are not permitted",
                assertThrows(NullPointerException.class, () -> headers.add(null, "v", Schema.STRING_SCHEMA)).getMessage());
        assertEquals("Null header keys are not permitted",
                assertThrows(NullPointerException.class, () -> headers.addList(null, null, null)).getMessage());
        assertEquals(0, headers.size());
    }

    @Test
    void nullHeaderIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> headers.add((Header) null));
        assertEquals("Unable to add a null header.", e.getMessage());
    }

    @Test
    void anyHeaderImplementationIsAcceptedAsIsEvenWithoutAKey() {
        Header foreign = new FixedHeader(null, Schema.INT32_SCHEMA, "not an int");
        headers.add(foreign);
        assertSame(foreign, only());
    }

    @Test
    void valueWithSchemaIsCheckedBeforeTheKey() {
        DataException e = assertThrows(DataException.class, () -> headers.add(null, "str", Schema.INT32_SCHEMA));
        assertEquals("The value str is not compatible with the schema Schema{INT32}", e.getMessage());
    }

    @Test
    void valueOfTheWrongJavaClassIsRejected() {
        assertEquals("The value 5 is not compatible with the schema Schema{INT32}",
                assertThrows(DataException.class, () -> headers.add("k", 5L, Schema.INT32_SCHEMA)).getMessage());
        assertEquals("The value 5 is not compatible with the schema Schema{INT64}",
                assertThrows(DataException.class, () -> headers.add("k", 5, Schema.INT64_SCHEMA)).getMessage());
        assertEquals("The value 1.5 is not compatible with the schema Schema{BYTES}",
                assertThrows(DataException.class,
                        () -> headers.add("k", new BigDecimal("1.5"), Schema.BYTES_SCHEMA)).getMessage());
        assertEquals("The value 1.5 is not compatible with the schema Schema{org.apache.kafka.connect.data.Decimal:BYTES}",
                assertThrows(DataException.class, () -> headers.add("k", "1.5", Decimal.schema(1))).getMessage());
        assertEquals(0, headers.size());
    }

    @Test
    void eachSchemaTypeAcceptsOnlyItsOwnJavaClasses() {
        assertAccepts(Schema.INT8_SCHEMA, (byte) 1);
        assertAccepts(Schema.INT16_SCHEMA, (short) 1);
        assertAccepts(Schema.INT32_SCHEMA, 1);
        assertAccepts(Schema.INT64_SCHEMA, 1L);
        assertAccepts(Schema.FLOAT32_SCHEMA, 1f);
        assertAccepts(Schema.FLOAT64_SCHEMA, 1d);
        assertAccepts(Schema.BOOLEAN_SCHEMA, true);
        assertAccepts(Schema.STRING_SCHEMA, "s");
        assertAccepts(Schema.BYTES_SCHEMA, new byte[] {1}, ByteBuffer.wrap(new byte[] {1}));
        assertAccepts(INT_ARRAY, new ArrayList<>());
        assertAccepts(STRING_TO_INT_MAP, new HashMap<>());
        assertAccepts(STRUCT, new Struct(STRUCT));
    }

    @Test
    void logicalSchemasAlsoAcceptTheirLogicalJavaClass() {
        assertAccepts(Decimal.schema(2), new byte[] {1}, ByteBuffer.wrap(new byte[] {1}), new BigDecimal("1.25"));
        assertAccepts(Date.SCHEMA, 1, new java.util.Date(0));
        assertAccepts(Time.SCHEMA, 1, new java.util.Date(0));
        assertAccepts(Timestamp.SCHEMA, 1L, new java.util.Date(0));
        assertAccepts(SchemaBuilder.bytes().name(Decimal.LOGICAL_NAME).build(),
                new byte[] {1}, ByteBuffer.wrap(new byte[] {1}), new BigDecimal("1.25"));
        assertAccepts(SchemaBuilder.int32().name("my.Logical").build(), 1);
    }

    @Test
    void logicalClassIsRejectedWhenTheSchemaTypeIsNotTheLogicalTypesOwn() {
        Schema stringNamedDate = SchemaBuilder.string().name(Date.LOGICAL_NAME).build();
        Schema int64NamedDecimal = SchemaBuilder.int64().name(Decimal.LOGICAL_NAME).build();
        Schema int32NamedTimestamp = SchemaBuilder.int32().name(Timestamp.LOGICAL_NAME).build();
        assertThrows(DataException.class, () -> headers.add("k", new java.util.Date(0), stringNamedDate));
        assertThrows(DataException.class, () -> headers.add("k", BigDecimal.ONE, int64NamedDecimal));
        assertThrows(DataException.class, () -> headers.add("k", new java.util.Date(0), int32NamedTimestamp));
    }

    @Test
    void checkIsShallowAndIgnoresElementsFieldsAndLogicalConstraints() {
        headers.add("list", Arrays.asList("x"), INT_ARRAY)
                .add("map", Collections.singletonMap("a", "b"), STRING_TO_INT_MAP)
                .add("struct", new Struct(STRUCT), STRUCT)
                .add("date", new java.util.Date(5), Date.SCHEMA)
                .add("decimal", new BigDecimal("1.5"), Decimal.schema(3));
        assertEquals(5, headers.size());
    }

    @Test
    void nullValueNeedsAnOptionalSchemaOrNone() {
        DataException e = assertThrows(DataException.class, () -> headers.add("k", null, Schema.INT32_SCHEMA));
        assertEquals("A null value requires an optional schema but was Schema{INT32}", e.getMessage());
        assertEquals("A null value requires an optional schema but was Schema{org.apache.kafka.connect.data.Date:INT32}",
                assertThrows(DataException.class, () -> headers.add("k", null, Date.SCHEMA)).getMessage());
        headers.add("opt", null, Schema.OPTIONAL_INT32_SCHEMA).add("none", null, null);
        assertSame(Schema.OPTIONAL_INT32_SCHEMA, headers.lastWithName("opt").schema());
        assertNull(headers.lastWithName("none").schema());
    }

    @Test
    void valueWithoutSchemaIsAccepted() {
        headers.add("k", "str", null);
        assertOnly("k", "str", null);
    }

    @Test
    void schemaAndValueIsUnpackedAndNullMeansNeitherSchemaNorValue() {
        headers.add("k", new SchemaAndValue(Schema.INT32_SCHEMA, 3)).add("n", (SchemaAndValue) null);
        assertEquals(3, headers.lastWithName("k").value());
        assertSame(Schema.INT32_SCHEMA, headers.lastWithName("k").schema());
        assertNull(headers.lastWithName("n").schema());
        assertNull(headers.lastWithName("n").value());
        DataException e = assertThrows(DataException.class,
                () -> headers.add("k", new SchemaAndValue(Schema.BOOLEAN_SCHEMA, 3)));
        assertEquals("The value 3 is not compatible with the schema Schema{BOOLEAN}", e.getMessage());
    }

    @Test
    void addWithoutValidatingSkipsTheCheckButStillNeedsAKey() {
        class Unchecked extends ConnectHeaders {
            Headers addRaw(String key, Object value, Schema schema) {
                return addWithoutValidating(key, value, schema);
            }
        }
        Unchecked unchecked = new Unchecked();
        unchecked.addRaw("k", 1, Schema.STRING_SCHEMA);
        assertEquals(1, unchecked.lastWithName("k").value());
        assertEquals("Null header keys are not permitted",
                assertThrows(NullPointerException.class, () -> unchecked.addRaw(null, 1, null)).getMessage());
    }

    @Test
    void listAndMapKeepTheirSchemaButOnlyCheckItsType() {
        List<Object> list = Arrays.asList("not", "ints");
        headers.addList("l", list, INT_ARRAY).addMap("m", Collections.singletonMap("a", "b"), STRING_TO_INT_MAP);
        assertSame(INT_ARRAY, headers.lastWithName("l").schema());
        assertSame(list, headers.lastWithName("l").value());
        assertSame(STRING_TO_INT_MAP, headers.lastWithName("m").schema());

        assertEquals("Expecting ARRAY but instead found INT32", assertThrows(DataException.class,
                () -> headers.addList("k", Collections.emptyList(), Schema.INT32_SCHEMA)).getMessage());
        assertEquals("Expecting MAP but instead found INT32", assertThrows(DataException.class,
                () -> headers.addMap("k", Collections.emptyMap(), Schema.INT32_SCHEMA)).getMessage());
        // The schema type is checked before the key.
        assertThrows(DataException.class, () -> headers.addList(null, Collections.emptyList(), Schema.INT32_SCHEMA));
    }

    @Test
    void listOrMapWithoutSchemaFailsWithAPlainNullPointerException() {
        assertThrows(NullPointerException.class, () -> headers.addList("k", List.of(1), null));
        assertThrows(NullPointerException.class, () -> headers.addMap("k", Map.of("a", 1), null));
    }

    @Test
    void nullListMapStructOrDecimalIsStoredWithoutSchemaWhateverSchemaWasGiven() {
        headers.addList("l", null, Schema.INT32_SCHEMA)
                .addMap("m", null, STRING_TO_INT_MAP)
                .addStruct("s", null)
                .addDecimal("d", null);
        for (Header header : headers) {
            assertNull(header.schema(), header.key());
            assertNull(header.value(), header.key());
        }
    }

    @Test
    void structUsesItsOwnSchemaAndIsNotValidated() {
        Struct incomplete = new Struct(STRUCT);
        headers.addStruct("s", incomplete);
        assertOnly("s", incomplete, STRUCT);
    }

    @Test
    void decimalSchemaCarriesTheValuesScale() {
        headers.addDecimal("d", new BigDecimal("12.345")).addDecimal("e", new BigDecimal("1E+3"));
        assertEquals(Decimal.schema(3), headers.lastWithName("d").schema());
        assertEquals(Map.of("scale", "3"), headers.lastWithName("d").schema().parameters());
        assertEquals(Map.of("scale", "-3"), headers.lastWithName("e").schema().parameters());
    }

    @Test
    void dateTimeAndTimestampUseTheirLogicalSchemasEvenForNull() {
        java.util.Date day = new java.util.Date(86_400_000L);
        java.util.Date second = new java.util.Date(1_000L);
        headers.addDate("d", day).addTime("t", second).addTimestamp("ts", second);
        headers.addDate("nd", null).addTime("nt", null).addTimestamp("nts", null);
        assertSame(Date.SCHEMA, headers.lastWithName("d").schema());
        assertSame(day, headers.lastWithName("d").value());
        assertSame(Time.SCHEMA, headers.lastWithName("t").schema());
        assertSame(Timestamp.SCHEMA, headers.lastWithName("ts").schema());
        assertSame(Date.SCHEMA, headers.lastWithName("nd").schema());
        assertSame(Time.SCHEMA, headers.lastWithName("nt").schema());
        assertSame(Timestamp.SCHEMA, headers.lastWithName("nts").schema());
        assertNull(headers.lastWithName("nts").value());
    }

    @Test
    void dateWithATimeOfDayAndTimeOnAnotherDayAreRejected() {
        assertEquals("Kafka Connect Date type should not have any time fields set to non-zero values.",
                assertThrows(DataException.class, () -> headers.addDate("k", new java.util.Date(1000L))).getMessage());
        assertEquals("Kafka Connect Time type should not have any date fields set to non-zero values.",
                assertThrows(DataException.class,
                        () -> headers.addTime("k", new java.util.Date(86_400_001L))).getMessage());
        // Checked before the key.
        assertThrows(DataException.class, () -> headers.addDate(null, new java.util.Date(5)));
        assertEquals(0, headers.size());
    }

    @Test
    void bytesValueIsKeptAsTheSameArray() {
        byte[] bytes = {1, 2, 3};
        headers.add("k", bytes, Schema.BYTES_SCHEMA);
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) only().value());
        assertSame(bytes, only().value());
    }

    private void assertAccepts(Schema schema, Object... accepted) {
        Object[] candidates = {
            (byte) 1, (short) 1, 1, 1L, 1f, 1d, true, "s", new byte[] {1}, ByteBuffer.wrap(new byte[] {1}),
            new BigDecimal("1.25"), new java.util.Date(0), new ArrayList<>(), new HashMap<>(), new Struct(STRUCT),
            'c', java.math.BigInteger.ONE, new Object()
        };
        List<String> acceptedClasses = new ArrayList<>();
        for (Object value : accepted) {
            acceptedClasses.add(value.getClass().getName());
        }
        for (Object candidate : candidates) {
            boolean expected = acceptedClasses.contains(candidate.getClass().getName());
            boolean actual;
            try {
                new ConnectHeaders().add("k", candidate, schema);
                actual = true;
            } catch (DataException e) {
                actual = false;
            }
            assertEquals(expected, actual, schema + " with " + candidate.getClass().getName());
        }
    }

    /** A minimal foreign Header, to show that ConnectHeaders does not insist on its own class. */
    static final class FixedHeader implements Header {
        private final String key;
        private final Schema schema;
        private final Object value;

        FixedHeader(String key, Schema schema, Object value) {
            this.key = key;
            this.schema = schema;
            this.value = value;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Schema schema() {
            return schema;
        }

        @Override
        public Object value() {
            return value;
        }

        @Override
        public Header with(Schema schema, Object value) {
            return new FixedHeader(key, schema, value);
        }

        @Override
        public Header rename(String key) {
            return new FixedHeader(key, schema, value);
        }

        @Override
        public String toString() {
            return "Fixed(" + key + ")";
        }
    }
}
