/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.storage.SourceOffsetAdmin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Reads and changes connector offsets: source offsets in the worker's offset store, sink offsets in the consumer
 * group {@code connect-<name>}. Callers check that the connector exists (and is STOPPED for changes).
 */
public final class OffsetOperations {

    static final String KAFKA_TOPIC = "kafka_topic";
    static final String KAFKA_PARTITION = "kafka_partition";
    static final String KAFKA_OFFSET = "kafka_offset";

    private final SourceOffsetAdmin sourceOffsets;
    private final Supplier<Admin> admin;

    public OffsetOperations(SourceOffsetAdmin sourceOffsets, Supplier<Admin> admin) {
        this.sourceOffsets = sourceOffsets;
        this.admin = admin;
    }

    CompletableFuture<List<PartitionOffset>> read(String connector, Map<String, String> config, boolean sink) {
        if (!sink) {
            return sourceOffsets.list(connector, config).thenApply(offsets -> {
                List<PartitionOffset> list = new ArrayList<>();
                offsets.forEach((partition, offset) -> list.add(new PartitionOffset(partition, offset)));
                return list;
            });
        }
        return completion(admin.get().listConsumerGroupOffsets(group(connector)).partitionsToOffsetAndMetadata())
                .thenApply(offsets -> {
                    List<PartitionOffset> list = new ArrayList<>();
                    offsets.forEach((tp, offset) -> {
                        if (offset != null) {
                            list.add(new PartitionOffset(sinkPartition(tp), Map.of(KAFKA_OFFSET, offset.offset())));
                        }
                    });
                    return list;
                });
    }

    CompletableFuture<String> alter(String connector, Map<String, String> config, boolean sink,
                                    List<PartitionOffset> offsets) {
        if (offsets == null || offsets.isEmpty()) {
            throw new BadRequestException("Partitions / offsets need to be provided for an alter offsets request");
        }
        if (!sink) {
            Map<Map<String, Object>, Map<String, Object>> changes = new LinkedHashMap<>();
            for (PartitionOffset offset : offsets) {
                if (offset.partition() == null) {
                    throw new BadRequestException("Source partitions may not be null");
                }
                changes.put(offset.partition(), offset.offset());
            }
            return sourceOffsets.alter(connector, config, changes).handle((ok, error) -> {
                if (error != null) {
                    Throwable cause = error.getCause() != null ? error.getCause() : error;
                    throw new BadRequestException("Failed to alter offsets: " + cause.getMessage());
                }
                return altered();
            });
        }
        Map<TopicPartition, OffsetAndMetadata> toWrite = new LinkedHashMap<>();
        Set<TopicPartition> toDelete = new HashSet<>();
        for (PartitionOffset offset : offsets) {
            TopicPartition tp = topicPartition(offset.partition());
            if (offset.offset() == null) {
                toDelete.add(tp);
            } else {
                toWrite.put(tp, new OffsetAndMetadata(number(offset.offset().get(KAFKA_OFFSET), KAFKA_OFFSET)));
            }
        }
        String group = group(connector);
        CompletableFuture<Void> writes = toWrite.isEmpty() ? CompletableFuture.completedFuture(null)
                : completion(admin.get().alterConsumerGroupOffsets(group, toWrite).all());
        return writes.thenCompose(ignored -> toDelete.isEmpty() ? CompletableFuture.<Void>completedFuture(null)
                        : completion(admin.get().deleteConsumerGroupOffsets(group, toDelete).all()))
                .thenApply(ignored -> altered());
    }

    CompletableFuture<String> reset(String connector, Map<String, String> config, boolean sink) {
        CompletableFuture<Void> done = sink
                ? completion(admin.get().deleteConsumerGroups(List.of(group(connector))).all())
                    .exceptionally(error -> null)
                : sourceOffsets.reset(connector, config);
        return done.thenApply(ignored -> "The offsets for this connector have been reset successfully");
    }

    private static String altered() {
        return "The offsets for this connector have been altered successfully";
    }

    private static String group(String connector) {
        return "connect-" + connector;
    }

    /** A sink partition as Apache's REST shows it: the partition number first, then the topic. */
    private static Map<String, Object> sinkPartition(TopicPartition tp) {
        Map<String, Object> partition = new LinkedHashMap<>();
        partition.put(KAFKA_PARTITION, tp.partition());
        partition.put(KAFKA_TOPIC, tp.topic());
        return partition;
    }

    private static TopicPartition topicPartition(Map<String, Object> partition) {
        if (partition == null || !partition.containsKey(KAFKA_TOPIC) || !partition.containsKey(KAFKA_PARTITION)) {
            throw new BadRequestException("The partition for a sink connector offset must contain the keys '"
                    + KAFKA_TOPIC + "' and '" + KAFKA_PARTITION + "'");
        }
        if (!(partition.get(KAFKA_TOPIC) instanceof String topic)) {
            throw new BadRequestException("Kafka topic names in sink connector partitions must be strings");
        }
        return new TopicPartition(topic, (int) number(partition.get(KAFKA_PARTITION), KAFKA_PARTITION));
    }

    private static long number(Object value, String key) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new BadRequestException("The value of '" + key + "' must be an integer, but was: " + value);
    }

    private static <T> CompletableFuture<T> completion(KafkaFuture<T> future) {
        CompletableFuture<T> result = new CompletableFuture<>();
        future.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(new ConnectException("Kafka request failed: " + error.getMessage(),
                        error));
            } else {
                result.complete(value);
            }
        });
        return result;
    }
}
