/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A Connect group in memory: workers that report what they run, a leader (the lowest member id, each worker with
 * its own assignor, so a new leader starts without memory), and rounds in which every worker applies its reply —
 * revocations first, then assignments. Every round checks that nothing is handed out while someone still runs it.
 */
final class RebalanceSimulation {

    /** A clock the test moves by hand. */
    static final class ManualClock implements LongSupplier {
        private long now = 1_000_000L;

        @Override
        public long getAsLong() {
            return now;
        }

        void advance(long millis) {
            now += millis;
        }
    }

    /** One worker process: what it runs, and the last assignment it holds (its join metadata). */
    static final class Worker {
        final String url;
        final ConnectAssignor assignor;
        final SortedSet<String> connectors = new TreeSet<>();
        final SortedSet<ConnectorTaskId> tasks = new TreeSet<>();
        String assignedBy;

        Worker(String url, ConnectAssignor assignor) {
            this.url = url;
            this.assignor = assignor;
        }

        boolean runs(Object item) {
            return item instanceof ConnectorTaskId task ? tasks.contains(task) : connectors.contains((String) item);
        }

        WorkerMetadata metadata(long configOffset) {
            WorkerAssignment previous = assignedBy == null ? null : new WorkerAssignment(WorkerAssignment.NO_ERROR,
                    assignedBy, "http://" + assignedBy, configOffset, List.copyOf(connectors), List.copyOf(tasks),
                    List.of(), List.of(), 0);
            return new WorkerMetadata(url, configOffset, previous);
        }
    }

    final ManualClock clock = new ManualClock();
    private final Supplier<ConnectAssignor> assignors;
    private final SortedMap<String, Integer> config = new TreeMap<>();
    private final SortedMap<String, Worker> workers = new TreeMap<>();
    private final Map<Object, String> lastOwner = new HashMap<>();
    private long configOffset;
    private int movedConnectors;
    private int movedTasks;
    private Map<String, WorkerAssignment> lastReplies = Map.of();

    RebalanceSimulation(long scheduledRebalanceMaxDelayMs) {
        this.assignors = () -> new IncrementalCooperativeAssignor(scheduledRebalanceMaxDelayMs, clock);
    }

    RebalanceSimulation configure(String connector, int tasks) {
        config.put(connector, tasks);
        configOffset++;
        return this;
    }

    RebalanceSimulation delete(String connector) {
        config.remove(connector);
        configOffset++;
        return this;
    }

    RebalanceSimulation join(String... ids) {
        for (String id : ids) {
            join(id, "http://" + id);
        }
        return this;
    }

    RebalanceSimulation join(String id, String url) {
        workers.put(id, new Worker(url, assignors.get()));
        return this;
    }

    /** The worker leaves the group (crash or shutdown); whatever it ran stops with it. */
    RebalanceSimulation leave(String id) {
        workers.remove(id);
        return this;
    }

    Worker worker(String id) {
        return workers.get(id);
    }

    String leader() {
        return workers.firstKey();
    }

    /** One rebalance: the leader assigns, every worker stops what is revoked and starts what is assigned. */
    Map<String, WorkerAssignment> round() {
        SortedMap<String, WorkerMetadata> members = new TreeMap<>();
        workers.forEach((id, worker) -> members.put(id, worker.metadata(configOffset)));
        String leader = leader();
        Map<String, WorkerAssignment> replies = workers.get(leader).assignor.assign(leader, "http://" + leader,
                configOffset, new TreeMap<>(config), members);
        assertEquals(members.keySet(), replies.keySet(), "one reply per member");
        checkNothingIsAssignedWhileRunning(replies);
        replies.forEach((id, reply) -> {
            assertFalse(reply.failed());
            Worker worker = workers.get(id);
            assertTrue(worker.connectors.containsAll(reply.revokedConnectors()), "revokes only what it runs");
            assertTrue(worker.tasks.containsAll(reply.revokedTasks()), "revokes only what it runs");
            reply.revokedConnectors().forEach(worker.connectors::remove);
            reply.revokedTasks().forEach(worker.tasks::remove);
        });
        replies.forEach((id, reply) -> {
            Worker worker = workers.get(id);
            reply.connectors().forEach(connector -> {
                assertTrue(worker.connectors.add(connector), "assigned again what it runs: " + connector);
                movedConnectors += countMove(connector, worker.url);
            });
            reply.tasks().forEach(task -> {
                assertTrue(worker.tasks.add(task), "assigned again what it runs: " + task);
                movedTasks += countMove(task, worker.url);
            });
            worker.assignedBy = leader;
        });
        lastReplies = replies;
        return replies;
    }

