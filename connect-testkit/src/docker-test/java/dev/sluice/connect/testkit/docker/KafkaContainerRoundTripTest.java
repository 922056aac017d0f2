/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same round trip as the child-JVM broker tests, against Apache's Kafka image in Docker. Only compiled and run
 * with {@code -Pdocker}; it fails rather than skips without a Docker engine, since asking for it means wanting it.
 */
class KafkaContainerRoundTripTest {

    /** The profile passes the image matching the Kafka version we build against. */
    private static final String IMAGE = System.getProperty("sluice.kafka.image", "apache/kafka:4.3.1");

    private static KafkaContainer kafka;
    private static KafkaTestClients clients;

    @BeforeAll
    static void startContainer() {
        kafka = new KafkaContainer(IMAGE);
        kafka.start();
        clients = new KafkaEndpoint(kafka.getBootstrapServers()).clients();
    }

    @AfterAll
    static void stopContainer() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void createdTopicDeliversProducedRecordsToAConsumer() {
        clients.createTopic("docker-round-trip", 1, 1);
        assertTrue(clients.listTopics().contains("docker-round-trip"));

        clients.produceValues("docker-round-trip", "first", "second");
        clients.produce("docker-round-trip", "key-3", "third");

        List<ConsumerRecord<String, String>> records =
                clients.consume("docker-round-trip", 3, Duration.ofSeconds(30));
        assertEquals(List.of("first", "second", "third"), records.stream().map(ConsumerRecord::value).toList());
        assertEquals("key-3", records.get(2).key());
    }
}
