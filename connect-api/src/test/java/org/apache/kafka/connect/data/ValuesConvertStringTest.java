/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Values#convertToString} and the protected rendering helpers behind it. */
class ValuesConvertStringTest {

    private static TimeZone savedZone;

    @BeforeAll
    static void useUtc() {
        savedZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(savedZone);
    }

    private static String appended(Object value, boolean embedded) {
        StringBuilder sb = new StringBuilder();
        Values.append(sb, value, embedded);
        return sb.toString();
    }

    @Nested
    class ConvertToString {
        @Test
        void nullConvertsToNull() {
            assertNull(Values.convertToString(null, null));
        }

        @Test
        void stringsAreCopiedUnquoted() {
            String text = new String("a\"b\\c");
            assertEquals("a\"b\\c", Values.convertToString(Schema.STRING_SCHEMA, text));
            assertNotSame(text, Values.convertToString(null, text));
        }

        @Test
        void numbersAndBooleansUseTheirOwnToString() {
            assertEquals("1", Values.convertToString(null, (byte) 1));
            assertEquals("1.5", Values.convertToString(null, 1.5f));
            assertEquals("NaN", Values.convertToString(null, Double.NaN));
            assertEquals("1.0E20", Values.convertToString(null, 1e20f));
            assertEquals("1.50", Values.convertToString(null, new BigDecimal("1.50")));
            assertEquals("1E+3", Values.convertToString(null, new BigDecimal("1E+3")));
            assertEquals("true", Values.convertToString(null, true));
        }

        @Test
        void bytesBecomeBase64WhateverTheSchema() {
            assertEquals("AQI=", Values.convertToString(null, new byte[] {1, 2}));
            assertEquals("AGQ=", Values.convertToString(Decimal.schema(2), new byte[] {0, 100}));
            assertEquals("", Values.convertToString(null, new byte[0]));
        }

        @Test
        void heapBuffersAreEncodedFromTheirStartUpToTheLimitRegardlessOfPosition() {
            ByteBuffer buffer = ByteBuffer.wrap(new byte[] {1, 2, 3});
            buffer.get();
            assertEquals("AQID", Values.convertToString(null, buffer));
            assertEquals(1, buffer.position());
            ByteBuffer slice = ByteBuffer.wrap(new byte[] {1, 2, 3}, 1, 2).slice();
            assertEquals("AgM=", Values.convertToString(null, slice));
        }

        @Test
        void listsMapsAndStructsRenderLikeJsonWithEmbeddedStringsQuoted() {
            assertEquals("[1,\"a\",null]", Values.convertToString(null, Arrays.asList(1, "a", null)));
            Map<Object, Object> map = new LinkedHashMap<>();
            map.put("a", 1);
            map.put("b", "x\"y");
            map.put(3, null);
            map.put(null, Arrays.asList(1));
            assertEquals("{\"a\":1,\"b\":\"x\\\"y\",3:null,null:[1]}", Values.convertToString(null, map));
            assertEquals("[[1],[\"x\"]]", Values.convertToString(null, Arrays.asList(List.of(1), List.of("x"))));
            assertEquals("[\"AQ==\"]", Values.convertToString(null, Collections.singletonList(new byte[] {1})));
            assertEquals("[]", Values.convertToString(null, Collections.emptyList()));
            assertEquals("{}", Values.convertToString(null, Collections.emptyMap()));
        }

        @Test
        void structsRenderAsMapsOfFieldNamesIncludingDefaultsAndNulls() {
            Schema inner = SchemaBuilder.struct().name("inner").field("x", Schema.STRING_SCHEMA).build();
            Schema schema = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).field("b", Schema.OPTIONAL_STRING_SCHEMA)
                    .field("c", inner).field("d", SchemaBuilder.int32().defaultValue(7).build()).build();
            Struct struct = new Struct(schema).put("a", 1).put("c", new Struct(inner).put("x", "y"));
            assertEquals("{\"a\":1,\"b\":null,\"c\":{\"x\":\"y\"},\"d\":7}", Values.convertToString(schema, struct));
        }

        @Test
        void datesUseTheIsoFormatThatFitsTheInstant() {
            assertEquals("00:00:00.005Z", Values.convertToString(null, new java.util.Date(5L)));
            assertEquals("1970-01-02", Values.convertToString(Time.SCHEMA, new java.util.Date(86400000L)));
            assertEquals("2019-01-01T10:15:30.123Z", Values.convertToString(null, new java.util.Date(1546337730123L)));
            assertEquals("23:59:59.999Z", Values.convertToString(Date.SCHEMA, new java.util.Date(-1L)));
            assertEquals("[1970-01-02]", Values.convertToString(null, List.of(new java.util.Date(86400000L))));
        }

        @Test
        void datesAreRenderedInTheJvmDefaultTimeZone() {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            try {
                assertEquals("2019-01-01T05:15:30.123Z", Values.convertToString(null, new java.util.Date(1546337730123L)));
                assertEquals("2018-12-31", Values.convertToString(null, new java.util.Date(1546300800000L)));
            } finally {
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            }
        }

        @Test
        void logicalIntegersAreRenderedAsPlainNumbers() {
            assertEquals("17897", Values.convertToString(Date.SCHEMA, 17897));
        }

