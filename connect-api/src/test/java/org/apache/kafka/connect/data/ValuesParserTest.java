/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Values.Parser}: the tokenizer behind {@link Values#parseString(String)}. */
class ValuesParserTest {

    // Exposes the protected look-ahead methods.
    private static final class TestParser extends Values.Parser {
        TestParser(String original) {
            super(original);
        }

        boolean peek(String expected, boolean ignoreWhitespace) {
            return isNext(expected, ignoreWhitespace);
        }

        boolean charactersLeft() {
            return canConsumeNextToken();
        }
    }

    private static List<String> tokens(String text) {
        Values.Parser parser = new Values.Parser(text);
        List<String> tokens = new ArrayList<>();
        while (parser.hasNext()) {
            tokens.add(parser.next());
        }
        return tokens;
    }

    @Nested
    class Tokens {
        @Test
        void bracketsBracesCommasColonsAndQuotesAreTokensOfTheirOwn() {
            assertEquals(List.of("{", "\"", "a", "\"", ":", "[", "1", "]", "}"), tokens("{\"a\":[1]}"));
            assertEquals(List.of("a", "]", "b", "}", "c", "[", "d", "{", "e"), tokens("a]b}c[d{e"));
        }

        @Test
        void whitespaceAndOtherPunctuationStayInsideTokens() {
            assertEquals(List.of("[", " 1 ", ",", " 2 ", "]"), tokens("[ 1 , 2 ]"));
            assertEquals(List.of("a b\tc"), tokens("a b\tc"));
            assertEquals(List.of("a!b@c#d$e%f^g&h*i(j)k-l+m=n;o'p<q>r/s?t|u~v`w.x_y"),
                    tokens("a!b@c#d$e%f^g&h*i(j)k-l+m=n;o'p<q>r/s?t|u~v`w.x_y"));
        }

        @Test
        void aBackslashKeepsTheNextDelimiterInsideTheTokenAndIsKeptItself() {
            assertEquals(List.of("a\\,b", ",", "c"), tokens("a\\,b,c"));
            assertEquals(List.of("a\\\"b"), tokens("a\\\"b"));
            assertEquals(List.of("a\\\\", ",", "b"), tokens("a\\\\,b"));
            assertEquals(List.of("a\\"), tokens("a\\"));
        }

        @Test
        void emptyTextHasNoTokens() {
            assertEquals(List.of(), tokens(""));
        }

        @Test
        void readingPastTheEndGivesEmptyTokens() {
            Values.Parser parser = new Values.Parser("x");
            assertEquals("x", parser.next());
            assertEquals("", parser.next());
            assertEquals("", parser.previous());
            assertEquals(1, parser.position());
        }

        @Test
        void nullTextIsRejected() {
            NullPointerException e = assertThrows(NullPointerException.class, () -> new Values.Parser(null));
            assertEquals("Cannot invoke \"String.length()\" because \"text\" is null", e.getMessage());
        }
    }

    @Nested
    class PositionAndPrevious {
        @Test
        void positionCountsConsumedCharactersAndOriginalIsTheWholeText() {
            Values.Parser parser = new Values.Parser("ab,cd");
            assertEquals(0, parser.position());
            parser.next();
            assertEquals(2, parser.position());
            assertEquals("ab,cd", parser.original());
        }

        @Test
        void previousIsTheLastTokenFromNextAndNullBeforeAnyRead() {
            Values.Parser parser = new Values.Parser("a,b");
            assertNull(parser.previous());
            parser.next();
            assertEquals("a", parser.previous());
        }

        @Test
        void canConsumeDoesNotChangePrevious() {
            Values.Parser parser = new Values.Parser("a,b");
            parser.next();
            assertTrue(parser.canConsume(","));
            assertTrue(parser.canConsume("b"));
            assertEquals("a", parser.previous());
        }
    }

    @Nested
    class LookAhead {
        @Test
        void canConsumeIgnoresSurroundingWhitespaceByDefault() {
            Values.Parser parser = new Values.Parser("[ 1 , 2 ]");
            assertTrue(parser.canConsume("["));
            assertTrue(parser.canConsume("1"));
            assertTrue(parser.canConsume(","));
            assertTrue(parser.canConsume("2", true));
            assertTrue(parser.canConsume("]"));
            assertFalse(parser.hasNext());
        }

        @Test
        void theExpectedTextIsNotTrimmed() {
            Values.Parser parser = new Values.Parser("[ 1 , 2 ]");
            assertTrue(parser.canConsume("["));
            assertFalse(parser.canConsume(" 1 "));
            assertTrue(parser.canConsume(" 1 ", false));
        }

        @Test
        void aTokenThatDoesNotMatchStaysAsLookAhead() {
            Values.Parser parser = new Values.Parser("abc,def");
            assertFalse(parser.canConsume("ab"));
            assertEquals(3, parser.position());
            assertEquals(0, parser.mark());
            assertEquals("abc", parser.next());
        }

        @Test
        void whitespaceOnlyTokensAreSkippedUnlessLast() {
            TestParser parser = new TestParser(" ,  , x");
            assertTrue(parser.peek(",", true));
            assertEquals(2, parser.position());
            assertEquals(",", parser.next());
            assertTrue(parser.canConsume(","));
            assertTrue(parser.canConsume("x"));

            TestParser blank = new TestParser("   ");
            assertFalse(blank.canConsume("x"));
            assertTrue(blank.hasNext());
            assertFalse(blank.charactersLeft());
            assertEquals("   ", blank.next());
        }

        @Test
        void exactComparisonDoesNotSkipWhitespace() {
            TestParser parser = new TestParser("  ,a");
            assertFalse(parser.canConsume(",", false));
            assertEquals("  ", parser.next());
            TestParser other = new TestParser("  ,a");
            assertTrue(other.peek("  ", false));
            assertTrue(other.peek(",", true));
            assertEquals(",", other.next());
        }

        @Test
        void hasNextCountsTheLookAheadToken() {
            TestParser parser = new TestParser("a");
            assertFalse(parser.peek("b", true));
            assertTrue(parser.hasNext());
            assertFalse(parser.charactersLeft());
            assertEquals("a", parser.next());
            assertFalse(parser.hasNext());
        }

        @Test
        void nothingMatchesAtTheEnd() {
            TestParser parser = new TestParser("");
            assertFalse(parser.peek("", true));
            assertFalse(parser.canConsume(""));
            TestParser space = new TestParser(" ");
            assertTrue(space.canConsume(""));
            assertFalse(space.hasNext());
        }
    }

    @Nested
    class MarkAndRewind {
        @Test
        void markIsThePositionBeforeTheLookAheadToken() {
            Values.Parser peeked = new Values.Parser("  [ 1");
            assertFalse(peeked.canConsume("x"));
            assertEquals(3, peeked.position());
            assertEquals(2, peeked.mark());
        }

        @Test
        void rewindingForgetsLookAheadAndPreviousTokens() {
            Values.Parser parser = new Values.Parser("ab,cd");
            parser.next();
            parser.next();
            parser.rewindTo(1);
            assertNull(parser.previous());
            assertEquals("b", parser.next());
            TestParser peeked = new TestParser("a,b");
            assertTrue(peeked.peek("a", true));
            peeked.rewindTo(2);
            assertEquals("b", peeked.next());
        }

        @Test
        void rewindingOutsideTheTextIsRejected() {
            Values.Parser parser = new Values.Parser("abc");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.rewindTo(10));
            assertEquals("Invalid index", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> parser.rewindTo(-1));
            assertEquals(0, parser.position());
        }
    }

    @Nested
    class NextN {
        @Test
        void returnsTheTextSpannedByTheNextTokensAndRemembersTheLast() {
            Values.Parser parser = new Values.Parser("a,b,c");
            assertEquals("a,", parser.next(2));
            assertEquals(",", parser.previous());
            assertEquals("b,c", parser.next(3));
            assertEquals("c", parser.previous());
        }

        @Test
        void includesTheLookAheadToken() {
            TestParser parser = new TestParser("a,b,c");
            assertTrue(parser.peek("a", true));
            assertEquals("a,", parser.next(2));
        }

        @Test
        void withTooFewTokensReturnsNullAndRewinds() {
            Values.Parser parser = new Values.Parser("a,b,c");
            parser.next();
            assertNull(parser.next(6));
            assertEquals(1, parser.position());
            assertNull(parser.previous());
            assertEquals(",", parser.next());
        }

        @Test
        void zeroIsEmptyOrTheLookAheadTokenAndNegativeIsNull() {
            assertEquals("", new Values.Parser("a,b").next(0));
            TestParser parser = new TestParser("a,b,c");
            assertTrue(parser.peek("a", true));
            assertEquals("a", parser.next(0));
            assertEquals(1, parser.position());
            assertNull(parser.next(-1));
            assertEquals(0, parser.position());
        }
    }
}
