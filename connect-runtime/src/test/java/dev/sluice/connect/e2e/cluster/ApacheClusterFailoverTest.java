/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference behaviour the Sluice cluster tests compare against, and the proof that the harness drives Apache's
 * released worker: two Apache 4.3.1 workers share two FileStream sources; one of them is SIGKILLed, and once the
 * group gives up on it (session timeout, then the scheduled rebalance delay) the survivor runs everything, and the
 * moved source goes on reading its file. A worker stopped with SIGTERM and started again on the same settings runs
 * its connector again under the same worker id.
 */
@Tag("slow")
@WithSharedKafka
class ApacheClusterFailoverTest {

    private static final int SIGTERM_EXIT_STATUS = 128 + 15;
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration FAILOVER = Duration.ofSeconds(45);
    private static final List<String> SOURCES = List.of("source-a", "source-b");

    @TempDir
    Path dir;

    @Test
    void apacheClusterMovesAKilledWorkersTasks(KafkaTestClients kafka) throws IOException {
        ClusterNames cluster = ClusterNames.unique("apache-failover");
        try (DistributedWorkerProcess first = DistributedWorkerProcess.start(worker(cluster, kafka, "w1"));
             DistributedWorkerProcess second = DistributedWorkerProcess.start(worker(cluster, kafka, "w2"))) {
            Duration firstReady = first.awaitRestReady(STARTUP);
            Duration secondReady = second.awaitRestReady(STARTUP);

            for (String source : SOURCES) {
                kafka.createTopic(topic(cluster, source), 1, 1);
                Files.writeString(input(source), "first line of " + source + "\n", StandardCharsets.UTF_8);
                first.rest().createConnector(source, Map.of(
                        "connector.class", "FileStreamSource",
                        "tasks.max", "1",
                        "file", input(source).toString(),
                        "topic", topic(cluster, source)), STARTUP);
            }
            Set<String> bothWorkers = Set.of(first.workerId(), second.workerId());
            ClusterStatus spread = first.rest().awaitClusterStatus("both sources RUNNING, spread over both workers",
                    STARTUP, status -> status.allRunning(SOURCES) && status.workerIds().equals(bothWorkers));

            DistributedWorkerProcess victim = spread.connectors().get("source-a").tasks().get(0).workerId()
                    .equals(second.workerId()) ? second : first;
            DistributedWorkerProcess survivor = victim == second ? first : second;
            String moved = SOURCES.stream().filter(source -> spread.connectors().get(source).tasks().get(0)
                    .workerId().equals(victim.workerId())).findFirst().orElseThrow();
            awaitValue(kafka, topic(cluster, moved), "first line of " + moved);

            long killedAt = System.nanoTime();
            assertEquals(DistributedWorkerProcess.SIGKILL_EXIT_STATUS, victim.kill());
            survivor.rest().awaitClusterStatus("everything RUNNING on the survivor " + survivor.workerId(), FAILOVER,
                    status -> status.allRunning(SOURCES)
                            && status.workerIds().equals(Set.of(survivor.workerId())));
            long failoverMillis = (System.nanoTime() - killedAt) / 1_000_000;

            Files.writeString(input(moved), "written after the failover\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            awaitValue(kafka, topic(cluster, moved), "written after the failover");
            System.out.printf("apacheClusterMovesAKilledWorkersTasks: workers REST-ready after %d / %d ms; "
                            + "spread %s; killed %s (%s); everything RUNNING on %s %d ms after the kill%n",
                    firstReady.toMillis(), secondReady.toMillis(), spread.workPerWorker(), victim.workerId(),
                    victim == first ? "first started" : "second started", survivor.workerId(), failoverMillis);
        }
    }

    @Test
    void apacheWorkerStoppedWithSigtermRunsItsConnectorAgainAfterARestart(KafkaTestClients kafka)
            throws IOException {
        ClusterNames cluster = ClusterNames.unique("apache-restart");
        String source = SOURCES.get(0);
        kafka.createTopic(topic(cluster, source), 1, 1);
        Files.writeString(input(source), "first line of " + source + "\n", StandardCharsets.UTF_8);
        try (DistributedWorkerProcess worker = DistributedWorkerProcess.start(worker(cluster, kafka, "w1"))) {
            Duration ready = worker.awaitRestReady(STARTUP);
            worker.rest().createConnector(source, Map.of(
                    "connector.class", "FileStreamSource",
                    "tasks.max", "1",
                    "file", input(source).toString(),
                    "topic", topic(cluster, source)), STARTUP);
            worker.rest().awaitAllRunning(List.of(source), STARTUP);
            awaitValue(kafka, topic(cluster, source), "first line of " + source);

            int exitStatus = worker.stop();
            Path firstConsole = worker.consoleLog();
            worker.restart();
            Duration readyAgain = worker.awaitRestReady(STARTUP);
            worker.rest().awaitClusterStatus(source + " RUNNING again on " + worker.workerId(), STARTUP,
                    status -> status.allRunning(List.of(source))
                            && status.workerIds().equals(Set.of(worker.workerId())));
            Files.writeString(input(source), "written after the restart\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            awaitValue(kafka, topic(cluster, source), "written after the restart");

            assertEquals(SIGTERM_EXIT_STATUS, exitStatus, "a JVM that ran its shutdown hooks after SIGTERM");
            assertNotEquals(firstConsole, worker.consoleLog(), "each start has its own console file");
            System.out.printf("apacheWorkerStoppedWithSigtermRunsItsConnectorAgainAfterARestart: REST-ready after "
                    + "%d ms, again %d ms after the restart%n", ready.toMillis(), readyAgain.toMillis());
        }
    }

    private DistributedWorkerSetup worker(ClusterNames cluster, KafkaTestClients kafka, String name) {
        return DistributedWorkerSetup.of(WorkerRuntime.APACHE, cluster, kafka.bootstrapServers(), dir.resolve(name))
                .sessionTimeout(Duration.ofSeconds(10))
                .scheduledRebalanceMaxDelay(Duration.ofSeconds(3))
                .write();
    }

    private Path input(String source) {
        return dir.resolve(source + ".txt").toAbsolutePath();
    }

    private static String topic(ClusterNames cluster, String source) {
        return cluster.groupId() + "-" + source;
    }

    /** Reads the topic from the start until a record with {@code value} has arrived. */
    private static void awaitValue(KafkaTestClients kafka, String topic, String value) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerConfig(null))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Eventually.await("\"" + value + "\" in " + topic, Duration.ofSeconds(30), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(record.value()));
                return seen.stream().anyMatch(v -> v.contains(value));
            }, () -> "values so far: " + seen);
        }
    }
}
