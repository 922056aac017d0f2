/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The consumer baseline: a bare {@code KafkaConsumer} with client defaults (as Sluice's sink consumer has them),
 * reading bytes without a group so no rebalance or commit is timed.
 */
final class RawConsumer {

    private static final long TIMEOUT_SECONDS = 300;

    private RawConsumer() {
    }

    static Progress consume(String bootstrap, String topic, long target) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Progress progress = Progress.none(target);
            long count = 0;
            long bytes = 0;
            while (!progress.reached() && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                // Touch every value so the work a sink must do at least once is not skipped.
                for (var record : records) {
                    bytes += record.value().length;
                }
                count += records.count();
                long now = System.nanoTime();
                progress = progress.firstNanos() == 0
                        ? new Progress(target, count, now, count, now)
                        : new Progress(target, progress.firstCount(), progress.firstNanos(), count, now);
            }
            if (bytes == 0) {
                System.err.println("no value bytes read");
            }
            return progress;
        }
    }
}
