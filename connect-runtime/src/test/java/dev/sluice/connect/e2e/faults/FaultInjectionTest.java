/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.e2e.cluster.ClusterStatus;
import dev.sluice.connect.e2e.cluster.DistributedCluster;
import dev.sluice.connect.e2e.cluster.DistributedWorkerProcess;
import dev.sluice.connect.e2e.cluster.DistributedWorkerSetup;
import dev.sluice.connect.e2e.cluster.WorkerRuntime;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.testkit.ClusterSpec;
import dev.sluice.connect.testkit.KafkaCluster;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault-injection suite: a FileStreamSource → Kafka → FileStreamSink pipeline of a million distinct lines on
 * three Sluice worker processes over a three-broker cluster (every topic replicated three times, two in sync), hit in
 * turn, as the copy progresses, by: a SIGKILLed worker (the one running the source task); a broker restart (the
 * leader of the data topic); a SIGKILLed broker leading the offsets topic partition that holds the source's offsets;
 * a worker frozen with SIGSTOP past its session timeout and thawed once another runs its task; and everything —
 * workers and brokers — stopped and started again. It runs once with exactly-once source support and once
 * without, and prints what a {@code read_committed} reader of the topic and the sink's file hold.
 */
@Tag("slow")
class FaultInjectionTest {

    private static final int LINES = 1_000_000;
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration FAILOVER = Duration.ofSeconds(90);
    private static final Duration COPY = Duration.ofSeconds(420);
    private static final String SOURCE = "fault-source";
    private static final String SINK = "fault-sink";
    /**
     * The source task's producer is throttled by a broker quota so that every fault lands during the copy: unthrottled,
     * a million short lines are copied before the broker restarts have finished.
     */
    private static final double SOURCE_BYTES_PER_SECOND = 300_000;

    private static KafkaCluster kafka;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // worker logs stay for a failure's post-mortem
    Path dir;

    @BeforeAll
    static void startBrokers() throws Exception {
        kafka = KafkaCluster.start(ClusterSpec.brokers(3));
        ClientQuotaEntity sourceProducer = new ClientQuotaEntity(Map.of(ClientQuotaEntity.CLIENT_ID,
                "connector-producer-" + SOURCE + "-0"));
        try (Admin admin = Admin.create(kafka.clients().adminConfig())) {
            admin.alterClientQuotas(List.of(new ClientQuotaAlteration(sourceProducer, List.of(
                    new ClientQuotaAlteration.Op("producer_byte_rate", SOURCE_BYTES_PER_SECOND))))).all().get();
        }
    }

    @AfterAll
    static void stopBrokers() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void withExactlyOnceSourceNoLineIsLostOrDuplicatedInTheTopic() throws IOException {
        Outcome outcome = runPipeline("eos", true);
        assertEquals(0, outcome.topic().missing(), "lines missing from the topic");
        assertEquals(0, outcome.topic().duplicates(), "lines in the topic more than once");
        assertEquals(0, outcome.sink().missing(), "lines missing from the sink's file");
    }

    @Test
    void withoutExactlyOnceNoLineIsLost() throws IOException {
        Outcome outcome = runPipeline("alo", false);
        assertEquals(0, outcome.topic().missing(), "lines missing from the topic");
        assertEquals(0, outcome.sink().missing(), "lines missing from the sink's file");
    }

    private record Outcome(LineTally topic, LineTally sink) {
    }

