/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaCluster;
import dev.sluice.connect.testkit.KafkaTestClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker of a two-worker Sluice cluster restarts under it: nobody touches the workers, and afterwards the
 * connector is RUNNING again on both workers' view and lines appended to its file reach the topic.
 */
@Tag("slow")
class SluiceClusterBrokerRestartTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration RECOVERY = Duration.ofSeconds(90);
    private static final String SOURCE = "source";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // worker logs stay for a failure's post-mortem
    Path dir;

    @Test
    void workersRecoverByThemselvesFromABrokerRestart() throws IOException {
        Path input = dir.resolve("input.txt").toAbsolutePath();
        Files.writeString(input, "before the restart\n", StandardCharsets.UTF_8);
        try (KafkaCluster kafka = KafkaCluster.startSingleBroker();
             DistributedCluster cluster = DistributedCluster.create("sluice-broker-restart", kafka.bootstrapServers(),
                     dir)) {
            KafkaTestClients clients = kafka.clients();
            String topic = cluster.names().groupId() + "-" + SOURCE;
            clients.createTopic(topic, 1, 1);
            cluster.start(WorkerRuntime.SLUICE, "w1", DistributedCluster.FAST_FAILOVER);
            cluster.start(WorkerRuntime.SLUICE, "w2", DistributedCluster.FAST_FAILOVER);
            cluster.awaitRestReady(STARTUP);
            cluster.workers().get(0).rest().createConnector(SOURCE, Map.of("connector.class", "FileStreamSource",
                    "tasks.max", "1", "file", input.toString(), "topic", topic), STARTUP);
            awaitValue(clients, topic, "before the restart", STARTUP);

            long began = System.nanoTime();
            kafka.restart();
            long restarted = System.nanoTime();
            Files.writeString(input, "after the restart\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            awaitValue(clients, topic, "after the restart", RECOVERY);
            for (DistributedWorkerProcess worker : cluster.workers()) {
                worker.assertAlive();
                worker.rest().awaitAllRunning(List.of(SOURCE), RECOVERY);
            }
            System.out.printf("workersRecoverByThemselvesFromABrokerRestart: broker restart took %d ms; data flowing "
                    + "and %s RUNNING on every worker's view %d ms after it was back%n",
                    (restarted - began) / 1_000_000, SOURCE, (System.nanoTime() - restarted) / 1_000_000);
        }
    }

    /** Reads the topic from the start until a record containing {@code value} has arrived. */
    private static void awaitValue(KafkaTestClients kafka, String topic, String value, Duration timeout) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerConfig(null))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Eventually.await("\"" + value + "\" in " + topic, timeout, () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(record.value()));
                return seen.stream().anyMatch(v -> v.contains(value));
            }, () -> "values so far: " + seen);
        }
    }
}
