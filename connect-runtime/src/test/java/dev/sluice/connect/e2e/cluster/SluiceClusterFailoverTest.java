/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static dev.sluice.connect.e2e.cluster.DistributedCluster.FAST_FAILOVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker of a three-worker Sluice cluster is SIGKILLed while its FileStreamSource task copies a file of a million
 * distinct lines: once the group notices (session.timeout.ms 10 s) and the leader stops waiting for it to come
 * back (scheduled.rebalance.max.delay.ms 3 s), a survivor runs the task, resumes from the last committed offset
 * and the topic ends up with every line (duplicates allowed, none missing).
 */
@Tag("slow")
@WithSharedKafka
class SluiceClusterFailoverTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration DETECTION = Duration.ofSeconds(10 + 3);
    private static final Duration FAILOVER_SLACK = Duration.ofSeconds(7);
    private static final int LINES = 1_000_000;
    private static final String SOURCE = "million-lines";
    /** A million lines at the few thousand lines per second a loaded 2-core CI machine manages. */
    private static final Duration COPY = Duration.ofSeconds(240);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // worker logs stay for a failure's post-mortem
    Path dir;

    @Test
    void killedWorkersTaskRunsOnASurvivorAndNoLineIsLost(KafkaTestClients kafka) throws IOException {
        Path input = writeLines(dir.resolve("lines.txt"));
        try (DistributedCluster cluster = DistributedCluster.create("sluice-failover", kafka.bootstrapServers(), dir)) {
            String topic = cluster.names().groupId() + "-lines";
            kafka.createTopic(topic, 1, 1);
            for (String name : List.of("w1", "w2", "w3")) {
                cluster.start(WorkerRuntime.SLUICE, name, FAST_FAILOVER);
            }
            cluster.awaitRestReady(STARTUP);
            DistributedWorkerProcess first = cluster.workers().get(0);
            first.rest().createConnector(SOURCE, Map.of("connector.class", "FileStreamSource", "tasks.max", "1",
                    "file", input.toString(), "topic", topic), STARTUP);
            ClusterStatus running = first.rest().awaitAllRunning(List.of(SOURCE), STARTUP);
            String victimId = running.connectors().get(SOURCE).tasks().get(0).workerId();
            DistributedWorkerProcess victim = cluster.workers().stream()
                    .filter(w -> w.workerId().equals(victimId)).findFirst().orElseThrow();
            DistributedWorkerProcess survivor = cluster.workers().stream().filter(w -> w != victim).findFirst()
                    .orElseThrow();

            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerConfig(null))) {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                long[] copiedAtKill = new long[1];
                Eventually.await("the task copying lines", STARTUP, () -> {
                    copiedAtKill[0] = consumer.endOffsets(List.of(partition)).get(partition);
                    return copiedAtKill[0] > 0;
                }, victim::consoleTail);

                long killedAt = System.nanoTime();
                assertEquals(DistributedWorkerProcess.SIGKILL_EXIT_STATUS, victim.kill());
                ClusterStatus moved = survivor.rest().awaitClusterStatus(SOURCE + "'s task RUNNING on a survivor",
                        DETECTION.plus(FAILOVER_SLACK).plusSeconds(30), status -> status.allRunning(List.of(SOURCE))
                                && !status.connectors().get(SOURCE).tasks().get(0).workerId().equals(victimId));
                Duration failover = Duration.ofNanos(System.nanoTime() - killedAt);

                BitSet seen = new BitSet(LINES);
                long[] records = new long[1];
                Eventually.await("all " + LINES + " lines in " + topic, COPY, () -> {
                    // Drain what is there: one poll per check would read only max.poll.records per check.
                    ConsumerRecords<String, String> batch;
                    do {
                        batch = consumer.poll(Duration.ofMillis(500));
                        for (ConsumerRecord<String, String> record : batch) {
                            seen.set(lineNumber(record.value()));
                            records[0]++;
                        }
                    } while (!batch.isEmpty());
                    return seen.cardinality() == LINES;
                }, () -> seen.cardinality() + " distinct lines of " + records[0] + " records; first missing "
                        + seen.nextClearBit(0) + "\n" + survivor.consoleTail());
                System.out.printf("killedWorkersTaskRunsOnASurvivorAndNoLineIsLost: killed %s with %d lines copied; "
                        + "task RUNNING on %s %d ms after the kill; %d records for %d lines%n", victimId,
                        copiedAtKill[0], moved.connectors().get(SOURCE).tasks().get(0).workerId(),
                        failover.toMillis(), records[0], LINES);
                assertTrue(failover.compareTo(DETECTION.plus(FAILOVER_SLACK)) <= 0,
                        "failover took " + failover + ", more than session timeout + scheduled delay + "
                                + FAILOVER_SLACK);
            }
        }
    }

    /** Lines {@code line-0000000} … {@code line-0999999}. */
    private static Path writeLines(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < LINES; i++) {
                out.write(String.format("line-%07d%n", i));
            }
        }
        return file.toAbsolutePath();
    }

    /** The line number in a record value, which the JsonConverter wrote as a JSON string. */
    private static int lineNumber(String value) {
        int start = value.indexOf("line-") + "line-".length();
        return Integer.parseInt(value.substring(start, start + 7));
    }
}
