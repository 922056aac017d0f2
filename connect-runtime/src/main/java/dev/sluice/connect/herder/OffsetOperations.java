/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.storage.SourceOffsetAdmin;
import dev.sluice.connect.worker.ConnectorOffsetsHook;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and changes connector offsets: source offsets in the worker's offset store, sink offsets in the consumer
 * group {@code connect-<name>}. Every change is first shown to the connector ({@link ConnectorOffsetsHook}); it
 * may refuse it, and whether it handled the change itself decides the answer's wording. Callers check that the
 * connector exists (and is STOPPED for changes).
 */
public final class OffsetOperations {

    private static final Logger log = LoggerFactory.getLogger(OffsetOperations.class);

    static final String KAFKA_TOPIC = "kafka_topic";
    static final String KAFKA_PARTITION = "kafka_partition";
    static final String KAFKA_OFFSET = "kafka_offset";

    private final SourceOffsetAdmin sourceOffsets;
    private final Supplier<Admin> admin;
    private final ConnectorOffsetsHook connectorHook;

    public OffsetOperations(SourceOffsetAdmin sourceOffsets, Supplier<Admin> admin,
                            ConnectorOffsetsHook connectorHook) {
        this.sourceOffsets = sourceOffsets;
        this.admin = admin;
        this.connectorHook = connectorHook;
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
            Map<Map<String, ?>, Map<String, ?>> normalized;
            try {
                normalized = sourceOffsets.normalized(connector, changes);
            } catch (DataException e) {
                throw new BadRequestException("Failed to alter offsets: " + e.getMessage());
            }
            return connectorHook.alterSourceOffsets(config, normalized)
                    .handle((handled, refusal) -> asked(connector, handled, refusal, OffsetChange.ALTER))
                    .thenCompose(handled -> sourceOffsets.alter(connector, config, changes)
                            .thenApply(ignored -> OffsetChange.ALTER.done(handled)));
        }
        Map<TopicPartition, Long> changes = new LinkedHashMap<>();
        for (PartitionOffset offset : offsets) {
            TopicPartition tp = topicPartition(offset.partition());
            changes.put(tp, offset.offset() == null ? null
                    : number(offset.offset().get(KAFKA_OFFSET), KAFKA_OFFSET));
        }
        Map<TopicPartition, OffsetAndMetadata> toWrite = new LinkedHashMap<>();
        Set<TopicPartition> toDelete = new HashSet<>();
        changes.forEach((tp, offset) -> {
            if (offset == null) {
                toDelete.add(tp);
            } else {
                toWrite.put(tp, new OffsetAndMetadata(offset));
            }
        });
        String group = group(connector);
        return connectorHook.alterSinkOffsets(config, changes)
                .handle((handled, refusal) -> asked(connector, handled, refusal, OffsetChange.ALTER))
                .thenCompose(handled -> (toWrite.isEmpty() ? CompletableFuture.<Void>completedFuture(null)
                        : completion(admin.get().alterConsumerGroupOffsets(group, toWrite).all()))
                        .thenCompose(ignored -> toDelete.isEmpty() ? CompletableFuture.<Void>completedFuture(null)
                                : completion(admin.get().deleteConsumerGroupOffsets(group, toDelete).all()))
                        .thenApply(ignored -> OffsetChange.ALTER.done(handled)));
    }

    CompletableFuture<String> reset(String connector, Map<String, String> config, boolean sink) {
        if (sink) {
            return completion(admin.get().listConsumerGroupOffsets(group(connector)).partitionsToOffsetAndMetadata())
                    .exceptionally(error -> Map.of())
                    .thenCompose(current -> {
                        Map<TopicPartition, Long> resets = new LinkedHashMap<>();
                        current.keySet().forEach(tp -> resets.put(tp, null));
                        return connectorHook.alterSinkOffsets(config, resets);
                    })
                    .handle((handled, refusal) -> asked(connector, handled, refusal, OffsetChange.RESET))
                    .thenCompose(handled -> completion(admin.get().deleteConsumerGroups(List.of(group(connector)))
                            .all()).exceptionally(error -> null).thenApply(ignored -> OffsetChange.RESET.done(handled)));
        }
        return sourceOffsets.list(connector, config)
                .thenCompose(current -> {
                    Map<Map<String, ?>, Map<String, ?>> resets = new LinkedHashMap<>();
                    current.keySet().forEach(partition -> resets.put(partition, null));
                    return connectorHook.alterSourceOffsets(config, resets);
                })
                .handle((handled, refusal) -> asked(connector, handled, refusal, OffsetChange.RESET))
                .thenCompose(handled -> sourceOffsets.reset(connector, config)
                        .thenApply(ignored -> OffsetChange.RESET.done(handled)));
    }

    /** The connector's answer, or the request's failure when it refused the change. */
    private static boolean asked(String connector, Boolean handled, Throwable refusal, OffsetChange change) {
        if (refusal == null) {
            return handled;
        }
        Throwable cause = refusal instanceof CompletionException && refusal.getCause() != null
                ? refusal.getCause() : refusal;
        log.error("Connector {} refused to have its offsets {}", connector, change.pastTense(), cause);
        throw change.refused(cause);
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
        String what = KAFKA_OFFSET.equals(key) ? "offset" : "partition";
        throw new BadRequestException("Failed to parse the following Kafka " + what + " value in the provided offsets: '"
                + value + "'. " + Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + " values for sink connectors need to be integers.");
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
