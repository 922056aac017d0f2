/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static dev.sluice.connect.e2e.cluster.WorkerRuntime.APACHE;
import static dev.sluice.connect.e2e.cluster.WorkerRuntime.SLUICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rolling migration caught half-way: one Apache 4.3.1 worker and one Sluice worker in one group, on the same
 * internal topics, each loading its own FileStream connectors (same class names) from plugin.path. The first worker
 * to join leads; connectors created at the other worker are forwarded to it; connectors the group places on the
 * follower send their task configs to the leader in a signed request, so their tasks run only if the leader
 * accepted the follower's signature. Both workers then tell the same story over REST, and data flows through the
 * sources and the sink wherever they run.
 */
@Tag("slow")
@WithSharedKafka
class MixedClusterTest {

    private static final Duration STARTUP = Duration.ofSeconds(40);
    private static final Duration SETTLE = Duration.ofSeconds(40);
    private static final List<String> SOURCES = List.of("source-a", "source-b", "source-c");
    private static final String SINK = "sink";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kept when a test fails: the workers' console logs are in it. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void apacheAndSluiceWorkersShareOneGroupUnderAnApacheLeader(KafkaTestClients kafka) throws IOException {
        shareOneGroup(kafka, APACHE, SLUICE);
    }

    @Test
    void apacheAndSluiceWorkersShareOneGroupUnderASluiceLeader(KafkaTestClients kafka) throws IOException {
        shareOneGroup(kafka, SLUICE, APACHE);
    }

    private void shareOneGroup(KafkaTestClients kafka, WorkerRuntime leaderRuntime, WorkerRuntime followerRuntime)
            throws IOException {
        long started = System.nanoTime();
        String label = "mixed-" + leaderRuntime.name().toLowerCase() + "-leads";
        try (DistributedCluster cluster = DistributedCluster.create(label, kafka.bootstrapServers(), dir)) {
            ClusterNames names = cluster.names();
            for (String source : SOURCES) {
                kafka.createTopic(topic(names, source), 1, 1);
                Files.writeString(input(source), "first line of " + source + "\n", StandardCharsets.UTF_8);
            }

            // Alone in the group, the first worker leads; its own connector proves it has joined.
            DistributedWorkerProcess leader = cluster.start(leaderRuntime, "leader");
            leader.awaitRestReady(STARTUP);
            leader.rest().createConnector(SOURCES.get(0), sourceConfig(names, SOURCES.get(0)), STARTUP);
            leader.rest().awaitAllRunning(List.of(SOURCES.get(0)), STARTUP);

            DistributedWorkerProcess follower = cluster.start(followerRuntime, "follower");
            follower.awaitRestReady(STARTUP);
            for (String source : SOURCES.subList(1, SOURCES.size())) {
                follower.rest().createConnector(source, sourceConfig(names, source), STARTUP);
            }
            follower.rest().createConnector(SINK, Map.of(
                    "connector.class", "FileStreamSink",
                    "tasks.max", "1",
                    "topics", topic(names, SOURCES.get(0)),
                    "file", output().toString()), STARTUP);

            List<String> all = new ArrayList<>(SOURCES);
            all.add(SINK);
            Set<String> bothWorkers = Set.of(leader.workerId(), follower.workerId());
            ClusterStatus spread = leader.rest().awaitClusterStatus(
                    "all connectors and tasks RUNNING, tasks on both workers, a connector on the follower",
                    SETTLE, status -> status.allRunning(all)
                            && status.tasksPerWorker().keySet().equals(bothWorkers)
                            && runsAConnector(status, follower.workerId()));
            awaitSameView(leader, follower, all);

            for (String source : SOURCES) {
                append(source, "appended to " + source);
            }
            for (String source : SOURCES) {
                TopicLines.await(kafka, topic(names, source), "the appended line", SETTLE,
                        lines -> lines.equals(List.of("first line of " + source, "appended to " + source)));
            }
            Eventually.await("the sink writing " + SOURCES.get(0) + "'s lines to " + output(), SETTLE,
                    () -> readOutput().equals(List.of("first line of source-a", "appended to source-a")),
                    () -> "sink output: " + readOutput() + "\n" + leader.consoleTail() + "\n"
                            + follower.consoleTail());
            for (String topic : List.of(names.offsetTopic(), names.statusTopic())) {
                assertEquals(Map.of(), KeyPartitions.splitKeys(kafka, topic),
                        "keys both runtimes wrote to " + topic + " each in one partition");
            }
            System.out.printf("%s leads, %s follows: work per worker %s; done in %d ms%n", leaderRuntime,
                    followerRuntime, spread.workPerWorker(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Both workers list the same connectors and report the same statuses (each reads the status topic itself). */
    private static void awaitSameView(DistributedWorkerProcess leader, DistributedWorkerProcess follower,
            List<String> connectors) {
        AtomicReference<String> last = new AtomicReference<>("no answer yet");
        Eventually.await("the same connectors and statuses at both workers", SETTLE, () -> {
            try {
                Set<String> atLeader = connectorNames(leader);
                Set<String> atFollower = connectorNames(follower);
                ClusterStatus leaderStatus = leader.rest().clusterStatus();
                ClusterStatus followerStatus = follower.rest().clusterStatus();
                last.set("leader lists " + atLeader + ", follower " + atFollower + "\nleader: " + leaderStatus
                        + "\nfollower: " + followerStatus);
                return atLeader.equals(new TreeSet<>(connectors)) && atFollower.equals(atLeader)
                        && leaderStatus.equals(followerStatus);
            } catch (IOException e) {
                last.set(e.toString());
                return false;
            }
        }, () -> last.get() + "\n" + leader.consoleTail() + "\n" + follower.consoleTail());
    }

    private static Set<String> connectorNames(DistributedWorkerProcess worker) throws IOException {
        ConnectRestClient.Response response = worker.rest().get("/connectors");
        assertEquals(200, response.status(), response.body());
        Set<String> names = new TreeSet<>();
        JSON.readTree(response.body()).forEach(name -> names.add(name.asText()));
        return names;
    }

    private static boolean runsAConnector(ClusterStatus status, String workerId) {
        return status.connectors().values().stream().anyMatch(connector -> connector.workerId().equals(workerId));
    }

    private Map<String, String> sourceConfig(ClusterNames names, String source) {
        return Map.of(
                "connector.class", "FileStreamSource",
                "tasks.max", "1",
                "file", input(source).toString(),
                "topic", topic(names, source));
    }

    private void append(String source, String line) throws IOException {
        Files.writeString(input(source), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private List<String> readOutput() {
        try {
            return Files.exists(output()) ? Files.readAllLines(output(), StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path input(String source) {
        return dir.resolve(source + ".txt").toAbsolutePath();
    }

    private Path output() {
        return dir.resolve(SINK + ".txt").toAbsolutePath();
    }

    private static String topic(ClusterNames names, String source) {
        return names.groupId() + "-" + source;
    }
}
