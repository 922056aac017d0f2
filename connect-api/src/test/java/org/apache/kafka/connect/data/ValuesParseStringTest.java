/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@link Values#parseString(String)}: which schema and value each kind of text yields. */
class ValuesParseStringTest {

    private static final Schema ARRAY_WITHOUT_ELEMENT_SCHEMA = SchemaBuilder.type(Schema.Type.ARRAY).build();
    private static final Schema MAP_WITHOUT_SCHEMAS = SchemaBuilder.type(Schema.Type.MAP).build();
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

    private static void assertParsed(String text, Schema expectedSchema, Object expectedValue) {
        SchemaAndValue parsed = Values.parseString(text);
        assertEquals(expectedSchema, parsed.schema(), "schema of " + text);
        assertEquals(expectedValue, parsed.value(), "value of " + text);
        // Boxed numbers of different widths are never equal, so collection equality also checks element types.
        if (expectedValue != null && !(expectedValue instanceof List) && !(expectedValue instanceof Map)) {
            assertEquals(expectedValue.getClass(), parsed.value().getClass(), "class of value of " + text);
        }
    }

    private static void assertString(String text) {
        assertParsed(text, Schema.STRING_SCHEMA, text);
    }

    private static Schema arrayOf(Schema elements) {
        return SchemaBuilder.array(elements).build();
    }

