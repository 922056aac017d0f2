/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DropHeadersTest {

    private static DropHeaders<SinkRecord> dropping(Object headers) {
        DropHeaders<SinkRecord> transform = new DropHeaders<>();
        Map<String, Object> config = new HashMap<>();
        config.put("headers", headers);
        transform.configure(config);
        return transform;
    }

    private static String rejection(Object headers) {
        return assertThrows(ConfigException.class, () -> dropping(headers)).getMessage();
    }

    private static List<String> headerDescriptions(Iterable<Header> headers) {
        List<String> result = new ArrayList<>();
        for (Header header : headers) {
            result.add(header.key() + "=" + header.value());
        }
        return result;
    }

    @Test
    void configDefDeclaresARequiredNonEmptyList() {
        assertSame(DropHeaders.CONFIG_DEF, new DropHeaders<SinkRecord>().config());
        ConfigDef.ConfigKey key = DropHeaders.CONFIG_DEF.configKeys().get("headers");
        assertEquals(1, DropHeaders.CONFIG_DEF.configKeys().size());
        assertEquals(ConfigDef.Type.LIST, key.type);
        assertSame(ConfigDef.NO_DEFAULT_VALUE, key.defaultValue);
        assertEquals(ConfigDef.Importance.HIGH, key.importance);
        assertEquals("The name of the headers to be removed.", key.documentation);
        assertTrue(key.validator instanceof ConfigDef.ValidList);
        assertEquals("Removes one or more headers from each record.", DropHeaders.OVERVIEW_DOC);
        assertEquals("headers", DropHeaders.HEADERS_FIELD);
    }

    @Test
    void missingHeadersIsRejected() {
        assertEquals("Missing required configuration \"headers\" which has no default value.",
                assertThrows(ConfigException.class, () -> new DropHeaders<SinkRecord>().configure(Map.of()))
                        .getMessage());
    }

    @Test
    void emptyListIsRejected() {
        String expected = "Configuration 'headers' must not be empty. Valid values include: any non-empty value";
        assertEquals(expected, rejection(""));
        assertEquals(expected, rejection(List.of()));
    }

    @Test
    void nullAndEmptyElementsAreRejected() {
        assertEquals("Configuration 'headers' values must not be null.", rejection(null));
        assertEquals("Configuration 'headers' values must not be empty.", rejection("a,,b"));
    }

    @Test
    void nonListValueIsRejected() {
        assertEquals("Invalid value 5 for configuration headers: Expected a comma separated list.", rejection(5));
    }

    @Test
    void removesEveryHeaderWithAListedNameAndKeepsTheOrderOfTheRest() {
        SinkRecord record = new SinkRecord("t", 1, Schema.STRING_SCHEMA, "k", Schema.STRING_SCHEMA, "v", 42L, 1L,
                TimestampType.CREATE_TIME);
        record.headers().addString("a", "1").addString("c", "2").addString("b", "3").addString("a", "4").addInt("d", 5);

        SinkRecord result = dropping("a, b").apply(record);

        assertEquals(List.of("c=2", "d=5"), headerDescriptions(result.headers()));
        assertEquals(Schema.INT32_SCHEMA, result.headers().lastWithName("d").schema());
        assertEquals("t", result.topic());
        assertEquals(1, result.kafkaPartition());
        assertEquals("k", result.key());
        assertEquals("v", result.value());
        assertEquals(1L, result.timestamp());
        assertEquals(42L, result.kafkaOffset());
        assertEquals(TimestampType.CREATE_TIME, result.timestampType());
    }

    @Test
    void leavesTheInputRecordsHeadersAlone() {
        SinkRecord record = new SinkRecord("t", 0, null, null, null, "v", 0L);
        record.headers().addString("a", "1").addString("z", "2");

        SinkRecord result = dropping("a").apply(record);

        assertNotSame(record, result);
        assertEquals(List.of("a=1", "z=2"), headerDescriptions(record.headers()));
        assertEquals(List.of("z=2"), headerDescriptions(result.headers()));
    }

    @Test
    void duplicateNamesInTheListAreAccepted() {
        SinkRecord record = new SinkRecord("t", 0, null, null, null, "v", 0L);
        record.headers().addString("a", "1");
        assertTrue(dropping(List.of("a", "b", "a")).apply(record).headers().isEmpty());
    }

    @Test
    void recordWithoutHeadersPassesThrough() {
        SinkRecord result = dropping("a").apply(new SinkRecord("t", 0, null, null, null, "v", 0L));
        assertTrue(result.headers().isEmpty());
        assertEquals("v", result.value());
    }

    @Test
    void worksOnSourceRecords() {
        DropHeaders<SourceRecord> transform = new DropHeaders<>();
        transform.configure(Map.of("headers", "a"));
        SourceRecord record = new SourceRecord(Map.of("p", 1), Map.of("o", 2), "t", 0, null, "k", null, "v", 7L);
        record.headers().addString("a", "1").addString("z", "2");

        SourceRecord result = transform.apply(record);

        assertEquals(List.of("z=2"), headerDescriptions(result.headers()));
        assertEquals(Map.of("p", 1), result.sourcePartition());
        assertEquals(Map.of("o", 2), result.sourceOffset());
    }
}
