/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The records consumed since the last successful put: those to hand to the task, with the consumed record each came
 * from (for the errant record reporter), and every consumed record including the ones converters, transformations
 * or the error policy dropped, since all of them count as processed once the put succeeds.
 */
final class SinkBatch {

    private final ArrayList<SinkRecord> delivered = new ArrayList<>();
    private final ArrayList<ConsumerRecord<byte[], byte[]>> deliveredOriginals = new ArrayList<>();
    private final ArrayList<ConsumerRecord<byte[], byte[]>> consumed = new ArrayList<>();

    /** Adds one consumed record; {@code converted} is null when it was dropped or skipped. */
    void add(ConsumerRecord<byte[], byte[]> original, SinkRecord converted) {
        consumed.add(original);
        if (converted != null) {
            delivered.add(converted);
            deliveredOriginals.add(original);
        }
    }

    boolean isEmpty() {
        return consumed.isEmpty();
    }

    /** A copy to hand to {@code put}, so a task keeping the collection never sees it change. */
    List<SinkRecord> recordsForPut() {
        return new ArrayList<>(delivered);
    }

    void clear() {
        delivered.clear();
        deliveredOriginals.clear();
        consumed.clear();
    }

    /** Forgets the records of partitions this task no longer owns or has rewound. */
    void removePartitions(Collection<TopicPartition> partitions) {
        if (consumed.isEmpty() || partitions.isEmpty()) {
            return;
        }
        consumed.removeIf(record -> partitions.contains(new TopicPartition(record.topic(), record.partition())));
        for (int i = delivered.size() - 1; i >= 0; i--) {
            ConsumerRecord<byte[], byte[]> original = deliveredOriginals.get(i);
            if (partitions.contains(new TopicPartition(original.topic(), original.partition()))) {
                delivered.remove(i);
                deliveredOriginals.remove(i);
            }
        }
    }

    /**
     * Records, per partition, the position after the last consumed record of this batch. Consumed records arrive
     * grouped by partition, so this allocates once per partition rather than once per record.
     */
    void markProcessed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        String topic = null;
        int partition = -1;
        long last = -1L;
        for (int i = 0, n = consumed.size(); i < n; i++) {
            ConsumerRecord<byte[], byte[]> record = consumed.get(i);
            if (record.partition() != partition || !record.topic().equals(topic)) {
                if (topic != null) {
                    advance(offsets, new TopicPartition(topic, partition), last);
                }
                topic = record.topic();
                partition = record.partition();
            }
            last = record.offset();
        }
        if (topic != null) {
            advance(offsets, new TopicPartition(topic, partition), last);
        }
    }

    private static void advance(Map<TopicPartition, OffsetAndMetadata> offsets, TopicPartition partition, long last) {
        OffsetAndMetadata previous = offsets.get(partition);
        if (previous == null || previous.offset() <= last) {
            offsets.put(partition, new OffsetAndMetadata(last + 1));
        }
    }

    /**
     * The consumed record a record handed to {@code put} came from: the same instance, or else one with the same
     * original coordinates (the task may have copied it with {@code newRecord}). Null when it is no longer in the
     * batch.
     */
    ConsumerRecord<byte[], byte[]> originalOf(SinkRecord record) {
        for (int i = 0, n = delivered.size(); i < n; i++) {
            if (delivered.get(i) == record) {
                return deliveredOriginals.get(i);
            }
        }
        String topic = record.originalTopic();
        Integer partition = record.originalKafkaPartition();
        long offset = record.originalKafkaOffset();
        for (int i = 0, n = consumed.size(); i < n; i++) {
            ConsumerRecord<byte[], byte[]> original = consumed.get(i);
            if (original.offset() == offset && partition != null && original.partition() == partition
                    && original.topic().equals(topic)) {
                return original;
            }
        }
        return null;
    }
}
