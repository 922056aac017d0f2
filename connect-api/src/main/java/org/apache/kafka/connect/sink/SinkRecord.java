/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import java.util.Objects;

import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Header;

/**
 * A record read from Kafka on its way to a sink task. Besides the usual fields it carries its Kafka offset, the kind
 * of timestamp, and the topic, partition and offset it had before any transformation ran, which sink tasks should
 * use for offset tracking.
 */
public class SinkRecord extends ConnectRecord<SinkRecord> {

    private final long kafkaOffset;
    private final TimestampType timestampType;
    private final String originalTopic;
    private final Integer originalKafkaPartition;
    private final long originalKafkaOffset;

    public SinkRecord(String topic, int partition, Schema keySchema, Object key, Schema valueSchema, Object value,
                      long kafkaOffset) {
        this(topic, partition, keySchema, key, valueSchema, value, kafkaOffset, null, TimestampType.NO_TIMESTAMP_TYPE);
    }

    public SinkRecord(String topic, int partition, Schema keySchema, Object key, Schema valueSchema, Object value,
                      long kafkaOffset, Long timestamp, TimestampType timestampType) {
        this(topic, partition, keySchema, key, valueSchema, value, kafkaOffset, timestamp, timestampType, null);
    }

    public SinkRecord(String topic, int partition, Schema keySchema, Object key, Schema valueSchema, Object value,
                      long kafkaOffset, Long timestamp, TimestampType timestampType, Iterable<Header> headers) {
        // A freshly consumed record: its current coordinates are its original ones.
        this(topic, partition, keySchema, key, valueSchema, value, kafkaOffset, timestamp, timestampType, headers,
                topic, partition, kafkaOffset);
    }

    /** Full constructor, meant for the runtime (and tests); plugins should use {@link #newRecord} instead. */
    public SinkRecord(String topic, int partition, Schema keySchema, Object key, Schema valueSchema, Object value,
                      long kafkaOffset, Long timestamp, TimestampType timestampType, Iterable<Header> headers,
                      String originalTopic, Integer originalKafkaPartition, long originalKafkaOffset) {
        super(topic, partition, keySchema, key, valueSchema, value, timestamp, headers);
        this.kafkaOffset = kafkaOffset;
        this.timestampType = timestampType;
        this.originalTopic = originalTopic;
        this.originalKafkaPartition = originalKafkaPartition;
        this.originalKafkaOffset = originalKafkaOffset;
    }

    public long kafkaOffset() {
        return kafkaOffset;
    }

    public TimestampType timestampType() {
        return timestampType;
    }

    /**
     * The topic before any transformation; use it rather than {@link #topic()} when reporting offsets.
     *
     * @since 3.6
     */
    public String originalTopic() {
        return originalTopic;
    }

    /**
     * The partition before any transformation; use it rather than {@link #kafkaPartition()} when reporting offsets.
     *
     * @since 3.6
     */
    public Integer originalKafkaPartition() {
        return originalKafkaPartition;
    }

    /**
     * The offset before any transformation; use it rather than {@link #kafkaOffset()} when reporting offsets.
     *
     * @since 3.6
     */
    public long originalKafkaOffset() {
        return originalKafkaOffset;
    }

    @Override
    public SinkRecord newRecord(String topic, Integer kafkaPartition, Schema keySchema, Object key,
                                Schema valueSchema, Object value, Long timestamp) {
        return newRecord(topic, kafkaPartition, keySchema, key, valueSchema, value, timestamp, headers().duplicate());
    }

    @Override
    public SinkRecord newRecord(String topic, Integer kafkaPartition, Schema keySchema, Object key,
                                Schema valueSchema, Object value, Long timestamp, Iterable<Header> headers) {
        // Offsets, timestamp type and the original coordinates survive any number of transformations.
        return new SinkRecord(topic, kafkaPartition, keySchema, key, valueSchema, value, kafkaOffset, timestamp,
                timestampType, headers, originalTopic, originalKafkaPartition, originalKafkaOffset);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        if (!super.equals(o)) {
            return false;
        }
        SinkRecord that = (SinkRecord) o;
        return kafkaOffset == that.kafkaOffset
                && timestampType == that.timestampType
                && Objects.equals(originalTopic, that.originalTopic)
                && Objects.equals(originalKafkaPartition, that.originalKafkaPartition)
                && originalKafkaOffset == that.originalKafkaOffset;
    }

    @Override
    public int hashCode() {
        // Same chain as Apache for non-null fields; nulls hash to 0 instead of failing.
        int result = super.hashCode();
        result = 31 * result + Long.hashCode(kafkaOffset);
        result = 31 * result + Objects.hashCode(timestampType);
        result = 31 * result + Objects.hashCode(originalTopic);
        result = 31 * result + Objects.hashCode(originalKafkaPartition);
        result = 31 * result + Long.hashCode(originalKafkaOffset);
        return result;
    }

    @Override
    public String toString() {
        return "SinkRecord{"
                + "kafkaOffset=" + kafkaOffset
                + ", timestampType=" + timestampType
                + ", originalTopic=" + originalTopic
                + ", originalKafkaPartition=" + originalKafkaPartition
                + ", originalKafkaOffset=" + originalKafkaOffset
                + "} " + super.toString();
    }
}
