/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class SharedKafkaBrokerTest {

    private static KafkaEndpoint endpointSeenBeforeAll;

    @BeforeAll
    static void rememberTheBroker(KafkaEndpoint endpoint) {
        endpointSeenBeforeAll = endpoint;
    }

    @Test
    void createdTopicDeliversProducedRecordsToAConsumer(KafkaTestClients kafka) {
        kafka.createTopic("shared-round-trip", 1, 1);
        assertTrue(kafka.listTopics().contains("shared-round-trip"));

        kafka.produceValues("shared-round-trip", "first", "second");
        kafka.produce("shared-round-trip", "key-3", "third");

        List<ConsumerRecord<String, String>> records = kafka.consume("shared-round-trip", 3, Duration.ofSeconds(30));
        assertEquals(List.of("first", "second", "third"), records.stream().map(ConsumerRecord::value).toList());
        assertEquals("key-3", records.get(2).key());
        assertEquals(List.of(0L, 1L, 2L), records.stream().map(ConsumerRecord::offset).toList());
    }

    @Test
    void injectsTheSameBrokerIntoLifecycleMethodsAndTests(KafkaEndpoint endpoint, KafkaTestClients clients) {
        assertEquals(endpointSeenBeforeAll, endpoint);
        assertEquals(endpoint.bootstrapServers(), clients.bootstrapServers());
        assertTrue(endpoint.bootstrapServers().startsWith("127.0.0.1:"), endpoint.bootstrapServers());
    }

    @Nested
    class InANestedClass {

        private final KafkaEndpoint constructorEndpoint;

        InANestedClass(KafkaEndpoint constructorEndpoint) {
            this.constructorEndpoint = constructorEndpoint;
        }

        @Test
        void constructorsReceiveTheSameSharedBroker() {
            assertEquals(endpointSeenBeforeAll, constructorEndpoint);
        }
    }
}
