/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds members' reports and checks replies, for the assignor tests. Every member is at config offset 42. */
final class AssignorFixtures {

    static final long OFFSET = 42;

    private AssignorFixtures() {
    }


    /** Worker wN running connector cN and its two tasks. */
    static Map.Entry<String, WorkerMetadata> running(String worker) {
        String c = "c" + worker.substring(1);
        return runs(worker, c, c + "-0", c + "-1");
    }

    static SortedMap<String, Integer> config(Object... connectorsAndCounts) {
        SortedMap<String, Integer> config = new TreeMap<>();
        for (int i = 0; i < connectorsAndCounts.length; i += 2) {
            config.put((String) connectorsAndCounts[i], (Integer) connectorsAndCounts[i + 1]);
        }
        return config;
    }

    @SafeVarargs
    static Map<String, WorkerMetadata> members(Map.Entry<String, WorkerMetadata>... members) {
        Map<String, WorkerMetadata> all = new TreeMap<>();
        Arrays.stream(members).forEach(member -> all.put(member.getKey(), member.getValue()));
        return all;
    }

    static Map.Entry<String, WorkerMetadata> fresh(String worker) {
        return Map.entry(worker, new WorkerMetadata("http://" + worker, OFFSET, null));
    }

    /** A member reporting what it runs: names with a {@code -n} suffix are tasks, the others connectors. */
    static Map.Entry<String, WorkerMetadata> runs(String worker, String... work) {
        return Map.entry(worker, reportedFrom("w1", worker, work));
    }

    static WorkerMetadata reportedFrom(String leader, String worker, String... work) {
        List<String> connectors = Arrays.stream(work).filter(w -> !w.matches(".*-\\d+")).toList();
        List<ConnectorTaskId> tasks = tasks(Arrays.stream(work).filter(w -> w.matches(".*-\\d+"))
                .toArray(String[]::new));
        return new WorkerMetadata("http://" + worker, OFFSET, new WorkerAssignment(WorkerAssignment.NO_ERROR,
                leader, "http://" + leader, OFFSET, connectors, tasks, List.of(), List.of(), 0));
    }

    static List<ConnectorTaskId> tasks(String... ids) {
        return Arrays.stream(ids).map(id -> {
            int dash = id.lastIndexOf('-');
            return new ConnectorTaskId(id.substring(0, dash), Integer.parseInt(id.substring(dash + 1)));
        }).toList();
    }

    static void assertChanges(WorkerAssignment reply, List<String> connectors, List<ConnectorTaskId> tasks,
                              List<String> revokedConnectors, List<ConnectorTaskId> revokedTasks) {
        assertEquals(connectors, reply.connectors(), "connectors to start");
        assertEquals(tasks, reply.tasks(), "tasks to start");
        assertEquals(revokedConnectors, reply.revokedConnectors(), "connectors to stop");
        assertEquals(revokedTasks, reply.revokedTasks(), "tasks to stop");
    }

    static void assertNothingChanges(Map<String, WorkerAssignment> replies) {
        replies.forEach((member, reply) -> assertChanges(reply, List.of(), tasks(), List.of(), tasks()));
    }

    static void assertDelay(int expected, Map<String, WorkerAssignment> replies) {
        replies.forEach((member, reply) -> assertEquals(expected, reply.delay(), "delay told to " + member));
    }
}
