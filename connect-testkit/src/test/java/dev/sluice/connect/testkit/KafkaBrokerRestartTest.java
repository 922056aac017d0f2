/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Failure tests on a broker of their own: the shared broker must never be killed. */
@Tag("slow")
class KafkaBrokerRestartTest {

    private KafkaCluster kafka;
    private KafkaTestClients clients;

    @BeforeEach
    void startOwnBroker() {
        kafka = KafkaCluster.startSingleBroker();
        clients = kafka.clients();
    }

    @AfterEach
    void closeBroker() {
        kafka.close();
    }

    @Test
    void acknowledgedRecordsSurviveAKillAndRestartOnTheSamePort() {
        KafkaBroker broker = kafka.broker(0);
        String bootstrapBefore = kafka.bootstrapServers();
        long pidBefore = broker.pid().orElseThrow();
        clients.createTopic("survives-kill", 1, 1);
        clients.produceValues("survives-kill", "a", "b", "c");

        broker.kill();
        assertFalse(broker.isRunning());
        assertFalse(ProcessHandle.of(pidBefore).map(ProcessHandle::isAlive).orElse(false));

        broker.restart();
        assertTrue(broker.isRunning());
        assertEquals(bootstrapBefore, kafka.bootstrapServers());
        assertEquals(List.of("a", "b", "c"), clients.consumeValues("survives-kill", 3));

        clients.produceValues("survives-kill", "d");
        assertEquals(List.of("a", "b", "c", "d"), clients.consumeValues("survives-kill", 4));
    }

    @Test
    void brokerOfAClosedClusterCannotBeStartedAgain() {
        KafkaBroker broker = kafka.broker(0);
        kafka.close();

        assertFalse(broker.isRunning());
        assertThrows(IllegalStateException.class, broker::restart);
        assertThrows(IllegalStateException.class, kafka::start);
    }

    @Test
    void cleanlyStoppedBrokerStartsAgainWithItsTopics() {
        clients.createTopic("survives-stop", 2, 1);
        clients.produce("survives-stop", "k", "v");

        kafka.stop();
        assertFalse(kafka.broker(0).isRunning());
        kafka.start();

        assertTrue(clients.listTopics().contains("survives-stop"));
        assertEquals(List.of("v"), clients.consumeValues("survives-stop", 1));
    }
}
