/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector;

import java.util.Objects;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;

/**
 * The fields a record has on both sides of Connect: where it lives in Kafka (topic, partition), its key and value
 * with their schemas, a timestamp and headers. Offsets are left to the subclasses because their types differ.
 *
 * @param <R> the concrete record type, so {@code newRecord} returns the caller's own type
 */
public abstract class ConnectRecord<R extends ConnectRecord<R>> {

    private final String topic;
    private final Integer kafkaPartition;
    private final Schema keySchema;
    private final Object key;
    private final Schema valueSchema;
    private final Object value;
    private final Long timestamp;
    private final Headers headers;

    public ConnectRecord(String topic, Integer kafkaPartition,
                         Schema keySchema, Object key,
                         Schema valueSchema, Object value,
                         Long timestamp) {
        this(topic, kafkaPartition, keySchema, key, valueSchema, value, timestamp, new ConnectHeaders());
    }

    public ConnectRecord(String topic, Integer kafkaPartition,
                         Schema keySchema, Object key,
                         Schema valueSchema, Object value,
                         Long timestamp, Iterable<Header> headers) {
        this.topic = topic;
        this.kafkaPartition = kafkaPartition;
        this.keySchema = keySchema;
        this.key = key;
        this.valueSchema = valueSchema;
        this.value = value;
        this.timestamp = timestamp;
        this.headers = adoptHeaders(headers);
    }

    // A ConnectHeaders is taken as-is (callers such as newRecord already hand over a private copy);
    // any other iterable is copied so the record always exposes a mutable ConnectHeaders.
    private static Headers adoptHeaders(Iterable<Header> headers) {
        if (headers instanceof ConnectHeaders) {
            return (ConnectHeaders) headers;
        }
        ConnectHeaders copy = new ConnectHeaders();
        if (headers != null) {
            for (Header header : headers) {
                copy.add(header);
            }
        }
        return copy;
    }

    public String topic() {
        return topic;
    }

    public Integer kafkaPartition() {
        return kafkaPartition;
    }

    public Object key() {
        return key;
    }

    public Schema keySchema() {
        return keySchema;
    }

    public Object value() {
        return value;
    }

    public Schema valueSchema() {
        return valueSchema;
    }

    public Long timestamp() {
        return timestamp;
    }

    /** The record's headers; never null, and mutable. */
    public Headers headers() {
        return headers;
    }

    /**
     * Creates a record of the same type with the given fields; every other field is carried over and the headers
     * are duplicated so the two records do not share mutable state.
     */
    public abstract R newRecord(String topic, Integer kafkaPartition, Schema keySchema, Object key,
                                Schema valueSchema, Object value, Long timestamp);

    /**
     * Creates a record of the same type with the given fields and headers (null means none); every other field is
     * carried over.
     */
    public abstract R newRecord(String topic, Integer kafkaPartition, Schema keySchema, Object key,
                                Schema valueSchema, Object value, Long timestamp, Iterable<Header> headers);

    @Override
    public String toString() {
        return "ConnectRecord{"
                + "topic='" + topic + '\''
                + ", kafkaPartition=" + kafkaPartition
                + ", key=" + key
                + ", keySchema=" + keySchema
                + ", value=" + value
                + ", valueSchema=" + valueSchema
                + ", timestamp=" + timestamp
                + ", headers=" + headers
                + '}';
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        ConnectRecord<?> that = (ConnectRecord<?>) o;
        return Objects.equals(kafkaPartition, that.kafkaPartition)
                && Objects.equals(topic, that.topic)
                && Objects.equals(keySchema, that.keySchema)
                && Objects.equals(key, that.key)
                && Objects.equals(valueSchema, that.valueSchema)
                && Objects.equals(value, that.value)
                && Objects.equals(timestamp, that.timestamp)
                && Objects.equals(headers, that.headers);
    }

    @Override
    public int hashCode() {
        // Same field order and 31-multiplier chain as Apache, so hash values agree for equal field values.
        int result = Objects.hashCode(topic);
        result = 31 * result + Objects.hashCode(kafkaPartition);
        result = 31 * result + Objects.hashCode(keySchema);
        result = 31 * result + Objects.hashCode(key);
        result = 31 * result + Objects.hashCode(valueSchema);
        result = 31 * result + Objects.hashCode(value);
        result = 31 * result + Objects.hashCode(timestamp);
        result = 31 * result + Objects.hashCode(headers);
        return result;
    }
}
