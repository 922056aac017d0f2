/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegexRouterTest {

    private static RegexRouter<SinkRecord> router(Object regex, Object replacement) {
        RegexRouter<SinkRecord> router = new RegexRouter<>();
        Map<String, Object> config = new HashMap<>();
        config.put("regex", regex);
        config.put("replacement", replacement);
        router.configure(config);
        return router;
    }

    private static SinkRecord recordFor(String topic) {
        SinkRecord record = new SinkRecord(topic, 1, Schema.STRING_SCHEMA, "k", null, "v", 42L, 5L,
                TimestampType.CREATE_TIME);
        record.headers().addString("h", "1");
        return record;
    }

    @Test
    void configDefDeclaresRequiredRegexAndReplacement() {
        assertSame(RegexRouter.CONFIG_DEF, new RegexRouter<SinkRecord>().config());
        ConfigDef.ConfigKey regex = RegexRouter.CONFIG_DEF.configKeys().get("regex");
        ConfigDef.ConfigKey replacement = RegexRouter.CONFIG_DEF.configKeys().get("replacement");
        assertEquals(ConfigDef.Type.STRING, regex.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, regex.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, regex.importance);
        assertEquals("Regular expression to use for matching.", regex.documentation);
        assertEquals("valid regex", regex.validator.toString());
        assertEquals(ConfigDef.Type.STRING, replacement.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, replacement.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, replacement.importance);
        assertEquals("Replacement string.", replacement.documentation);
        assertNull(replacement.validator);
        assertEquals("Update the record topic using the configured regular expression and replacement string."
                + "<p/>Under the hood, the regex is compiled to a <code>java.util.regex.Pattern</code>. If the "
                + "pattern matches the input topic, <code>java.util.regex.Matcher#replaceFirst()</code> is used "
                + "with the replacement string to obtain the new topic.", RegexRouter.OVERVIEW_DOC);
    }

    @Test
    void bothSettingsAreRequired() {
        assertEquals("Missing required configuration \"regex\" which has no default value.",
                assertThrows(ConfigException.class, () -> new RegexRouter<SinkRecord>().configure(
                        Map.of("replacement", "a"))).getMessage());
        assertEquals("Missing required configuration \"replacement\" which has no default value.",
                assertThrows(ConfigException.class, () -> new RegexRouter<SinkRecord>().configure(
                        Map.of("regex", "a"))).getMessage());
    }

    @Test
    void invalidRegexIsRejected() {
        assertEquals("Invalid value ( for configuration regex: Invalid regex: Unclosed group near index 1\n(",
                assertThrows(ConfigException.class, () -> router("(", "x")).getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1} turns {2} into {3}")
    @CsvSource({
        "(.*)-raw, $1, foo-raw, foo",
        "foo, bar, foo, bar",
        "(.*), prefix-$1, foo, prefix-foo",
        "(.*), prefix-$1, xfoo, prefix-xfoo",
    })
    void matchingTopicIsRewrittenWithReplaceFirst(String regex, String replacement, String topic, String expected) {
        SinkRecord result = router(regex, replacement).apply(recordFor(topic));
        assertEquals(expected, result.topic());
        assertEquals(topic, result.originalTopic());
        assertEquals(1, result.kafkaPartition());
        assertEquals("k", result.key());
        assertEquals("v", result.value());
        assertEquals(5L, result.timestamp());
        assertEquals(42L, result.kafkaOffset());
        assertEquals("1", result.headers().lastWithName("h").value());
    }

    @ParameterizedTest(name = "{0} leaves {1} alone")
    @CsvSource({
        "foo, foo-raw",
        "foo, xfoo",
        "o, foo",
        "'', foo",
    })
    void topicMustMatchAsAWholeOtherwiseTheSameRecordIsReturned(String regex, String topic) {
        SinkRecord record = recordFor(topic);
        assertSame(record, router(regex, "replaced").apply(record));
    }

    @Test
    void settingsAreTrimmed() {
        assertEquals("bar", router(" foo ", " bar ").apply(recordFor("foo")).topic());
    }

    @Test
    void badGroupReferencesFailOnlyWhenATopicMatches() {
        RegexRouter<SinkRecord> router = router("(a)", "$2");
        assertEquals("foo", router.apply(recordFor("foo")).topic());
        assertEquals("No group 2", assertThrows(IndexOutOfBoundsException.class,
                () -> router.apply(recordFor("a"))).getMessage());
        assertEquals("character to be escaped is missing", assertThrows(IllegalArgumentException.class,
                () -> router("a", "\\").apply(recordFor("a"))).getMessage());
    }

    @Test
    void nullReplacementIsAcceptedButFailsOnAMatch() {
        RegexRouter<SinkRecord> router = router("foo", null);
        SinkRecord other = recordFor("bar");
        assertSame(other, router.apply(other));
        assertEquals("replacement", assertThrows(NullPointerException.class,
                () -> router.apply(recordFor("foo"))).getMessage());
    }

    @Test
    void worksOnSourceRecords() {
        RegexRouter<SourceRecord> router = new RegexRouter<>();
        router.configure(Map.of("regex", "foo", "replacement", "bar"));
        SourceRecord result = router.apply(new SourceRecord(Map.of("sp", 1), Map.of("so", 2), "foo", 0, null, "k",
                null, "v", 7L));
        assertEquals("bar", result.topic());
        assertEquals(Map.of("sp", 1), result.sourcePartition());
        assertEquals(7L, result.timestamp());
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", new RegexRouter<SinkRecord>().version());
    }
}
