/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimestampRouterTest {

    /** 2020-01-01T12:34:56.789Z */
    private static final long TIMESTAMP = 1577882096789L;

    private static TimestampRouter<SinkRecord> router(Object... keysAndValues) {
        Map<String, Object> config = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        TimestampRouter<SinkRecord> router = new TimestampRouter<>();
        router.configure(config);
        return router;
    }

    private static SinkRecord recordFor(String topic, Long timestamp) {
        return new SinkRecord(topic, 1, null, null, null, "v", 42L, timestamp, TimestampType.CREATE_TIME);
    }

    @Test
    void configDefDeclaresTwoFormatsWithDefaults() {
        assertSame(TimestampRouter.CONFIG_DEF, new TimestampRouter<SinkRecord>().config());
        ConfigDef.ConfigKey topicFormat = TimestampRouter.CONFIG_DEF.configKeys().get("topic.format");
        ConfigDef.ConfigKey timestampFormat = TimestampRouter.CONFIG_DEF.configKeys().get("timestamp.format");
        assertEquals(ConfigDef.Type.STRING, topicFormat.type);
        assertEquals("${topic}-${timestamp}", topicFormat.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, topicFormat.importance);
        assertEquals("Format string which can contain <code>${topic}</code> and <code>${timestamp}</code> as "
                + "placeholders for the topic and timestamp, respectively.", topicFormat.documentation);
        assertNull(topicFormat.validator);
        assertEquals(ConfigDef.Type.STRING, timestampFormat.type);
        assertEquals("yyyyMMdd", timestampFormat.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, timestampFormat.importance);
        assertEquals("Format string for the timestamp that is compatible with <code>java.text.SimpleDateFormat</code>.",
                timestampFormat.documentation);
        assertEquals("Update the record's topic field as a function of the original topic value and the record "
                + "timestamp.<p/>This is mainly useful for sink connectors, since the topic field is often used to "
                + "determine the equivalent entity name in the destination system(e.g. database table or search "
                + "index name).", TimestampRouter.OVERVIEW_DOC);
    }

    @Test
    void defaultsAppendTheUtcDay() {
        SinkRecord result = router().apply(recordFor("foo", TIMESTAMP));
        assertEquals("foo-20200101", result.topic());
        assertEquals("foo", result.originalTopic());
        assertEquals(TIMESTAMP, result.timestamp());
        assertEquals(42L, result.kafkaOffset());
        assertEquals("v", result.value());
    }

    @Test
    void timestampsBeforeTheEpochAreFormattedToo() {
        assertEquals("foo-19691231", router().apply(recordFor("foo", -1L)).topic());
    }

    @Test
    void placeholdersMayRepeatAndFormatsAreInUtc() {
        TimestampRouter<SinkRecord> router = router("topic.format", "${timestamp}_${topic}_${topic}",
                "timestamp.format", "yyyy-MM-dd HH:mm:ss.SSS zzz");
        assertEquals("2020-01-01 12:34:56.789 UTC_foo_foo", router.apply(recordFor("foo", TIMESTAMP)).topic());
    }

    @Test
    void onlyExactPlaceholdersAreReplaced() {
        TimestampRouter<SinkRecord> router = router("topic.format", "${timestamp}${timestamp}${topic}${TOPIC}$ {topic}",
                "timestamp.format", "HH");
        assertEquals("0505foo${TOPIC}$ {topic}", router.apply(recordFor("foo", 5 * 3600_000L)).topic());
    }

    @Test
    void formatWithoutPlaceholdersIsUsedVerbatim() {
        assertEquals("static", router("topic.format", "static").apply(recordFor("foo", TIMESTAMP)).topic());
        assertEquals("$1-2020", router("topic.format", "$1-${timestamp}", "timestamp.format", "yyyy")
                .apply(recordFor("foo", TIMESTAMP)).topic());
    }

    @Test
    void topicIsSubstitutedLiterallyAndBeforeTheTimestamp() {
        assertEquals("a$1\\b", router("topic.format", "${topic}").apply(recordFor("a$1\\b", TIMESTAMP)).topic());
        assertEquals("x19700101-19700101", router().apply(recordFor("x${timestamp}", 1L)).topic());
        assertEquals("foo-${topic}", router("timestamp.format", "'${topic}'").apply(recordFor("foo", 1L)).topic());
    }

    @Test
    void quotedTextInTheTimestampFormatIsKept() {
        assertEquals("x-year2020", router("topic.format", "x-${timestamp}", "timestamp.format", "'year'yyyy")
                .apply(recordFor("foo", TIMESTAMP)).topic());
    }

    @Test
    void emptyTimestampFormatGivesAnEmptyTimestamp() {
        assertEquals("foo-", router("timestamp.format", "").apply(recordFor("foo", TIMESTAMP)).topic());
    }

    @Test
    void invalidTimestampFormatIsOnlyDetectedWhenARecordIsRouted() {
        TimestampRouter<SinkRecord> router = router("timestamp.format", "abcq");
        assertEquals("Illegal pattern character 'b'",
                assertThrows(IllegalArgumentException.class, () -> router.apply(recordFor("foo", 1L))).getMessage());
    }

    @Test
    void nonStringFormatIsRejected() {
        assertEquals("Invalid value 5 for configuration topic.format: Expected value to be a string, but it was a "
                + "java.lang.Integer", assertThrows(ConfigException.class, () -> router("topic.format", 5))
                .getMessage());
    }

    @Test
    void recordWithoutTimestampIsRejectedWithTheRecordInTheMessage() {
        SinkRecord record = new SinkRecord("foo", 0, null, null, Schema.STRING_SCHEMA, "v", 9L, null,
                TimestampType.NO_TIMESTAMP_TYPE);
        DataException e = assertThrows(DataException.class, () -> router().apply(record));
        assertEquals("Timestamp missing on record: " + record, e.getMessage());
        assertTrue(e.getMessage().startsWith("Timestamp missing on record: SinkRecord{kafkaOffset=9, "
                + "timestampType=NoTimestampType, originalTopic=foo, originalKafkaPartition=0, "
                + "originalKafkaOffset=9} ConnectRecord{topic='foo', kafkaPartition=0, key=null, keySchema=null, "
                + "value=v, valueSchema=Schema{STRING}, timestamp=null, headers=ConnectHeaders(headers=)}"),
                e.getMessage());
    }

    @Test
    void sourceRecordsKeepTheirOffsetsAndHeaders() {
        TimestampRouter<SourceRecord> router = new TimestampRouter<>();
        router.configure(Map.of());
        SourceRecord record = new SourceRecord(Map.of("sp", 1), Map.of("so", 2), "foo", 0, Schema.STRING_SCHEMA, "k",
                null, "v", 86400000L * 365);
        record.headers().addInt("h", 1);

        SourceRecord result = router.apply(record);

        assertEquals("foo-19710101", result.topic());
        assertEquals(Map.of("so", 2), result.sourceOffset());
        assertEquals(1, result.headers().lastWithName("h").value());
        router.close();
        assertEquals("foo-19710101", router.apply(record).topic());
    }

    @Test
    void versionIsTheKafkaVersion() {
        assertEquals("4.3.1", new TimestampRouter<SinkRecord>().version());
    }
}