    /**
     * Rebalances until the group is stable: members that had something revoked rejoin, as do all members when the
     * leader asks for a rebalance now (never here: a delay is waited for by the test). Returns the rounds taken.
     */
    int rebalance() {
        for (int rounds = 1; rounds <= 10; rounds++) {
            Map<String, WorkerAssignment> replies = round();
            boolean revoked = replies.values().stream()
                    .anyMatch(r -> !r.revokedConnectors().isEmpty() || !r.revokedTasks().isEmpty());
            if (!revoked) {
                return rounds;
            }
        }
        return fail("group did not settle in 10 rounds");
    }

    int movedConnectors() {
        return movedConnectors;
    }

    int movedTasks() {
        return movedTasks;
    }

    void resetMoves() {
        movedConnectors = 0;
        movedTasks = 0;
    }

    int delay() {
        return lastReplies.values().iterator().next().delay();
    }

    /** Every connector and task of the config runs exactly once, and nothing else runs. */
    void assertEverythingRunsExactlyOnce() {
        WorkSet desired = WorkSet.desired(config);
        Map<Object, Integer> copies = new HashMap<>();
        workers.values().forEach(worker -> {
            worker.connectors.forEach(c -> copies.merge(c, 1, Integer::sum));
            worker.tasks.forEach(t -> copies.merge(t, 1, Integer::sum));
        });
        desired.connectors().forEach(c -> assertEquals(1, copies.remove(c), "copies of " + c));
        desired.tasks().forEach(t -> assertEquals(1, copies.remove(t), "copies of " + t));
        assertEquals(Map.of(), copies, "running but not in the config");
    }

    /** Connectors are spread within one of each other, and so are tasks. */
    /** Nothing runs twice and nothing runs that the config does not have (some work may be held back). */
    void assertNothingRunsTwice() {
        WorkSet desired = WorkSet.desired(config);
        Map<Object, Integer> copies = new HashMap<>();
        workers.values().forEach(worker -> {
            worker.connectors.forEach(c -> copies.merge(c, 1, Integer::sum));
            worker.tasks.forEach(t -> copies.merge(t, 1, Integer::sum));
        });
        copies.forEach((item, n) -> assertEquals(1, n, "copies of " + item));
        copies.keySet().forEach(item -> assertTrue(item instanceof ConnectorTaskId task
                ? desired.tasks().contains(task) : desired.connectors().contains((String) item),
                item + " runs but is not in the config"));
    }

    int workerCount() {
        return workers.size();
    }

    List<String> workerIds() {
        return List.copyOf(workers.keySet());
    }

    List<String> connectorNames() {
        return List.copyOf(config.keySet());
    }

    void assertBalanced() {
        IntSummaryStatistics connectors = workers.values().stream().mapToInt(w -> w.connectors.size())
                .summaryStatistics();
        IntSummaryStatistics tasks = workers.values().stream().mapToInt(w -> w.tasks.size()).summaryStatistics();
        assertTrue(connectors.getMax() - connectors.getMin() <= 1, "connectors unbalanced: " + this);
        assertTrue(tasks.getMax() - tasks.getMin() <= 1, "tasks unbalanced: " + this);
    }

    private void checkNothingIsAssignedWhileRunning(Map<String, WorkerAssignment> replies) {
        Map<Object, String> assignedTo = new HashMap<>();
        replies.forEach((id, reply) -> {
            for (Object item : concat(reply.connectors(), reply.tasks())) {
                String other = assignedTo.put(item, id);
                assertEquals(null, other, item + " assigned to both " + other + " and " + id);
                workers.forEach((holder, worker) -> assertFalse(worker.runs(item),
                        item + " assigned to " + id + " while " + holder + " still runs it"));
            }
        });
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Owners are told apart by URL, so a worker restarted under a new member id is still the same owner. */
    private int countMove(Object item, String newOwner) {
        String previous = lastOwner.put(item, newOwner);
        return previous != null && !previous.equals(newOwner) ? 1 : 0;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        workers.forEach((id, w) -> out.append(id).append(w.connectors).append(w.tasks).append(' '));
        return out.toString();
    }
}
