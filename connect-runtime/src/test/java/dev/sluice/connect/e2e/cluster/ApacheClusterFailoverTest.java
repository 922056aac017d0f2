/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static dev.sluice.connect.e2e.cluster.DistributedCluster.FAST_FAILOVER;
import static dev.sluice.connect.e2e.cluster.WorkerRuntime.APACHE;
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
        try (DistributedCluster cluster = DistributedCluster.create("apache-failover", kafka.bootstrapServers(), dir)) {
            DistributedWorkerProcess first = cluster.start(APACHE, "w1", FAST_FAILOVER);
            DistributedWorkerProcess second = cluster.start(APACHE, "w2", FAST_FAILOVER);
            cluster.awaitRestReady(STARTUP);
            for (String source : SOURCES) {
                createSource(kafka, cluster.names(), first, source);
            }
            ClusterStatus spread = first.rest().awaitClusterStatus("both sources RUNNING, spread over both workers",
                    STARTUP, status -> status.allRunning(SOURCES)
                            && status.workerIds().equals(Set.of(first.workerId(), second.workerId())));

            String moved = SOURCES.get(0);
            DistributedWorkerProcess victim = taskWorker(spread, moved).equals(first.workerId()) ? first : second;
            DistributedWorkerProcess survivor = victim == first ? second : first;
            awaitValue(kafka, topic(cluster.names(), moved), "first line of " + moved);

            long killedAt = System.nanoTime();
            assertEquals(DistributedWorkerProcess.SIGKILL_EXIT_STATUS, victim.kill());
            survivor.rest().awaitClusterStatus("everything RUNNING on the survivor " + survivor.workerId(), FAILOVER,
                    status -> status.allRunning(SOURCES)
                            && status.workerIds().equals(Set.of(survivor.workerId())));
            long failoverMillis = (System.nanoTime() - killedAt) / 1_000_000;

            append(moved, "written after the failover");
            awaitValue(kafka, topic(cluster.names(), moved), "written after the failover");
            System.out.printf("apacheClusterMovesAKilledWorkersTasks: spread %s; killed the %s worker; everything "
                            + "RUNNING on the survivor %d ms after the kill%n", spread.workPerWorker(),
                    victim == first ? "first started" : "second started", failoverMillis);
        }
    }

    @Test
    void apacheWorkerStoppedWithSigtermRunsItsConnectorAgainAfterARestart(KafkaTestClients kafka)
            throws IOException {
        String source = SOURCES.get(0);
        try (DistributedCluster cluster = DistributedCluster.create("apache-restart", kafka.bootstrapServers(), dir)) {
            DistributedWorkerProcess worker = cluster.start(APACHE, "w1");
            Duration ready = worker.awaitRestReady(STARTUP);
            createSource(kafka, cluster.names(), worker, source);
            worker.rest().awaitAllRunning(List.of(source), STARTUP);
            awaitValue(kafka, topic(cluster.names(), source), "first line of " + source);

            int exitStatus = worker.stop();
            Path firstConsole = worker.consoleLog();
            worker.restart();
            Duration readyAgain = worker.awaitRestReady(STARTUP);
            worker.rest().awaitClusterStatus(source + " RUNNING again on " + worker.workerId(), STARTUP,
                    status -> status.allRunning(List.of(source))
                            && status.workerIds().equals(Set.of(worker.workerId())));
            append(source, "written after the restart");
            awaitValue(kafka, topic(cluster.names(), source), "written after the restart");

            assertEquals(SIGTERM_EXIT_STATUS, exitStatus, "a JVM that ran its shutdown hooks after SIGTERM");
            assertNotEquals(firstConsole, worker.consoleLog(), "each start has its own console file");
            System.out.printf("apacheWorkerStoppedWithSigtermRunsItsConnectorAgainAfterARestart: REST-ready after "
                    + "%d ms, again %d ms after the restart%n", ready.toMillis(), readyAgain.toMillis());
        }
    }

    /** A FileStreamSource reading {@code <dir>/<name>.txt}, which starts with one line, into its own topic. */
    private void createSource(KafkaTestClients kafka, ClusterNames names, DistributedWorkerProcess worker,
            String name) throws IOException {
        kafka.createTopic(topic(names, name), 1, 1);
        Files.writeString(input(name), "first line of " + name + "\n", StandardCharsets.UTF_8);
        worker.rest().createConnector(name, Map.of(
                "connector.class", "FileStreamSource",
                "tasks.max", "1",
                "file", input(name).toString(),
                "topic", topic(names, name)), STARTUP);
    }

    private void append(String source, String line) throws IOException {
        Files.writeString(input(source), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private Path input(String source) {
        return dir.resolve(source + ".txt").toAbsolutePath();
    }

    private static String topic(ClusterNames names, String source) {
        return names.groupId() + "-" + source;
    }

    private static String taskWorker(ClusterStatus status, String connector) {
        return status.connectors().get(connector).tasks().get(0).workerId();
    }

    /** Reads the topic from the start until a record containing {@code value} has arrived. */
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