    private static Map<Object, Object> mapOf(Object... keysAndValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Nested
    class NullsAndLiterals {
        @Test
        void nullTextGivesTheNullSchemaAndValue() {
            assertEquals(SchemaAndValue.NULL, Values.parseString(null));
        }

        @Test
        void theNullLiteralGivesNoResultAtAll() {
            assertNull(Values.parseString("null"));
            assertNull(Values.parseString(" null "));
        }

        @Test
        void emptyAndBlankTextStayStrings() {
            assertString("");
            assertString(" ");
            assertString("\t");
        }

        @Test
        void lowercaseBooleansAreBooleansEvenWithSurroundingWhitespace() {
            assertParsed("true", Schema.BOOLEAN_SCHEMA, true);
            assertParsed("false", Schema.BOOLEAN_SCHEMA, false);
            assertParsed("  true  ", Schema.BOOLEAN_SCHEMA, true);
            assertParsed("\u0001true", Schema.BOOLEAN_SCHEMA, true);
            assertSame(Schema.BOOLEAN_SCHEMA, Values.parseString("true").schema());
        }

        @Test
        void literalsMustStandAloneAndBeLowercase() {
            assertString("TRUE");
            assertString("True");
            assertString("true,false");
            assertString("true]");
            assertString("true x");
            assertString("null,1");
            assertString("\u2003true");
        }
    }

    @Nested
    class Numbers {
        @Test
        void integersTakeTheNarrowestIntegerType() {
            assertParsed("1", Schema.INT8_SCHEMA, (byte) 1);
            assertParsed("-128", Schema.INT8_SCHEMA, (byte) -128);
            assertParsed("128", Schema.INT16_SCHEMA, (short) 128);
            assertParsed("-129", Schema.INT16_SCHEMA, (short) -129);
            assertParsed("32768", Schema.INT32_SCHEMA, 32768);
            assertParsed("2147483648", Schema.INT64_SCHEMA, 2147483648L);
            assertParsed("-9223372036854775808", Schema.INT64_SCHEMA, Long.MIN_VALUE);
            assertSame(Schema.INT8_SCHEMA, Values.parseString("1").schema());
        }

        @Test
        void wholeNumbersWrittenWithFractionsOrExponentsAreStillIntegers() {
            assertParsed("1.0", Schema.INT8_SCHEMA, (byte) 1);
            assertParsed("1.", Schema.INT8_SCHEMA, (byte) 1);
            assertParsed("1e3", Schema.INT16_SCHEMA, (short) 1000);
            assertParsed("1.5e+1", Schema.INT8_SCHEMA, (byte) 15);
            assertParsed("9223372036854775807.0", Schema.INT64_SCHEMA, Long.MAX_VALUE);
            assertParsed("-0.0", Schema.INT8_SCHEMA, (byte) 0);
        }

        @Test
        void leadingZerosSignsAndSurroundingWhitespaceAreAccepted() {
            assertParsed("007", Schema.INT8_SCHEMA, (byte) 7);
            assertParsed("+5", Schema.INT8_SCHEMA, (byte) 5);
            assertParsed(" 12 ", Schema.INT8_SCHEMA, (byte) 12);
            assertParsed("\u0663", Schema.INT8_SCHEMA, (byte) 3);
        }

        @Test
        void integerLiteralsBeyondLongBecomeDecimalsWithScaleZero() {
            assertParsed("9223372036854775808", Decimal.schema(0), new BigDecimal("9223372036854775808"));
            assertParsed("-9223372036854775809", Decimal.schema(0), new BigDecimal("-9223372036854775809"));
            assertParsed("3.40282346638528859811704183484516925440E38", Decimal.schema(0),
                    new BigDecimal("340282346638528859811704183484516925440"));
        }

        @Test
        void otherNumbersAreFloatsWhenTheyFitAFloat() {
            assertParsed("1.5", Schema.FLOAT32_SCHEMA, 1.5f);
            assertParsed("0.1", Schema.FLOAT32_SCHEMA, 0.1f);
            assertParsed("-.5", Schema.FLOAT32_SCHEMA, -0.5f);
            assertParsed("1E19", Schema.FLOAT32_SCHEMA, 1.0E19f);
            assertParsed("9223372036854775808.0", Schema.FLOAT32_SCHEMA, 9.223372E18f);
            assertParsed("3.4028235E38", Schema.FLOAT32_SCHEMA, Float.MAX_VALUE);
            assertParsed("1e-50", Schema.FLOAT32_SCHEMA, 0.0f);
        }

        @Test
        void numbersTooLargeForAFloatAreDoublesThenDecimals() {
            assertParsed("3.5E38", Schema.FLOAT64_SCHEMA, 3.5E38);
            assertParsed("1.7976931348623157E308", Schema.FLOAT64_SCHEMA, Double.MAX_VALUE);
            assertParsed("1.8E308", Decimal.schema(-307), new BigDecimal("1.8E308"));
            assertParsed("1e400", Decimal.schema(-400), new BigDecimal("1E+400"));
        }

        @Test
        void textThatIsNotADecimalLiteralStaysAString() {
            assertString(".5");
            assertString("1.5f");
            assertString("0x10");
            assertString("NaN");
            assertString("Infinity");
            assertString("1_000");
            assertString("1x");
            assertString("1 2");
            assertString("--5");
        }

        @Test
        void textAfterANumberIsIgnoredWhenDelimited() {
            assertParsed("1,2", Schema.INT8_SCHEMA, (byte) 1);
            assertParsed("1]", Schema.INT8_SCHEMA, (byte) 1);
            assertParsed("1:2", Schema.INT8_SCHEMA, (byte) 1);
            assertParsed("10:15:30.123", Schema.INT8_SCHEMA, (byte) 10);
        }
    }

    @Nested
    class DatesAndTimes {
        @Test
        void isoDatesTimesAndTimestampsBecomeLogicalValues() {
            assertParsed("2019-01-01", Date.SCHEMA, new java.util.Date(1546300800000L));
            assertParsed("10:15:30.123Z", Time.SCHEMA, new java.util.Date(36930123L));
            assertParsed("2019-01-01T10:15:30.123Z", Timestamp.SCHEMA, new java.util.Date(1546337730123L));
            assertSame(Timestamp.SCHEMA, Values.parseString("2019-01-01T10:15:30.123Z").schema());
        }

        @Test
        void formatsAreRecognisedByExactLengthAndParsedLeniently() {
            assertParsed("2019-13-45", Date.SCHEMA, new java.util.Date(1581638400000L));
            assertParsed("25:15:30.123Z", Time.SCHEMA, new java.util.Date(90930123L));
            assertParsed("100:15:30.12Z", Time.SCHEMA, new java.util.Date(360930012L));
            assertParsed("2019-01-1x", Date.SCHEMA, new java.util.Date(1546300800000L));
            assertString("2019-1-1");
            assertString("2019-01-01x");
            assertString("2019-01-01T10:15:30Z");
            assertString("2019-01-01 10:15:30.123Z");
            assertParsed("10:15:30.1Z", Schema.INT8_SCHEMA, (byte) 10);
        }

        @Test
        void unquotedTemporalTextMustStartWithADigit() {
            assertString("-123-01-01");
            assertParsed("-1:15:30.123Z", Schema.INT8_SCHEMA, (byte) -1);
            assertParsed(" 2019-01-01 ", Date.SCHEMA, new java.util.Date(1546300800000L));
        }

        @Test
        void onlyWhitespaceBeforeTheHoursIsIgnoredInTimes() {
            assertParsed(" 10 :15:30.123Z", Time.SCHEMA, new java.util.Date(36930123L));
            assertParsed("10:15:30.123Z ", Schema.INT8_SCHEMA, (byte) 10);
            assertParsed("10: 15:30.123Z", Schema.INT8_SCHEMA, (byte) 10);
        }

        @Test
        void textAfterATemporalValueIsIgnoredWhenDelimited() {
            assertParsed("10:15:30.123Z,1", Time.SCHEMA, new java.util.Date(36930123L));
            assertParsed("2019-01-01:15:30.123Z", Date.SCHEMA, new java.util.Date(1546300800000L));
        }

        @Test
        void theJvmDefaultTimeZoneIsUsed() {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            try {
                assertParsed("2019-01-01", Date.SCHEMA, new java.util.Date(1546318800000L));
            } finally {
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            }
        }
    }

    @Nested
    class Lists {
        @Test
        void elementsOfOneTypeShareTheirSchema() {
            assertParsed("[1,2,3]", arrayOf(Schema.INT8_SCHEMA), Arrays.asList((byte) 1, (byte) 2, (byte) 3));
            assertParsed("[\"a\",\"b\"]", arrayOf(Schema.STRING_SCHEMA), Arrays.asList("a", "b"));
            assertParsed("[true,false]", arrayOf(Schema.BOOLEAN_SCHEMA), Arrays.asList(true, false));
        }

        @Test
        void numericElementsWidenToTheWidestTypeAndAreConverted() {
            assertParsed("[1, 300]", arrayOf(Schema.INT16_SCHEMA), Arrays.asList((short) 1, (short) 300));
            assertParsed("[300, 1]", arrayOf(Schema.INT16_SCHEMA), Arrays.asList((short) 300, (short) 1));
            assertParsed("[1, 9999999999, 1.5]", arrayOf(Schema.FLOAT32_SCHEMA), Arrays.asList(1.0f, 1.0E10f, 1.5f));
            assertParsed("[1.5, 3.5E38]", arrayOf(Schema.FLOAT64_SCHEMA), Arrays.asList(1.5, 3.5E38));
        }

        @Test
        void numbersWidenIntoLogicalTypesBuiltOnWiderIntegers() {
            assertParsed("[1, 2019-01-01]", arrayOf(Date.SCHEMA),
                    Arrays.asList(new java.util.Date(86400000L), new java.util.Date(1546300800000L)));
            assertParsed("[10:15:30.123Z, 300]", arrayOf(Time.SCHEMA),
                    Arrays.asList(new java.util.Date(36930123L), new java.util.Date(300L)));
            assertParsed("[2019-01-01, 2019-01-01T10:15:30.123Z]", arrayOf(Timestamp.SCHEMA),
                    Arrays.asList(new java.util.Date(1546300800000L), new java.util.Date(1546337730123L)));
        }

        @Test
        void ofTwoSchemasOfTheSameTypeTheLastWins() {
            assertParsed("[2019-01-01, 10:15:30.123Z]", arrayOf(Time.SCHEMA),
                    Arrays.asList(new java.util.Date(1546300800000L), new java.util.Date(36930123L)));
            assertParsed("[[\"a\"],[1,2]]", arrayOf(arrayOf(Schema.INT8_SCHEMA)),
                    Arrays.asList(Collections.singletonList("a"), Arrays.asList((byte) 1, (byte) 2)));
            assertParsed("[[1,2],[]]", arrayOf(ARRAY_WITHOUT_ELEMENT_SCHEMA),
                    Arrays.asList(Arrays.asList((byte) 1, (byte) 2), Collections.emptyList()));
            assertParsed("[99999999999999999999, 1.5E309]", arrayOf(Decimal.schema(-308)),
                    Arrays.asList(new BigDecimal("99999999999999999999"), new BigDecimal("1.5E309")));
        }

        @Test
        void mixedTypesLeaveTheElementSchemaUnsetAndValuesUnchanged() {
            assertParsed("[1,\"a\"]", ARRAY_WITHOUT_ELEMENT_SCHEMA, Arrays.asList((byte) 1, "a"));
            assertParsed("[1, true, 2]", ARRAY_WITHOUT_ELEMENT_SCHEMA, Arrays.asList((byte) 1, true, (byte) 2));
            assertParsed("[1e400, 1]", ARRAY_WITHOUT_ELEMENT_SCHEMA, Arrays.asList(new BigDecimal("1E+400"), (byte) 1));
            assertParsed("[]", ARRAY_WITHOUT_ELEMENT_SCHEMA, Collections.emptyList());
            assertParsed("[ ]", ARRAY_WITHOUT_ELEMENT_SCHEMA, Collections.emptyList());
        }

        @Test
        void nullsAreOnlyAllowedWhenNoElementHasASchema() {
            assertParsed("[null]", ARRAY_WITHOUT_ELEMENT_SCHEMA, Collections.singletonList(null));
            assertParsed("[null, null]", ARRAY_WITHOUT_ELEMENT_SCHEMA, Arrays.asList(null, null));
            assertString("[1,null]");
            assertString("[null, \"a\"]");
        }

        @Test
        void elementsThatCannotTakeTheCommonSchemaMakeTheWholeTextAString() {
            assertString("[2019-01-01, 100000]");
            assertString("[10:15:30.123Z, 70000]");
            assertString("[1.5, 2019-01-01]");
        }

        @Test
        void aTrailingCommaIsAllowedButMissingOrDoubledCommasAreNot() {
            assertParsed("[1,]", arrayOf(Schema.INT8_SCHEMA), Collections.singletonList((byte) 1));
            assertString("[1 2]");
            assertString("[1,,2]");
            assertString("[,1]");
            assertString("[[1][2]]");
        }

        @Test
        void unquotedTextAndUnbalancedBracketsMakeTheWholeTextAString() {
            assertString("[a,b]");
            assertString("[TRUE]");
            assertString("[1,2");
            assertString("[");
            assertParsed(" [1", Schema.STRING_SCHEMA, " ");
        }

        @Test
        void textAfterTheClosingBracketIsIgnored() {
            assertParsed("[1,2]x", arrayOf(Schema.INT8_SCHEMA), Arrays.asList((byte) 1, (byte) 2));
            assertParsed("[1,2]]", arrayOf(Schema.INT8_SCHEMA), Arrays.asList((byte) 1, (byte) 2));
        }

        @Test
        void nestedArraysAndMapsKeepTheirOwnSchemas() {
            Schema inner = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build();
            assertParsed("[{\"a\":1},{\"b\":2}]", arrayOf(inner),
                    Arrays.asList(mapOf("a", (byte) 1), mapOf("b", (byte) 2)));
            assertParsed("[[[1]]]", arrayOf(arrayOf(arrayOf(Schema.INT8_SCHEMA))),
                    Collections.singletonList(Collections.singletonList(Collections.singletonList((byte) 1))));
        }
    }

    @Nested
    class Maps {
        @Test
        void keysAndValuesWithCommonSchemasGiveAMapSchema() {
            assertParsed("{\"a\":1,\"b\":300}", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT16_SCHEMA).build(),
                    mapOf("a", (short) 1, "b", (short) 300));
            assertParsed("{1:\"a\"}", SchemaBuilder.map(Schema.INT8_SCHEMA, Schema.STRING_SCHEMA).build(), mapOf((byte) 1, "a"));
            assertParsed("{ \"a\" : 1 , \"b\" : 2 }", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build(),
                    mapOf("a", (byte) 1, "b", (byte) 2));
        }

        @Test
        void valuesWithoutCommonSchemaGiveAnUnbuiltBuilderWithOnlyAKeySchema() {
            SchemaAndValue parsed = Values.parseString("{\"a\":1,\"b\":\"x\"}");
            SchemaBuilder schema = assertInstanceOf(SchemaBuilder.class, parsed.schema());
            assertEquals(Schema.Type.MAP, schema.type());
            assertEquals(Schema.STRING_SCHEMA, schema.keySchema());
            assertNull(schema.valueSchema());
            assertEquals(mapOf("a", (byte) 1, "b", "x"), parsed.value());
            assertEquals(new ConnectSchema(Schema.Type.MAP, false, null, null, null, null, null, null, Schema.STRING_SCHEMA, null),
                    schema.build());
        }

        @Test
        void onlyNullValuesAlsoLeaveTheValueSchemaUnset() {
            SchemaAndValue parsed = Values.parseString("{\"a\":null}");
            assertInstanceOf(SchemaBuilder.class, parsed.schema());
            assertNull(parsed.schema().valueSchema());
            assertEquals(mapOf("a", null), parsed.value());
        }

        @Test
        void keysWithoutCommonSchemaLeaveBothSchemasUnsetAndValuesUnchanged() {
            assertParsed("{\"a\":1, 1:300}", MAP_WITHOUT_SCHEMAS, mapOf("a", (byte) 1, (byte) 1, (short) 300));
            assertParsed("{}", MAP_WITHOUT_SCHEMAS, Collections.emptyMap());
            assertEquals(LinkedHashMap.class, Values.parseString("{}").value().getClass());
        }

        @Test
        void commasBetweenEntriesAreOptional() {
            Schema schema = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT8_SCHEMA).build();
            assertParsed("{\"a\":1 \"b\":2}", schema, mapOf("a", (byte) 1, "b", (byte) 2));
            assertParsed("{\"a\":1,}", schema, mapOf("a", (byte) 1));
            assertString("{\"a\":1,,\"b\":2}");
        }

