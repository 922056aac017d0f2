/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import dev.sluice.connect.testkit.KafkaTestClients;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The {@code id} field of every JSON record value in a one-partition topic, read incrementally: how many records,
 * how many distinct ids, the highest. A value may carry a JsonConverter schema envelope or be plain JSON.
 */
final class TopicIds implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final BitSet seen = new BitSet();
    private long records;

    TopicIds(KafkaTestClients kafka, String topic) {
        this.consumer = new KafkaConsumer<>(kafka.consumerConfig(null));
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
    }

    /** Reads what arrived since the last call; returns the records read so far. */
    long read() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            records++;
            seen.set(Math.toIntExact(id(record.value())));
        }
        return records;
    }

    long records() {
        return records;
    }

    int distinct() {
        read();
        return seen.cardinality();
    }

    int highest() {
        return seen.length() - 1;
    }

    private static long id(String value) {
        try {
            JsonNode json = JSON.readTree(value);
            JsonNode payload = json.has("schema") && json.has("payload") ? json.get("payload") : json;
            return payload.get("id").asLong();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
