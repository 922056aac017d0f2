/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static dev.sluice.connect.e2e.cluster.WorkerRuntime.APACHE;
import static dev.sluice.connect.e2e.cluster.WorkerRuntime.SLUICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swapping one runtime for the other on a running cluster's state: the first runtime's workers read files into
 * topics and commit their offsets, then all stop (SIGTERM); the other runtime's workers start on the same group id
 * and internal topics. Nobody creates anything again: the same connectors with the same configs come back RUNNING
 * and each source resumes at the position the first runtime committed, so after more lines are appended every
 * line is in its topic exactly once, in order.
 */
@Tag("slow")
@WithSharedKafka
class DropInMigrationTest {

    private static final Duration STARTUP = Duration.ofSeconds(40);
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final List<String> SOURCES = List.of("source-a", "source-b");
    private static final int LINES_BEFORE = 200;
    private static final int LINES_AFTER = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kept when a test fails: the workers' console logs are in it. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void sluiceResumesWhatApacheCommitted(KafkaTestClients kafka) throws IOException {
        migrate(kafka, APACHE, SLUICE);
    }

    @Test
    void apacheResumesWhatSluiceCommitted(KafkaTestClients kafka) throws IOException {
        migrate(kafka, SLUICE, APACHE);
    }

    private void migrate(KafkaTestClients kafka, WorkerRuntime before, WorkerRuntime after) throws IOException {
        long started = System.nanoTime();
        String label = before.name().toLowerCase() + "-to-" + after.name().toLowerCase();
        try (DistributedCluster cluster = DistributedCluster.create(label, kafka.bootstrapServers(), dir)) {
            ClusterNames names = cluster.names();
            for (String source : SOURCES) {
                kafka.createTopic(topic(names, source), 1, 1);
                append(source, lines(source, 0, LINES_BEFORE));
            }

            List<DistributedWorkerProcess> first = List.of(cluster.start(before, "before-1"),
                    cluster.start(before, "before-2"));
            cluster.awaitRestReady(STARTUP);
            Map<String, Map<String, String>> created = new TreeMap<>();
            for (String source : SOURCES) {
                Map<String, String> config = Map.of(
                        "connector.class", "FileStreamSource",
                        "tasks.max", "1",
                        "file", input(source).toString(),
                        "topic", topic(names, source));
                first.get(0).rest().createConnector(source, config, STARTUP);
                created.put(source, config);
            }
            first.get(0).rest().awaitAllRunning(SOURCES, SETTLE);
            for (String source : SOURCES) {
                TopicLines.awaitEndingWith(kafka, topic(names, source), lines(source, 0, LINES_BEFORE), SETTLE);
                awaitCommittedPosition(first.get(0), source, Files.size(input(source)));
            }
            long stopping = System.nanoTime();
            stopAll(first);
            long stopped = System.nanoTime();

            List<DistributedWorkerProcess> second = List.of(cluster.start(after, "after-1"),
                    cluster.start(after, "after-2"));
            cluster.awaitRestReady(STARTUP);
            Set<String> secondIds = Set.of(second.get(0).workerId(), second.get(1).workerId());
            second.get(0).rest().awaitClusterStatus(SOURCES + " RUNNING on the " + after + " workers", SETTLE,
                    status -> status.allRunning(SOURCES) && secondIds.containsAll(status.workerIds()));
            long resumed = System.nanoTime();
            for (String source : SOURCES) {
                assertEquals(withName(created.get(source), source), config(second.get(1), source),
                        source + "'s config as the " + after + " worker reads it");
            }

            for (String source : SOURCES) {
                append(source, lines(source, LINES_BEFORE, LINES_BEFORE + LINES_AFTER));
            }
            for (String source : SOURCES) {
                List<String> expected = lines(source, 0, LINES_BEFORE + LINES_AFTER);
                List<String> inTopic = TopicLines.awaitEndingWith(kafka, topic(names, source), expected, SETTLE);
                assertEquals(expected, inTopic, source + ": every line once, in order");
                awaitCommittedPosition(second.get(0), source, Files.size(input(source)));
            }
            for (String topic : List.of(names.offsetTopic(), names.statusTopic())) {
                assertEquals(Map.of(), KeyPartitions.splitKeys(kafka, topic),
                        "keys both runtimes wrote to " + topic + " each in one partition");
            }
            System.out.printf("%s resumed what %s committed: %d + %d lines per source; stopping took %d ms, "
                    + "RUNNING again %d ms after the stop; done in %d ms%n", after, before, LINES_BEFORE,
                    LINES_AFTER, millis(stopping, stopped), millis(stopped, resumed),
                    millis(started, System.nanoTime()));
        }
    }

    /** Waits until the connector's committed source offset (GET offsets) is at {@code position}. */
    private static void awaitCommittedPosition(DistributedWorkerProcess worker, String connector, long position) {
        AtomicReference<String> last = new AtomicReference<>("no answer yet");
        Eventually.await(connector + "'s offset committed at position " + position, SETTLE, () -> {
            try {
                ConnectRestClient.Response response = worker.rest().get("/connectors/" + connector + "/offsets");
                last.set(response.status() + " " + response.body());
                if (response.status() != 200) {
                    return false;
                }
                for (JsonNode offset : JSON.readTree(response.body()).path("offsets")) {
                    if (offset.path("offset").path("position").asLong(-1) == position) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                last.set(e.toString());
                return false;
            }
        }, () -> "last answer: " + last.get() + "\n" + worker.consoleTail());
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /** SIGTERMs every worker at once, so none takes over another's work on the way down. */
    private static void stopAll(List<DistributedWorkerProcess> workers) {
        workers.stream().map(worker -> CompletableFuture.runAsync(worker::stop)).toList()
                .forEach(CompletableFuture::join);
    }

    private static Map<String, String> config(DistributedWorkerProcess worker, String connector) throws IOException {
        ConnectRestClient.Response response = worker.rest().get("/connectors/" + connector + "/config");
        assertEquals(200, response.status(), response.body());
        return JSON.readValue(response.body(), new TypeReference<Map<String, String>>() { });
    }

    private static Map<String, String> withName(Map<String, String> config, String name) {
        Map<String, String> named = new HashMap<>(config);
        named.put("name", name);
        return named;
    }

    private static List<String> lines(String source, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> source + " line " + i).toList();
    }

    private void append(String source, List<String> lines) throws IOException {
        Files.writeString(input(source), String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private Path input(String source) {
        return dir.resolve(source + ".txt").toAbsolutePath();
    }

    private static String topic(ClusterNames names, String source) {
        return names.groupId() + "-" + source;
    }
}
