/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.field;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.apache.kafka.connect.transforms.field.FieldSyntaxVersion.V1;
import static org.apache.kafka.connect.transforms.field.FieldSyntaxVersion.V2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a path text is split into field names; see {@link SingleFieldPathLookupTest} for lookups. */
class SingleFieldPathTest {

    private static List<String> steps(String path, FieldSyntaxVersion version) {
        return List.of(new SingleFieldPath(path, version).path());
    }

    @Test
    void v1TreatsTheWholeTextAsOneFieldName() {
        assertEquals(List.of("a.b"), steps("a.b", V1));
        assertEquals(List.of("`a.b`.c"), steps("`a.b`.c", V1));
        assertEquals(List.of("`"), steps("`", V1));
        assertEquals(List.of(""), steps("", V1));
    }

    // Each row: path text | expected steps joined with '|'
    @ParameterizedTest(name = "V2 \"{0}\" -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "a;a",
        "a.b.c;a|b|c",
        "a..b;a||b",
        ".a;|a",
        "a.;a|",
        ".;|",
        "`a.b`;a.b",
        "`a.b`.c;a.b|c",
        "a.`b.c`;a|b.c",
        "`a`.`b`;a|b",
        "``;\"\"",
        "``.a;|a",
        "a.``;a|",
        "```;`",
        "````;``",
        "`a``.b;a`|b",
        "`a``b`;a``b",
        "a`b;a`b",
        "`a`b`;a`b",
        "`a`.b`;a|b`",
        "`x`.y`.z;x|y`|z",
        "`a`b`.c`;a`b|c`",
        "a.`b`c`.d;a|b`c|d",
        "`a`.;a|",
    })
    void v2SplitsOnDotsAndHonoursBacktickQuotes(String path, String expected) {
        assertEquals(List.of(expected.split("\\|", -1)), steps(path, V2));
    }

    @Test
    void v2EmptyTextHasNoSteps() {
        assertEquals(List.of(), steps("", V2));
    }

    @Test
    void backslashesOnlyEscapeABacktickThatWouldOtherwiseCloseAQuote() {
        assertEquals(List.of("a`.b"), steps("`a\\`.b`", V2));
        assertEquals(List.of("a`.b`.c"), steps("`a\\`.b\\`.c`", V2));
        assertEquals(List.of("a`."), steps("`a\\`.`", V2));
        assertEquals(List.of("a\\`.b"), steps("`a\\\\`.b`", V2));
        // Elsewhere a backslash is an ordinary character.
        assertEquals(List.of("a\\`b"), steps("`a\\`b`", V2));
        assertEquals(List.of("a\\`"), steps("`a\\``", V2));
        assertEquals(List.of("a\\b"), steps("`a\\b`", V2));
        assertEquals(List.of("a\\", "b"), steps("a\\.b", V2));
        assertEquals(List.of("\\`a`"), steps("\\`a`", V2));
    }

    @ParameterizedTest(name = "V2 \"{0}\" fails at {1}")
    @CsvSource(delimiter = ';', value = {
        "`;0",
        "`a`b;0",
        "a.`b;2",
        "``a;0",
        "`a` .b;0",
        "a`.`b;3",
        "`a`.`;4",
        "`a`.`b;4",
        "`\\`;0",
        "`a\\`;0",
        "x.`a\\`;2",
        "`a\\\\`.b;0",
    })
    void anUnclosedBacktickIsAConfigErrorNamingItsPosition(String path, int position) {
        ConfigException e = assertThrows(ConfigException.class, () -> new SingleFieldPath(path, V2));
        assertEquals("Incomplete backtick pair in path: [" + path + "], consider adding a backslash before backtick "
                + "at position " + position + " to escape it", e.getMessage());
    }

    @Test
    void toStringShowsTheVersionAndTheStepsJoinedWithDots() {
        assertEquals("SingleFieldPath{version=V1, path=`a.b`}", new SingleFieldPath("`a.b`", V1).toString());
        assertEquals("SingleFieldPath{version=V2, path=a.b}", new SingleFieldPath("`a.b`", V2).toString());
        assertEquals("SingleFieldPath{version=V2, path=a.b.c}", new SingleFieldPath("a.`b`.c", V2).toString());
    }

    @Test
    void pathsAreEqualWhenTheyNameTheSameStepsWhateverTheVersion() {
        assertEquals(new SingleFieldPath("a", V1), new SingleFieldPath("a", V2));
        assertEquals(new SingleFieldPath("a.b", V2), new SingleFieldPath("`a`.b", V2));
        assertNotEquals(new SingleFieldPath("a.b", V1), new SingleFieldPath("a.b", V2));
        assertNotEquals(new SingleFieldPath("", V1), new SingleFieldPath("", V2));
        assertNotEquals(null, new SingleFieldPath("a", V1));
        assertNotEquals("a", new SingleFieldPath("a", V1));
    }

    @Test
    void hashCodeDependsOnlyOnTheSteps() {
        assertEquals(159, new SingleFieldPath("a", V1).hashCode());
        assertEquals(4097, new SingleFieldPath("a.b", V2).hashCode());
        assertEquals(94803, new SingleFieldPath("a.b", V1).hashCode());
        assertEquals(32, new SingleFieldPath("", V2).hashCode());
    }

    @Test
    void nullArgumentsAreProgrammingErrors() {
        assertThrows(NullPointerException.class, () -> new SingleFieldPath(null, V1));
        assertThrows(NullPointerException.class, () -> new SingleFieldPath(null, V2));
        assertThrows(NullPointerException.class, () -> new SingleFieldPath("a", null));
    }
}