        @Test
        void malformedEntriesMakeTheWholeTextAString() {
            assertString("{a:1}");
            assertString("{\"a\"}");
            assertString("{\"a\":}");
            assertString("{:1}");
            assertString("{null:1}");
            assertString("{\"a\":1,\"b\":null}");
            assertString("{\"a\":1");
        }

        @Test
        void timesAreRecognisedAsKeysAndValues() {
            assertParsed("{10:15:30.123Z:1}", SchemaBuilder.map(Time.SCHEMA, Schema.INT8_SCHEMA).build(),
                    mapOf(new java.util.Date(36930123L), (byte) 1));
            assertParsed("{1:10:15:30.123Z}", SchemaBuilder.map(Schema.INT8_SCHEMA, Time.SCHEMA).build(),
                    mapOf((byte) 1, new java.util.Date(36930123L)));
        }
    }

    @Nested
    class QuotedStrings {
        @Test
        void topLevelQuotesArePartOfTheString() {
            assertString("\"quoted\"");
            assertString("\"a\\\"b\"");
            assertString("'a'");
        }

        @Test
        void embeddedQuotedTextIsTakenVerbatimWithEscapesKept() {
            assertParsed("[\"a,b\"]", arrayOf(Schema.STRING_SCHEMA), List.of("a,b"));
            assertParsed("[\"a\\\"b\"]", arrayOf(Schema.STRING_SCHEMA), List.of("a\\\"b"));
            assertParsed("[\" a \"]", arrayOf(Schema.STRING_SCHEMA), List.of(" a "));
            assertParsed("[\"1\", \"true\", \"null\"]", arrayOf(Schema.STRING_SCHEMA), List.of("1", "true", "null"));
        }

        @Test
        void whitespaceOnlyPiecesOfQuotedTextAreDropped() {
            assertParsed("[\" \"]", arrayOf(Schema.STRING_SCHEMA), List.of(""));
            assertParsed("[\"a, ,b\"]", arrayOf(Schema.STRING_SCHEMA), List.of("a,,b"));
        }

        @Test
        void quotedTemporalTextBecomesATemporalValue() {
            assertParsed("[\"2019-01-01\"]", arrayOf(Date.SCHEMA), List.of(new java.util.Date(1546300800000L)));
            assertParsed("[\"-123-01-01\"]", arrayOf(Date.SCHEMA), List.of(new java.util.Date(-66048912000000L)));
            assertParsed("[\" 2019-01-01\"]", arrayOf(Schema.STRING_SCHEMA), List.of(" 2019-01-01"));
        }

        @Test
        void unterminatedOrAdjacentQuotesMakeTheWholeTextAString() {
            assertString("[\"abc]");
            assertString("[\"a\"\"b\"]");
        }
    }
}
