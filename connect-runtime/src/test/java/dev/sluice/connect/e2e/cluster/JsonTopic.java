/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import dev.sluice.connect.testkit.KafkaTestClients;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The JSON record values of a one-partition topic, read incrementally from its beginning: each value's payload
 * (a JsonConverter schema envelope is unwrapped), and for rows with an {@code id} field how many distinct ids came.
 */
final class JsonTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> values = new ArrayList<>();
    private final BitSet ids = new BitSet();

    JsonTopic(KafkaTestClients kafka, String topic) {
        this.consumer = new KafkaConsumer<>(kafka.consumerConfig(null));
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
    }

    /** Reads what arrived since the last call; returns how many values were read so far. */
    int read() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            JsonNode value = payload(record.value());
            values.add(value);
            if (value.has("id")) {
                ids.set(Math.toIntExact(value.get("id").asLong()));
            }
        }
        return values.size();
    }

    /** Every value read so far, in topic order. */
    List<JsonNode> values() {
        return values;
    }

    int distinctIds() {
        read();
        return ids.cardinality();
    }

    int highestId() {
        return ids.length() - 1;
    }

    private static JsonNode payload(String value) {
        try {
            JsonNode json = JSON.readTree(value);
            return json.has("schema") && json.has("payload") ? json.get("payload") : json;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
