/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.predicates;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicNameMatchesTest {

    private static TopicNameMatches<SinkRecord> predicate(Object pattern) {
        TopicNameMatches<SinkRecord> predicate = new TopicNameMatches<>();
        Map<String, Object> config = new HashMap<>();
        config.put("pattern", pattern);
        predicate.configure(config);
        return predicate;
    }

    private static SinkRecord recordFor(String topic) {
        return new SinkRecord(topic, 0, null, null, null, null, 0L);
    }

    private static String rejection(Object pattern) {
        return assertThrows(ConfigException.class, () -> predicate(pattern)).getMessage();
    }

    @Test
    void configDefDeclaresARequiredPatternValidatedAsNonEmptyRegex() {
        assertSame(TopicNameMatches.CONFIG_DEF, new TopicNameMatches<SinkRecord>().config());
        ConfigDef.ConfigKey key = TopicNameMatches.CONFIG_DEF.configKeys().get("pattern");
        assertEquals(1, TopicNameMatches.CONFIG_DEF.configKeys().size());
        assertEquals(ConfigDef.Type.STRING, key.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, key.defaultValue);
        assertEquals(ConfigDef.Importance.MEDIUM, key.importance);
        assertEquals("A Java regular expression for matching against the name of a record's topic.",
                key.documentation);
        assertEquals("non-empty string, valid regex", key.validator.toString());
    }

    @Test
    void missingPatternIsRejected() {
        assertEquals("Missing required configuration \"pattern\" which has no default value.",
                assertThrows(ConfigException.class, () -> new TopicNameMatches<SinkRecord>().configure(Map.of()))
                        .getMessage());
    }

    @Test
    void emptyOrBlankPatternIsRejected() {
        assertEquals("Invalid value  for configuration pattern: String must be non-empty", rejection(""));
        assertEquals("Invalid value  for configuration pattern: String must be non-empty", rejection(" "));
    }

    @Test
    void invalidRegexIsRejectedWithTheCompilerMessage() {
        assertEquals("Invalid value [ for configuration pattern: Invalid regex: Unclosed character class near "
                + "index 0\n[\n^", rejection("["));
        assertEquals("Invalid value a(b for configuration pattern: Invalid regex: Unclosed group near index 3\na(b",
                rejection("a(b"));
    }

    @Test
    void nonStringPatternIsRejected() {
        assertEquals("Invalid value 7 for configuration pattern: Expected value to be a string, but it was a "
                + "java.lang.Integer", rejection(7));
    }

    @Test
    void theWholeTopicNameMustMatch() {
        TopicNameMatches<SinkRecord> predicate = predicate("foo");
        assertTrue(predicate.test(recordFor("foo")));
        assertFalse(predicate.test(recordFor("foobar")));
        assertFalse(predicate.test(recordFor("xfoo")));
    }

    @Test
    void regexFeaturesApply() {
        TopicNameMatches<SinkRecord> predicate = predicate("foo.*");
        assertTrue(predicate.test(recordFor("foobar")));
        assertTrue(predicate.test(recordFor("foo")));
        assertFalse(predicate.test(recordFor("barfoo")));
    }

    @Test
    void patternIsTrimmed() {
        TopicNameMatches<SinkRecord> predicate = predicate(" a");
        assertTrue(predicate.test(recordFor("a")));
        assertFalse(predicate.test(recordFor(" a")));
    }

    @Test
    void recordWithoutTopicNeverMatches() {
        assertFalse(predicate(".*").test(recordFor(null)));
    }

    @Test
    void toStringShowsThePattern() {
        assertEquals("TopicNameMatches{pattern=null}", new TopicNameMatches<SinkRecord>().toString());
        assertEquals("TopicNameMatches{pattern=foo.*}", predicate("foo.*").toString());
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", new TopicNameMatches<SinkRecord>().version());
    }
}
