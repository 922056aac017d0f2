/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static dev.sluice.connect.e2e.cluster.DistributedCluster.FAST_FAILOVER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once source (KIP-618) on a three-worker Sluice cluster copying a million distinct lines with
 * FileStreamSource: the worker running the task is SIGKILLed at a fifth of the copy, and the worker running it next
 * is frozen (SIGSTOP) past its session timeout at half, then thawed while a third worker runs the task. A
 * {@code read_committed} reader of the topic ends up with every line exactly once: the killed task's open
 * transaction was aborted, and the frozen one, a zombie once thawed, was fenced out before it could commit.
 */
@Tag("slow")
@WithSharedKafka
class ExactlyOnceSourceFailoverTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration FAILOVER = Duration.ofSeconds(60);
    private static final int LINES = 1_000_000;
    private static final String SOURCE = "exactly-once-lines";
    private static final Duration COPY = Duration.ofSeconds(300);
    private static final UnaryOperator<DistributedWorkerSetup.Builder> EXACTLY_ONCE = worker ->
            FAST_FAILOVER.apply(worker).set("exactly.once.source.support", "enabled");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // worker logs stay for a failure's post-mortem
    Path dir;

    @Test
    void everyLineArrivesExactlyOnceThoughOneWorkerIsKilledAndAnotherFrozenAndThawed(KafkaTestClients kafka)
            throws IOException {
        Path input = writeLines(dir.resolve("lines.txt"));
        try (DistributedCluster cluster = DistributedCluster.create("sluice-eos", kafka.bootstrapServers(), dir);
             KafkaConsumer<String, String> reader = new KafkaConsumer<>(readCommitted(kafka))) {
            String topic = cluster.names().groupId() + "-lines";
            kafka.createTopic(topic, 1, 1);
            for (String name : List.of("w1", "w2", "w3")) {
                cluster.start(WorkerRuntime.SLUICE, name, EXACTLY_ONCE);
            }
            cluster.awaitRestReady(STARTUP);
            cluster.workers().get(0).rest().createConnector(SOURCE, Map.of("connector.class", "FileStreamSource",
                    "tasks.max", "1", "file", input.toString(), "topic", topic, "exactly.once.support", "required",
                    "transaction.boundary", "poll"), STARTUP);
            cluster.workers().get(0).rest().awaitAllRunning(List.of(SOURCE), STARTUP);
            TopicPartition partition = new TopicPartition(topic, 0);
            reader.assign(List.of(partition));
            reader.seekToBeginning(List.of(partition));

            DistributedWorkerProcess killed = taskWorker(cluster);
            long committedAtKill = awaitCommitted(reader, partition, LINES / 5, killed);
            assertEquals(DistributedWorkerProcess.SIGKILL_EXIT_STATUS, killed.kill());
            DistributedWorkerProcess frozen = awaitTaskMovedFrom(cluster, killed);

            long committedAtFreeze = awaitCommitted(reader, partition, LINES / 2, frozen);
            frozen.freeze();
            DistributedWorkerProcess third = awaitTaskMovedFrom(cluster, frozen);
            frozen.thaw();

            int[] copies = new int[LINES];
            long[] records = new long[1];
            int[] distinct = new int[1];
            Eventually.await("all " + LINES + " lines committed to " + topic, COPY, () -> {
                ConsumerRecords<String, String> batch;
                do {
                    batch = reader.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, String> record : batch) {
                        if (copies[lineNumber(record.value())]++ == 0) {
                            distinct[0]++;
                        }
                        records[0]++;
                    }
                } while (!batch.isEmpty());
                return distinct[0] == LINES;
            }, () -> distinct[0] + " distinct lines of " + records[0] + " records\n" + third.consoleTail());
            // Whatever the thawed zombie still had open must never become visible: read on for a while.
            long settle = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < settle) {
                reader.poll(Duration.ofMillis(500)).forEach(record -> {
                    copies[lineNumber(record.value())]++;
                    records[0]++;
                });
            }
            long duplicates = records[0] - distinct[0];
            System.out.printf("exactly-once source: killed %s at %d committed lines, froze %s at %d committed"
                    + " lines and thawed it while %s ran the task; %d records for %d lines, %d duplicates,"
                    + " %d missing%n", killed.workerId(), committedAtKill, frozen.workerId(), committedAtFreeze,
                    third.workerId(), records[0], LINES, duplicates, LINES - distinct[0]);
            assertEquals(LINES, distinct[0], "lines missing");
            assertEquals(0, duplicates, "lines delivered more than once");
        }
    }

    private static Map<String, Object> readCommitted(KafkaTestClients kafka) {
        Map<String, Object> settings = new HashMap<>(kafka.consumerConfig(null));
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return settings;
    }

    /** The worker the task runs on now, by the status any live worker reports. */
    private static DistributedWorkerProcess taskWorker(DistributedCluster cluster) {
        DistributedWorkerProcess asked = cluster.workers().stream().filter(DistributedWorkerProcess::isAlive)
                .findFirst().orElseThrow();
        String id = asked.rest().awaitAllRunning(List.of(SOURCE), STARTUP).connectors().get(SOURCE).tasks().get(0)
                .workerId();
        return cluster.workers().stream().filter(worker -> worker.workerId().equals(id)).findFirst().orElseThrow();
    }

    /** Waits until another worker than {@code gone} reports the task RUNNING on itself or a third. */
    private static DistributedWorkerProcess awaitTaskMovedFrom(DistributedCluster cluster,
                                                               DistributedWorkerProcess gone) {
        DistributedWorkerProcess asked = cluster.workers().stream()
                .filter(worker -> worker != gone && worker.isAlive()).findFirst().orElseThrow();
        ClusterStatus moved = asked.rest().awaitClusterStatus(SOURCE + "'s task RUNNING away from " + gone.workerId(),
                FAILOVER, status -> status.allRunning(List.of(SOURCE))
                        && !status.connectors().get(SOURCE).tasks().get(0).workerId().equals(gone.workerId()));
        String id = moved.connectors().get(SOURCE).tasks().get(0).workerId();
        return cluster.workers().stream().filter(worker -> worker.workerId().equals(id)).findFirst().orElseThrow();
    }

    /** Waits until a read_committed reader could read {@code lines} records; returns how many it could. */
    private static long awaitCommitted(KafkaConsumer<String, String> reader, TopicPartition partition, long lines,
                                       DistributedWorkerProcess worker) {
        long[] committed = new long[1];
        Eventually.await(lines + " lines committed", COPY, () -> {
            // For a read_committed consumer the end offset is the last stable offset: committed data only.
            committed[0] = reader.endOffsets(List.of(partition)).get(partition);
            return committed[0] >= lines;
        }, worker::consoleTail);
        return committed[0];
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
