/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.e2e.cluster.ClusterStatus.ConnectorStatus;
import dev.sluice.connect.e2e.cluster.ConnectRestClient.Request;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Sluice cluster through a day of changes, step by step: three workers share six sink connectors of four
 * tasks evenly; a fourth worker joins and takes only its share; a config change restarts only that connector's
 * tasks; a follower forwards writes to the leader; 200 connectors created, paused, resumed and deleted through
 * random workers leave every worker with the same view; a worker stopped with SIGTERM hands its work over at once,
 * long before {@code scheduled.rebalance.max.delay.ms} (60 s here). Restarts are counted from the workers'
 * "Creating task" log lines, moves from the statuses' worker ids.
 */
@Tag("slow")
@WithSharedKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SluiceClusterRebalanceTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final Duration LONG_DELAY = Duration.ofSeconds(60);
    private static final int TASKS_PER_CONNECTOR = 4;
    private static final List<String> SINKS = IntStream.range(0, 6).mapToObj(i -> "sink-" + i).toList();
    private static final int TASKS = SINKS.size() * TASKS_PER_CONNECTOR;

    /** Static: JUnit fills instance fields only per test method, after {@code @BeforeAll} started the cluster. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // worker logs stay for a failure's post-mortem
    static Path dir;

    private DistributedCluster cluster;
    private String topic;

    @BeforeAll
    void threeWorkersRunSixSinks(KafkaTestClients kafka) {
        cluster = DistributedCluster.create("sluice-rebalance", kafka.bootstrapServers(), dir);
        topic = cluster.names().groupId() + "-in";
        kafka.createTopic(topic, 1, 1);
        for (String name : List.of("w1", "w2", "w3")) {
            startWorker(name);
        }
        cluster.awaitRestReady(STARTUP);
        for (String sink : SINKS) {
            worker(0).rest().createConnector(sink, sinkConfig(sink, TASKS_PER_CONNECTOR), STARTUP);
        }
    }

    @AfterAll
    void closeCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void threeWorkersShareConnectorsAndTasksWithinOne() {
        ClusterStatus status = awaitBalanced(3);
        assertTrue(spread(status.tasksPerWorker().values()) <= 1, () -> "tasks " + status.tasksPerWorker());
        assertTrue(spread(connectorsPerWorker(status).values()) <= 1, () -> "connectors " + connectorsPerWorker(status));
        System.out.printf("threeWorkersShareConnectorsAndTasksWithinOne: tasks %s, connectors %s%n",
                status.tasksPerWorker(), connectorsPerWorker(status));
    }

    @Test
    @Order(2)
    void joiningWorkerTakesOnlyItsShareAndNothingElseRestarts() {
        ClusterStatus before = awaitBalanced(3);
        Map<String, Integer> createdBefore = taskCreations();
        long began = System.nanoTime();
        DistributedWorkerProcess newcomer = startWorker("w4");
        newcomer.awaitRestReady(STARTUP);
        ClusterStatus after = awaitBalanced(4);
        long millis = (System.nanoTime() - began) / 1_000_000;

        Map<String, String> tasksBefore = taskPlacement(before);
        Map<String, String> tasksAfter = taskPlacement(after);
        List<String> movedTasks = tasksBefore.keySet().stream()
                .filter(task -> !tasksBefore.get(task).equals(tasksAfter.get(task))).toList();
        long movedConnectors = SINKS.stream().filter(sink -> !before.connectors().get(sink).workerId()
                .equals(after.connectors().get(sink).workerId())).count();
        Map<String, Integer> created = difference(taskCreations(), createdBefore);

        assertEquals(TASKS / 4, movedTasks.size(), () -> "moved " + movedTasks);
        assertTrue(movedTasks.stream().allMatch(task -> tasksAfter.get(task).equals(newcomer.workerId())),
                () -> "moved " + movedTasks + " to " + tasksAfter);
        assertEquals(1, movedConnectors, "6 connectors over 4 workers: only the newcomer's one moves");
        assertEquals(Map.of(newcomer.workerId(), TASKS / 4), withoutZeros(created),
                "task instances created, per worker, since the newcomer joined");
        System.out.printf("joiningWorkerTakesOnlyItsShareAndNothingElseRestarts: balanced over 4 workers %d ms after "
                + "the 4th started; %d tasks and %d connector moved; tasks created %s; tasks now %s%n", millis,
                movedTasks.size(), movedConnectors, withoutZeros(created), after.tasksPerWorker());
    }

    @Test
    @Order(3)
    void configChangeRestartsOnlyThatConnectorsTasks() {
        ClusterStatus before = awaitBalanced(4);
        String changed = SINKS.get(0);
        Map<String, Integer> createdBefore = taskCreationsByConnector();
        Map<String, String> config = new HashMap<>(sinkConfig(changed, TASKS_PER_CONNECTOR));
        config.put("sluice.test.revision", "2");
        long began = System.nanoTime();
        worker(1).rest().awaitSuccess(new Request("PUT", "/connectors/" + changed + "/config", config), SETTLE);
        awaitCondition("all " + TASKS_PER_CONNECTOR + " tasks of " + changed + " created again",
                () -> difference(taskCreationsByConnector(), createdBefore).getOrDefault(changed, 0)
                        >= TASKS_PER_CONNECTOR);
        ClusterStatus after = awaitBalanced(4);
        long millis = (System.nanoTime() - began) / 1_000_000;

        Map<String, Integer> created = withoutZeros(difference(taskCreationsByConnector(), createdBefore));
        assertEquals(Map.of(changed, TASKS_PER_CONNECTOR), created, "task instances created per connector");
        assertEquals(taskPlacement(before), taskPlacement(after), "no task moved");
        System.out.printf("configChangeRestartsOnlyThatConnectorsTasks: %s's tasks RUNNING again %d ms after the PUT; "
                + "tasks created %s%n", changed, millis, created);
    }

    @Test
    @Order(4)
    void followerForwardsCreateUpdateAndDeleteToTheLeader() {
        DistributedWorkerProcess follower = cluster.workers().stream().filter(w -> w.isAlive() && !isLeader(w))
                .findFirst().orElseThrow();
        DistributedWorkerProcess other = cluster.workers().stream().filter(w -> w.isAlive() && w != follower)
                .findFirst().orElseThrow();
        String name = "forwarded";
        long began = System.nanoTime();
        follower.rest().createConnector(name, sinkConfig(name, 1), SETTLE);
        other.rest().awaitAllRunning(List.of(name), SETTLE);

        follower.rest().awaitSuccess(new Request("PUT", "/connectors/" + name + "/config", sinkConfig(name, 2)),
                SETTLE);
        other.rest().awaitClusterStatus(name + " RUNNING with 2 tasks", SETTLE,
                status -> status.allRunning(List.of(name)) && status.connectors().get(name).tasks().size() == 2);

        follower.rest().awaitSuccess(new Request("DELETE", "/connectors/" + name, null), SETTLE);
        for (DistributedWorkerProcess worker : alive()) {
            worker.rest().awaitClusterStatus(name + " gone from " + worker.workerId(), SETTLE,
                    status -> !status.connectors().containsKey(name));
        }
        awaitBalanced(4);
        System.out.printf("followerForwardsCreateUpdateAndDeleteToTheLeader: create, update, delete through %s "
                + "seen everywhere in %d ms%n", follower.workerId(), (System.nanoTime() - began) / 1_000_000);
    }

    @Test
    @Order(5)
    void twoHundredConnectorsChurnedThroughRandomWorkersLeaveOneViewEverywhere() throws Exception {
        List<String> churned = IntStream.range(0, 200).mapToObj(i -> String.format("churn-%03d", i)).toList();
        Path empty = Files.createFile(dir.resolve("empty.txt")).toAbsolutePath();
        Map<String, String> config = Map.of("connector.class", "FileStreamSource", "tasks.max", "1",
                "file", empty.toString(), "topic", topic + "-churn");
        long began = System.nanoTime();
        throughRandomWorkers(churned, name -> new Request("POST", "/connectors", Map.of("name", name, "config", config)));
        awaitSameViewEverywhere(churned, "RUNNING");
        long created = System.nanoTime();
        throughRandomWorkers(churned, name -> new Request("PUT", "/connectors/" + name + "/pause", null));
        awaitSameViewEverywhere(churned, "PAUSED");
        throughRandomWorkers(churned, name -> new Request("PUT", "/connectors/" + name + "/resume", null));
        awaitSameViewEverywhere(churned, "RUNNING");
        throughRandomWorkers(churned, name -> new Request("DELETE", "/connectors/" + name, null));
        for (DistributedWorkerProcess worker : alive()) {
            worker.rest().awaitClusterStatus("only the sinks left on " + worker.workerId(), SETTLE,
                    status -> status.connectors().keySet().equals(new TreeSet<>(SINKS)));
        }
        awaitBalanced(4);
        System.out.printf("twoHundredConnectorsChurnedThroughRandomWorkersLeaveOneViewEverywhere: created and RUNNING "
                + "everywhere in %d ms; created, paused, resumed and deleted in %d ms%n",
                (created - began) / 1_000_000, (System.nanoTime() - began) / 1_000_000);
    }

    /** Sends one request per connector, each to a random live worker, four at a time. */
    private void throughRandomWorkers(List<String> names, Function<String, Request> request)
            throws Exception {
        List<DistributedWorkerProcess> workers = alive();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ConnectRestClient.Response>> sent = names.stream().map(name -> pool.submit(() -> workers
                    .get(ThreadLocalRandom.current().nextInt(workers.size())).rest()
                    .awaitSuccess(request.apply(name), SETTLE))).toList();
            for (Future<ConnectRestClient.Response> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every live worker lists the sinks and {@code churned}, the churned ones all in {@code state}, alike. */
    private void awaitSameViewEverywhere(List<String> churned, String state) throws Exception {
        List<ClusterStatus> views = new ArrayList<>();
        for (DistributedWorkerProcess worker : alive()) {
            views.add(worker.rest().awaitClusterStatus(churned.size() + " connectors " + state + " on "
                    + worker.workerId(), SETTLE, status -> status.allRunning(SINKS) && churned.stream()
                    .allMatch(name -> status.connectors().containsKey(name)
                            && state.equals(status.connectors().get(name).state())
                            && status.connectors().get(name).tasks().size() == 1
                            && state.equals(status.connectors().get(name).tasks().get(0).state()))));
        }
        awaitCondition("every worker with the same statuses", () -> {
            try {
                ClusterStatus first = alive().get(0).rest().clusterStatus();
                for (DistributedWorkerProcess worker : alive()) {
                    if (!worker.rest().clusterStatus().equals(first)) {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    @Order(6)
    void stoppedWorkersWorkMovesAtOnce() {
        awaitBalanced(4);
        DistributedWorkerProcess leaving = alive().stream().filter(w -> !isLeader(w)).findFirst().orElseThrow();
        DistributedWorkerProcess survivor = alive().stream().filter(w -> w != leaving).findFirst().orElseThrow();
        long began = System.nanoTime();
        leaving.stop();
        ClusterStatus after = survivor.rest().awaitClusterStatus("all work RUNNING on the 3 survivors",
                LONG_DELAY.dividedBy(3), status -> status.allRunning(SINKS)
                        && status.tasksPerWorker().values().stream().mapToLong(Long::longValue).sum() == TASKS
                        && !status.workerIds().contains(leaving.workerId()));
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("stoppedWorkersWorkMovesAtOnce: everything RUNNING on the survivors %d ms after SIGTERM "
                + "(scheduled.rebalance.max.delay.ms=%d); tasks %s%n", millis, LONG_DELAY.toMillis(),
                after.tasksPerWorker());
    }

    private DistributedWorkerProcess startWorker(String name) {
        return cluster.start(WorkerRuntime.SLUICE, name, worker -> worker
                .sessionTimeout(Duration.ofSeconds(10))
                .scheduledRebalanceMaxDelay(LONG_DELAY));
    }

    private DistributedWorkerProcess worker(int index) {
        return cluster.workers().get(index);
    }

    private List<DistributedWorkerProcess> alive() {
        return cluster.workers().stream().filter(DistributedWorkerProcess::isAlive).toList();
    }

    private Map<String, String> sinkConfig(String name, int tasks) {
        return Map.of("connector.class", "FileStreamSink",
                "tasks.max", Integer.toString(tasks),
                "topics", topic,
                "file", dir.resolve(name + ".out").toAbsolutePath().toString());
    }

    /** All sinks and their tasks RUNNING on exactly {@code workers} workers, with tasks and connectors even. */
    private ClusterStatus awaitBalanced(int workers) {
        return worker(0).isAlive() ? awaitBalanced(worker(0), workers) : awaitBalanced(alive().get(0), workers);
    }

    private ClusterStatus awaitBalanced(DistributedWorkerProcess observer, int workers) {
        return observer.rest().awaitClusterStatus(TASKS + " tasks RUNNING, balanced over " + workers + " workers",
                SETTLE, status -> status.allRunning(SINKS)
                        && status.tasksPerWorker().size() == workers
                        && connectorsPerWorker(status).size() == workers
                        && spread(status.tasksPerWorker().values()) <= 1
                        && spread(connectorsPerWorker(status).values()) <= 1);
    }

    /** Which worker's id the leader's "Joined generation … as leader" line was last written by. */
    private static boolean isLeader(DistributedWorkerProcess worker) {
        List<String> joins = worker.consoleLines("Joined generation");
        return !joins.isEmpty() && joins.get(joins.size() - 1).contains(" as leader");
    }

    private Map<String, Integer> taskCreations() {
        Map<String, Integer> counts = new TreeMap<>();
        cluster.workers().forEach(w -> counts.put(w.workerId(), w.consoleLines("Creating task").size()));
        return counts;
    }

    /** "Creating task sink-3-1" lines of all workers, counted per connector. */
    private Map<String, Integer> taskCreationsByConnector() {
        Map<String, Integer> counts = new TreeMap<>();
        for (DistributedWorkerProcess worker : cluster.workers()) {
            for (String line : worker.consoleLines("Creating task ")) {
                String task = line.substring(line.indexOf("Creating task ") + "Creating task ".length()).trim();
                counts.merge(task.substring(0, task.lastIndexOf('-')), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, String> taskPlacement(ClusterStatus status) {
        Map<String, String> placement = new TreeMap<>();
        status.connectors().values().forEach(connector -> connector.tasks()
                .forEach(task -> placement.put(connector.name() + "-" + task.id(), task.workerId())));
        return placement;
    }

    private static Map<String, Long> connectorsPerWorker(ClusterStatus status) {
        return status.connectors().values().stream()
                .collect(Collectors.groupingBy(ConnectorStatus::workerId, TreeMap::new, Collectors.counting()));
    }

    private static long spread(Collection<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).max().orElse(0)
                - counts.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static Map<String, Integer> difference(Map<String, Integer> now, Map<String, Integer> before) {
        Map<String, Integer> result = new TreeMap<>();
        now.forEach((key, count) -> result.put(key, count - before.getOrDefault(key, 0)));
        return result;
    }

    private static Map<String, Integer> withoutZeros(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private void awaitCondition(String what, BooleanSupplier condition) {
        Eventually.await(what, SETTLE, condition,
                () -> cluster.workers().stream().map(DistributedWorkerProcess::consoleTail)
                        .collect(Collectors.joining("\n")));
    }
}