        @Test
        void unsupportedTypesAreRejected() {
            DataException e = assertThrows(DataException.class, () -> Values.convertToString(null, 'c'));
            assertEquals("Failed to serialize unexpected value type java.lang.Character: c", e.getMessage());
            e = assertThrows(DataException.class, () -> Values.convertToString(null, new HashSet<>(List.of("x"))));
            assertEquals("Failed to serialize unexpected value type java.util.HashSet: [x]", e.getMessage());
            e = assertThrows(DataException.class, () -> Values.convertToString(null, Optional.of(1)));
            assertEquals("Failed to serialize unexpected value type java.util.Optional: Optional[1]", e.getMessage());
        }
    }

    @Nested
    class Append {
        @Test
        void embeddedStringsAndBytesAreQuotedAndEscaped() {
            assertEquals("\"a\\\"b\\\\c\"", appended("a\"b\\c", true));
            assertEquals("a\"b\\c", appended("a\"b\\c", false));
            assertEquals("\"AQI=\"", appended(new byte[] {1, 2}, true));
            assertEquals("\"\"", appended(new byte[0], true));
            assertEquals("\"AQI=\"", appended(ByteBuffer.wrap(new byte[] {1, 2}), true));
        }

        @Test
        void otherValuesLookTheSameEmbeddedOrNot() {
            assertEquals("null", appended(null, true));
            assertEquals("7", appended(new java.util.concurrent.atomic.AtomicLong(7), true));
            assertEquals("00:00:00.000Z", appended(new java.util.Date(0L), true));
            assertEquals("{\"k\":\"v\"}", appended(Collections.singletonMap("k", "v"), false));
        }

        @Test
        void mapEntriesRenderAsKeyColonValue() {
            assertEquals("\"k\":1", appended(new AbstractMap.SimpleEntry<>("k", 1), false));
            assertEquals("1:\"v\"", appended(new AbstractMap.SimpleEntry<>(1, "v"), true));
        }

        @Test
        void appendsToWhatIsAlreadyThere() {
            StringBuilder sb = new StringBuilder("x=");
            Values.append(sb, List.of(1, 2), false);
            assertEquals("x=[1,2]", sb.toString());
        }

        @Test
        void aNullBuilderFailsWithANullPointerException() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Values.append(null, 1, true));
            assertEquals("Cannot invoke \"java.lang.StringBuilder.append(Object)\" because \"sb\" is null", e.getMessage());
        }

        @Test
        void iterablesAreCommaSeparatedEmbeddedValues() {
            StringBuilder sb = new StringBuilder();
            Values.appendIterable(sb, Arrays.asList(1, "a", null, List.of("b")).iterator());
            assertEquals("1,\"a\",null,[\"b\"]", sb.toString());
            StringBuilder empty = new StringBuilder("x");
            Values.appendIterable(empty, Collections.emptyIterator());
            assertEquals("x", empty.toString());
        }
    }

    @Nested
    class Escape {
        @Test
        void doublesBackslashesAndEscapesDoubleQuotesOnly() {
            assertEquals("a\\\"b\\\\c", Values.escape("a\"b\\c"));
            assertEquals("a\tb\nc,d:e[f]{g}'h", Values.escape("a\tb\nc,d:e[f]{g}'h"));
            assertEquals("$1\\\\$", Values.escape("$1\\$"));
            assertEquals("", Values.escape(""));
        }

        @Test
        void nullIsRejected() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Values.escape(null));
            assertEquals("Cannot invoke \"java.lang.CharSequence.length()\" because \"this.text\" is null", e.getMessage());
        }
    }

    @Nested
    class DateFormatFor {
        private String patternFor(long millis) {
            DateFormat format = Values.dateFormatFor(new java.util.Date(millis));
            return assertInstanceOf(SimpleDateFormat.class, format).toPattern();
        }

        @Test
        void instantsBeforeTheSecondDayOfTheEpochAreTimes() {
            assertEquals("HH:mm:ss.SSS'Z'", patternFor(0L));
            assertEquals("HH:mm:ss.SSS'Z'", patternFor(86399999L));
            assertEquals("HH:mm:ss.SSS'Z'", patternFor(-172800000L));
            assertEquals("HH:mm:ss.SSS'Z'", patternFor(Long.MIN_VALUE));
        }

        @Test
        void laterExactMidnightsAreDates() {
            assertEquals("yyyy-MM-dd", patternFor(86400000L));
            assertEquals("yyyy-MM-dd", patternFor(1546300800000L));
        }

        @Test
        void everythingElseIsATimestamp() {
            assertEquals("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", patternFor(2 * 86400000L + 1));
            assertEquals("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", patternFor(Long.MAX_VALUE));
        }

        @Test
        void eachCallGivesAFreshLenientFormatInTheDefaultZone() {
            DateFormat first = Values.dateFormatFor(new java.util.Date(0L));
            assertNotSame(first, Values.dateFormatFor(new java.util.Date(0L)));
            assertTrue(first.isLenient());
            assertEquals(TimeZone.getDefault(), first.getTimeZone());
        }

        @Test
        void nullIsRejected() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Values.dateFormatFor(null));
            assertEquals("Cannot invoke \"java.util.Date.getTime()\" because \"value\" is null", e.getMessage());
        }
    }
}
