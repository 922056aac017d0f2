/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class ThreeBrokerClusterTest {

    private static KafkaCluster kafka;
    private static KafkaTestClients clients;

    @BeforeAll
    static void startCluster() {
        kafka = KafkaCluster.start(ClusterSpec.brokers(3));
        clients = kafka.clients();
    }

    @AfterAll
    static void closeCluster() {
        kafka.close();
    }

    @Test
    void everyBrokerIsLiveAndReachable() throws Exception {
        assertEquals(3, kafka.size());
        assertEquals(Set.of(0, 1, 2), liveBrokerIds());
        assertEquals(3, kafka.bootstrapServers().split(",").length);
    }

    @Test
    void fullyReplicatedTopicStaysUsableWhileOneBrokerIsStopped() throws Exception {
        clients.createTopic("replicated-stop", 3, 3);
        assertEquals(Set.of(0, 1, 2), replicasOf("replicated-stop"));
        clients.produceValues("replicated-stop", "before-1", "before-2", "before-3");

        kafka.broker(1).stop();
        assertFalse(kafka.broker(1).isRunning());
        clients.produceValues("replicated-stop", "during-1", "during-2");
        assertEquals(sorted("before-1", "before-2", "before-3", "during-1", "during-2"),
                new TreeSet<>(clients.consumeValues("replicated-stop", 5)));

        kafka.broker(1).restart();
        assertEquals(Set.of(0, 1, 2), liveBrokerIds());
        clients.produceValues("replicated-stop", "after-1");
        assertEquals(6, clients.consumeValues("replicated-stop", 6).size());
    }

    @Test
    void fullyReplicatedTopicKeepsItsDataWhenABrokerIsKilled() throws Exception {
        clients.createTopic("replicated-kill", 1, 3);
        clients.produceValues("replicated-kill", "x", "y");

        kafka.broker(2).kill();
        clients.produceValues("replicated-kill", "z");
        assertEquals(List.of("x", "y", "z"), clients.consumeValues("replicated-kill", 3));

        kafka.broker(2).restart();
        assertEquals(Set.of(0, 1, 2), liveBrokerIds());
        assertEquals(List.of("x", "y", "z"), clients.consumeValues("replicated-kill", 3));
    }

    private static Set<Integer> liveBrokerIds() throws Exception {
        try (Admin admin = Admin.create(clients.adminConfig())) {
            return admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream()
                    .map(Node::id).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<Integer> replicasOf(String topic) throws Exception {
        try (Admin admin = Admin.create(clients.adminConfig())) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            return description.partitions().stream().flatMap(p -> p.replicas().stream()).map(Node::id)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static TreeSet<String> sorted(String... values) {
        return new TreeSet<>(List.of(values));
    }
}
