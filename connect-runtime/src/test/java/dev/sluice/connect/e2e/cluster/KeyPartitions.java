/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import dev.sluice.connect.testkit.KafkaTestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Which partitions each key of a compacted internal topic was written to. Workers of both runtimes share the
 * offsets and status topics, and the newest record of a key wins only if every worker writes that key to the same
 * partition (Kafka's default partitioner over the same key bytes); a key found in two partitions would let a stale
 * value win on the next read.
 */
final class KeyPartitions {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private KeyPartitions() {
    }

    /** Every key of {@code topic}, read to its current end, with the partitions its records are in. */
    static Map<String, Set<Integer>> of(KafkaTestClients kafka, String topic) {
        Map<String, Set<Integer>> partitions = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerConfig(null))) {
            List<TopicPartition> all = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all, TIMEOUT);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (all.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end within " + TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> partitions
                        .computeIfAbsent(record.key(), key -> new TreeSet<>()).add(record.partition()));
            }
        }
        return partitions;
    }

    /** The keys of {@code topic} whose records are spread over more than one partition, with those partitions. */
    static Map<String, Set<Integer>> splitKeys(KafkaTestClients kafka, String topic) {
        Map<String, Set<Integer>> split = new TreeMap<>(of(kafka, topic));
        split.values().removeIf(partitions -> partitions.size() < 2);
        return split;
    }
}
