/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.junit.jupiter.api.Test;

class ConnectRecordTest {

    /** The smallest possible concrete record, to test the base class on its own. */
    static final class PlainRecord extends ConnectRecord<PlainRecord> {
        PlainRecord(String topic, Integer partition, Schema keySchema, Object key, Schema valueSchema, Object value,
                    Long timestamp) {
            super(topic, partition, keySchema, key, valueSchema, value, timestamp);
        }

        PlainRecord(String topic, Integer partition, Schema keySchema, Object key, Schema valueSchema, Object value,
                    Long timestamp, Iterable<Header> headers) {
            super(topic, partition, keySchema, key, valueSchema, value, timestamp, headers);
        }

        @Override
        public PlainRecord newRecord(String topic, Integer kafkaPartition, Schema keySchema, Object key,
                                     Schema valueSchema, Object value, Long timestamp) {
            return new PlainRecord(topic, kafkaPartition, keySchema, key, valueSchema, value, timestamp,
                    headers().duplicate());
        }

        @Override
        public PlainRecord newRecord(String topic, Integer kafkaPartition, Schema keySchema, Object key,
                                     Schema valueSchema, Object value, Long timestamp, Iterable<Header> headers) {
            return new PlainRecord(topic, kafkaPartition, keySchema, key, valueSchema, value, timestamp, headers);
        }
    }

    private static PlainRecord sample() {
        return new PlainRecord("orders", 2, Schema.STRING_SCHEMA, "k", Schema.INT32_SCHEMA, 7, 1234L);
    }

    @Test
    void accessorsReturnConstructorArguments() {
        PlainRecord record = sample();
        assertEquals("orders", record.topic());
        assertEquals(2, record.kafkaPartition());
        assertSame(Schema.STRING_SCHEMA, record.keySchema());
        assertEquals("k", record.key());
        assertSame(Schema.INT32_SCHEMA, record.valueSchema());
        assertEquals(7, record.value());
        assertEquals(1234L, record.timestamp());
    }

    @Test
    void recordWithoutHeadersGetsAnEmptyMutableConnectHeaders() {
        PlainRecord record = sample();
        assertNotNull(record.headers());
        assertTrue(record.headers() instanceof ConnectHeaders);
        assertTrue(record.headers().isEmpty());
        record.headers().addString("added", "later");
        assertEquals(1, record.headers().size());
    }

    @Test
    void nullHeadersBecomeEmptyHeaders() {
        PlainRecord record = new PlainRecord("t", null, null, null, null, null, null, null);
        assertNotNull(record.headers());
        assertTrue(record.headers().isEmpty());
    }

    @Test
    void aConnectHeadersInstanceIsAdoptedAsIs() {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("a", "1");
        PlainRecord record = new PlainRecord("t", 0, null, null, null, null, null, headers);
        assertSame(headers, record.headers());
    }

    @Test
    void anyOtherIterableOfHeadersIsCopied() {
        ConnectHeaders source = new ConnectHeaders();
        source.addString("a", "1");
        List<Header> list = new ArrayList<>();
        source.forEach(list::add);

        PlainRecord record = new PlainRecord("t", 0, null, null, null, null, null, list);
        assertTrue(record.headers() instanceof ConnectHeaders);
        assertEquals(1, record.headers().size());

        // Neither side sees the other's later changes.
        list.clear();
        assertEquals(1, record.headers().size());
        record.headers().addString("b", "2");
        assertTrue(list.isEmpty());
    }

    @Test
    void equalRecordsHaveEqualHashCodes() {
        PlainRecord a = sample();
        PlainRecord b = sample();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void everyFieldTakesPartInEquality() {
        PlainRecord base = sample();
        assertNotEquals(base, new PlainRecord("other", 2, Schema.STRING_SCHEMA, "k", Schema.INT32_SCHEMA, 7, 1234L));
        assertNotEquals(base, new PlainRecord("orders", 3, Schema.STRING_SCHEMA, "k", Schema.INT32_SCHEMA, 7, 1234L));
        assertNotEquals(base, new PlainRecord("orders", 2, null, "k", Schema.INT32_SCHEMA, 7, 1234L));
        assertNotEquals(base, new PlainRecord("orders", 2, Schema.STRING_SCHEMA, "x", Schema.INT32_SCHEMA, 7, 1234L));
        assertNotEquals(base, new PlainRecord("orders", 2, Schema.STRING_SCHEMA, "k", null, 7, 1234L));
        assertNotEquals(base, new PlainRecord("orders", 2, Schema.STRING_SCHEMA, "k", Schema.INT32_SCHEMA, 8, 1234L));
        assertNotEquals(base, new PlainRecord("orders", 2, Schema.STRING_SCHEMA, "k", Schema.INT32_SCHEMA, 7, null));

        PlainRecord withHeader = sample();
        withHeader.headers().addString("h", "v");
        assertNotEquals(base, withHeader);
        assertNotEquals(base, null);
        assertNotEquals(base, "orders");
    }

    @Test
    void hashCodeChainsFieldsInDeclarationOrder() {
        PlainRecord record = new PlainRecord("t", 1, null, "k", null, "v", 5L);
        int expected = Objects.hashCode("t");
        for (Object part : new Object[] {1, null, "k", null, "v", 5L, record.headers()}) {
            expected = 31 * expected + Objects.hashCode(part);
        }
        assertEquals(expected, record.hashCode());
    }

    @Test
    void toStringListsEveryField() {
        PlainRecord record = new PlainRecord("t", null, null, "k", null, 3, 9L);
        assertEquals("ConnectRecord{topic='t', kafkaPartition=null, key=k, keySchema=null, value=3, valueSchema=null,"
                + " timestamp=9, headers=" + record.headers() + "}", record.toString());
    }

    @Test
    void newRecordWithoutHeadersDuplicatesThem() {
        PlainRecord original = sample();
        original.headers().addString("h", "v");
        PlainRecord copy = original.newRecord("t2", 0, null, null, null, null, null);
        assertNotSame(original.headers(), copy.headers());
        assertEquals(original.headers(), copy.headers());
    }
}
