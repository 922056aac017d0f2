/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The lines a FileStreamSource wrote to its one-partition topic, read from the start. The workers run JsonConverter
 * without schemas, so each record value is a JSON string; the lines come back unquoted.
 */
final class TopicLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicLines() {
    }

    /** Reads {@code topic} from its start until the lines read so far satisfy {@code until}, and returns them. */
    static List<String> await(KafkaTestClients kafka, String topic, String what, Duration timeout,
            Predicate<List<String>> until) {
        List<String> lines = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerConfig(null))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Eventually.await(what + " in " + topic, timeout, () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> lines.add(unquote(record.value())));
                return until.test(lines);
            }, () -> lines.size() + " lines so far: " + abbreviated(lines));
        }
        return List.copyOf(lines);
    }

    /** Reads {@code topic} until its last line is {@code last} (or it holds more lines than {@code expected}). */
    static List<String> awaitEndingWith(KafkaTestClients kafka, String topic, List<String> expected,
            Duration timeout) {
        String last = expected.get(expected.size() - 1);
        return await(kafka, topic, "line \"" + last + "\"", timeout,
                lines -> lines.size() >= expected.size() && lines.contains(last));
    }

    private static String unquote(String value) {
        try {
            return value == null ? null : JSON.readValue(value, String.class);
        } catch (JsonProcessingException e) {
            return value;
        }
    }

    private static String abbreviated(List<String> lines) {
        return lines.size() <= 10 ? lines.toString()
                : lines.subList(0, 5) + " … " + lines.subList(lines.size() - 5, lines.size());
    }
}