    private Outcome runPipeline(String label, boolean exactlyOnce) throws IOException {
        Path input = writeLines(dir.resolve("lines.txt"));
        Path output = dir.resolve("sink.txt").toAbsolutePath();
        UnaryOperator<DistributedWorkerSetup.Builder> settings = worker -> DistributedCluster.FAST_FAILOVER
                .apply(worker)
                .set("config.storage.replication.factor", "3")
                .set("offset.storage.replication.factor", "3")
                .set("status.storage.replication.factor", "3")
                .set("exactly.once.source.support", exactlyOnce ? "enabled" : "disabled");
        List<String> events = new ArrayList<>();
        long began = System.nanoTime();
        try (DistributedCluster cluster = DistributedCluster.create("faults-" + label, kafka.bootstrapServers(), dir);
             KafkaConsumer<String, String> reader = new KafkaConsumer<>(readCommitted())) {
            String topic = cluster.names().groupId() + "-lines";
            kafka.clients().createTopic(topic, 1, 3, Map.of("min.insync.replicas", "2"));
            for (String name : List.of("w1", "w2", "w3")) {
                cluster.start(WorkerRuntime.SLUICE, name, settings);
            }
            cluster.awaitRestReady(STARTUP);
            Map<String, String> source = new HashMap<>(Map.of("connector.class", "FileStreamSource",
                    "tasks.max", "1", "file", input.toString(), "topic", topic));
            if (exactlyOnce) {
                source.put("exactly.once.support", "required");
            }
            DistributedWorkerProcess first = cluster.workers().get(0);
            first.rest().createConnector(SOURCE, source, STARTUP);
            first.rest().createConnector(SINK, Map.of("connector.class", "FileStreamSink", "tasks.max", "1",
                    "file", output.toString(), "topics", topic,
                    "consumer.override.isolation.level", "read_committed"), STARTUP);
            first.rest().awaitAllRunning(List.of(SOURCE, SINK), STARTUP);
            TopicPartition partition = new TopicPartition(topic, 0);
            reader.assign(List.of(partition));
            reader.seekToBeginning(List.of(partition));
            Progress progress = new Progress(reader, partition);

            progress.awaitCommitted(LINES * 15 / 100, first::consoleTail);
            DistributedWorkerProcess killed = taskWorker(cluster);
            killed.kill();
            DistributedWorkerProcess next = awaitTaskMovedFrom(cluster, killed);
            events.add("SIGKILL worker " + killed.workerId() + " at " + progress.last());

            progress.awaitCommitted(LINES * 30 / 100, next::consoleTail);
            int dataLeader = leaderOf(topic, 0);
            kafka.broker(dataLeader).restart();
            events.add("restart broker " + dataLeader + " (data topic leader) at " + progress.last());

            progress.awaitCommitted(LINES * 45 / 100, next::consoleTail);
            int offsetsLeader = leaderOf(cluster.names().offsetTopic(), offsetsPartition(input));
            kafka.broker(offsetsLeader).kill();
            long atKill = progress.last();
            progress.awaitCommitted(atKill + LINES / 20, next::consoleTail);
            kafka.broker(offsetsLeader).start();
            events.add("SIGKILL broker " + offsetsLeader + " (offsets partition leader) at " + atKill
                    + ", started again at " + progress.last());

            progress.awaitCommitted(LINES * 60 / 100, next::consoleTail);
            DistributedWorkerProcess frozen = taskWorker(cluster);
            frozen.freeze();
            DistributedWorkerProcess third = awaitTaskMovedFrom(cluster, frozen);
            frozen.thaw();
            events.add("SIGSTOP worker " + frozen.workerId() + " at " + progress.last() + ", SIGCONT once "
                    + third.workerId() + " ran the task");

            progress.awaitCommitted(LINES * 75 / 100, third::consoleTail);
            long atStop = progress.last();
            for (DistributedWorkerProcess worker : cluster.workers()) {
                if (worker.isAlive()) {
                    worker.stop();
                }
            }
            kafka.stop();
            kafka.start();
            cluster.workers().forEach(DistributedWorkerProcess::restart);
            cluster.awaitRestReady(STARTUP);
            events.add("stop all workers and brokers at " + atStop + ", start them all again");
            assertTrue(atStop < LINES, "the last fault came after the copy was done; throttle the source more");

            LineTally inTopic = new LineTally(LINES);
            Eventually.await("all " + LINES + " lines committed to " + topic, COPY, () -> {
                ConsumerRecords<String, String> batch;
                do {
                    batch = reader.poll(Duration.ofMillis(500));
                    batch.forEach(record -> inTopic.add(record.value()));
                } while (!batch.isEmpty());
                return inTopic.complete();
            }, () -> inTopic + "; first missing " + inTopic.firstMissing() + "\n" + first.consoleTail());
            LineTally inSink = new LineTally(LINES);
            Eventually.await("all " + LINES + " lines in the sink's file", COPY, () -> tallyFile(output, inSink),
                    () -> inSink + "\n" + first.consoleTail());
            System.out.printf("fault injection, exactly-once source %s: %s; topic (read_committed): %s; sink file:"
                    + " %s; %d s%n", exactlyOnce ? "on" : "off", String.join("; ", events), inTopic, inSink,
                    Duration.ofNanos(System.nanoTime() - began).toSeconds());
            return new Outcome(inTopic, inSink);
        }
    }

    /** Counts the sink's file afresh into {@code tally}; true once every line is in it. */
    private static boolean tallyFile(Path file, LineTally tally) {
        LineTally fresh = new LineTally(LINES);
        if (!Files.exists(file)) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.contains("line-") && line.length() >= 12) {
                    fresh.add(line);
                }
            }
        } catch (IOException e) {
            return false;
        }
        tally.replaceWith(fresh);
        return tally.complete();
    }

    private static Map<String, Object> readCommitted() {
        Map<String, Object> settings = new HashMap<>(kafka.clients().consumerConfig(null));
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return settings;
    }

    /** The partition of the worker's offsets topic that holds the source's offsets (key hashed as producers do). */
    private static int offsetsPartition(Path input) {
        ByteBuffer key = new OffsetKeyCodec().encodeKey(SOURCE, Map.of("filename", input.toString()));
        byte[] bytes = new byte[key.remaining()];
        key.duplicate().get(bytes);
        return Utils.toPositive(Utils.murmur2(bytes)) % 25;
    }

    private static int leaderOf(String topic, int partition) {
        try (Admin admin = Admin.create(kafka.clients().adminConfig())) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .get(partition).leader().id();
        } catch (Exception e) {
            throw new AssertionError("could not find the leader of " + topic + "-" + partition, e);
        }
    }

    /** The worker the source task runs on now, by the status a live worker reports. */
    private static DistributedWorkerProcess taskWorker(DistributedCluster cluster) {
        DistributedWorkerProcess asked = cluster.workers().stream().filter(DistributedWorkerProcess::isAlive)
                .findFirst().orElseThrow();
        String id = asked.rest().awaitAllRunning(List.of(SOURCE), FAILOVER).connectors().get(SOURCE).tasks().get(0)
                .workerId();
        return cluster.workers().stream().filter(worker -> worker.workerId().equals(id)).findFirst().orElseThrow();
    }

    /** Waits until a worker other than {@code gone} reports the source task RUNNING somewhere else. */
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

    /** How far the copy is: the data topic's last stable offset, which a read_committed reader sees. */
    private static final class Progress {
        private final KafkaConsumer<String, String> reader;
        private final TopicPartition partition;
        private long last;

        Progress(KafkaConsumer<String, String> reader, TopicPartition partition) {
            this.reader = reader;
            this.partition = partition;
        }

        void awaitCommitted(long offset, Supplier<String> diagnostics) {
            Eventually.await("the topic's committed end at " + offset, COPY, () -> {
                last = reader.endOffsets(List.of(partition)).get(partition);
                return last >= offset;
            }, diagnostics);
        }

        long last() {
            return last;
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
}
