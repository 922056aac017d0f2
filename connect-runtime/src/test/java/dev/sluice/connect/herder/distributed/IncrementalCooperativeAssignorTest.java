/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The leader's incremental cooperative assignment, one round at a time: what each member is told to start and
 * to stop, given what the members report they run.
 */
class IncrementalCooperativeAssignorTest {

    private static final long OFFSET = 42;
    private static final int DELAY = 300_000;

    private final RebalanceSimulation.ManualClock clock = new RebalanceSimulation.ManualClock();
    private final IncrementalCooperativeAssignor assignor = new IncrementalCooperativeAssignor(DELAY, clock);

    // ---- a member's reply lists only what changes

    @Test
    void firstRoundHandsOutEverythingOverTheMembers() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 2, "c2", 2), members(fresh("w1"), fresh("w2")));

        assertChanges(replies.get("w1"), List.of("c1"), tasks("c1-0", "c2-0"), List.of(), tasks());
        assertChanges(replies.get("w2"), List.of("c2"), tasks("c1-1", "c2-1"), List.of(), tasks());
    }

    @Test
    void memberThatKeepsItsWorkIsToldNothing() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 1, "c2", 1),
                members(runs("w1", "c1", "c1-0"), runs("w2", "c2", "c2-0")));

        assertChanges(replies.get("w1"), List.of(), tasks(), List.of(), tasks());
        assertChanges(replies.get("w2"), List.of(), tasks(), List.of(), tasks());
    }

    @Test
    void everyReplyNamesTheLeaderAndItsConfigOffset() {
        WorkerAssignment reply = assign(config("c1", 1), members(fresh("w1"), fresh("w2"))).get("w2");

        assertEquals(WorkerAssignment.NO_ERROR, reply.error());
        assertEquals("w1", reply.leader());
        assertEquals("http://w1", reply.leaderUrl());
        assertEquals(OFFSET, reply.configOffset());
        assertEquals(0, reply.delay());
    }

    // ---- config changes

    @Test
    void newConnectorGoesToTheLeastLoadedMember() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 1, "c2", 1, "c3", 1),
                members(runs("w1", "c1", "c1-0", "c2-0"), runs("w2", "c2")));

        assertChanges(replies.get("w1"), List.of(), tasks(), List.of(), tasks());
        assertChanges(replies.get("w2"), List.of("c3"), tasks("c3-0"), List.of(), tasks());
    }

    @Test
    void stoppedConnectorIsAssignedWithoutTasks() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 0), members(fresh("w1")));

        assertChanges(replies.get("w1"), List.of("c1"), tasks(), List.of(), tasks());
    }

    @Test
    void deletedConnectorIsRevoked() {
        Map<String, WorkerAssignment> replies = assign(config("c2", 1),
                members(runs("w1", "c1", "c1-0", "c1-1"), runs("w2", "c2", "c2-0")));

        assertChanges(replies.get("w1"), List.of(), tasks(), List.of("c1"), tasks("c1-0", "c1-1"));
        assertChanges(replies.get("w2"), List.of(), tasks(), List.of(), tasks());
    }

    @Test
    void tasksBeyondAShrunkTaskCountAreRevoked() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 1),
                members(runs("w1", "c1", "c1-0", "c1-2"), runs("w2", "c1-1")));

        assertChanges(replies.get("w1"), List.of(), tasks(), List.of(), tasks("c1-2"));
        assertChanges(replies.get("w2"), List.of(), tasks(), List.of(), tasks("c1-1"));
    }

    // ---- revocations first

    @Test
    void revokedWorkIsAssignedOnlyInTheNextRound() {
        SortedMap<String, Integer> config = config("c1", 2, "c2", 2);
        Map<String, WorkerAssignment> first = assign(config,
                members(runs("w1", "c1", "c2", "c1-0", "c1-1", "c2-0", "c2-1"), fresh("w2")));

        assertChanges(first.get("w1"), List.of(), tasks(), List.of("c2"), tasks("c2-0", "c2-1"));
        assertChanges(first.get("w2"), List.of(), tasks(), List.of(), tasks());

        Map<String, WorkerAssignment> second = assign(config,
                members(runs("w1", "c1", "c1-0", "c1-1"), runs("w2")));

        assertChanges(second.get("w1"), List.of(), tasks(), List.of(), tasks());
        assertChanges(second.get("w2"), List.of("c2"), tasks("c2-0", "c2-1"), List.of(), tasks());
    }

    // ---- departed workers and scheduled.rebalance.max.delay.ms

    @Test
    void departedWorkersTasksWaitForTheScheduledDelay() {
        SortedMap<String, Integer> config = threeConnectorsOnThreeWorkers();

        Map<String, WorkerAssignment> left = assign(config, members(running("w1"), running("w2")));
        assertNothingChanges(left);
        assertDelay(DELAY, left);

        clock.advance(DELAY / 2);
        Map<String, WorkerAssignment> meanwhile = assign(config, members(running("w1"), running("w2")));
        assertNothingChanges(meanwhile);
        assertDelay(DELAY / 2, meanwhile);

        clock.advance(DELAY / 2);
        Map<String, WorkerAssignment> expired = assign(config, members(running("w1"), running("w2")));
        assertChanges(expired.get("w1"), List.of("c3"), tasks("c3-1"), List.of(), tasks());
        assertChanges(expired.get("w2"), List.of(), tasks("c3-0"), List.of(), tasks());
        assertDelay(0, expired);
    }

    @Test
    void returningWorkerGetsItsWorkBack() {
        SortedMap<String, Integer> config = threeConnectorsOnThreeWorkers();
        assign(config, members(running("w1"), running("w2")));
        clock.advance(DELAY - 1);

        Map<String, WorkerAssignment> back = assign(config, members(running("w1"), running("w2"), fresh("w3")));

        assertChanges(back.get("w3"), List.of("c3"), tasks("c3-0", "c3-1"), List.of(), tasks());
        assertChanges(back.get("w1"), List.of(), tasks(), List.of(), tasks());
        assertDelay(0, back);
    }

    @Test
    void returningWorkerUnderANewMemberIdIsRecognisedByItsUrl() {
        SortedMap<String, Integer> config = threeConnectorsOnThreeWorkers();
        assign(config, members(running("w1"), running("w2")));

        Map<String, WorkerAssignment> back = assign(config, members(running("w1"), running("w2"),
                Map.entry("w3-restarted", new WorkerMetadata("http://w3", OFFSET, null))));

        assertChanges(back.get("w3-restarted"), List.of("c3"), tasks("c3-0", "c3-1"), List.of(), tasks());
        assertDelay(0, back);
    }

    @Test
    void returningWorkerThatStillRunsItsWorkKeepsIt() {
        SortedMap<String, Integer> config = threeConnectorsOnThreeWorkers();
        assign(config, members(running("w1"), running("w2")));

        Map<String, WorkerAssignment> back = assign(config, members(running("w1"), running("w2"), running("w3")));

        assertNothingChanges(back);
        assertDelay(0, back);
    }

    @Test
    void newWorkerDuringTheDelayTakesTheLostWork() {
        SortedMap<String, Integer> config = threeConnectorsOnThreeWorkers();
        assign(config, members(running("w1"), running("w2")));

        Map<String, WorkerAssignment> joined = assign(config, members(running("w1"), running("w2"), fresh("w4")));

        assertChanges(joined.get("w4"), List.of("c3"), tasks("c3-0", "c3-1"), List.of(), tasks());
        assertDelay(0, joined);
    }

    @Test
    void zeroDelayReassignsLostWorkAtOnce() {
        IncrementalCooperativeAssignor immediate = new IncrementalCooperativeAssignor(0, clock);
        SortedMap<String, Integer> config = config("c1", 1, "c2", 1);
        immediate.assign("w1", "http://w1", OFFSET, config, members(runs("w1", "c1", "c1-0"), runs("w2", "c2", "c2-0")));

        Map<String, WorkerAssignment> left = immediate.assign("w1", "http://w1", OFFSET, config,
                members(runs("w1", "c1", "c1-0")));

        assertChanges(left.get("w1"), List.of("c2"), tasks("c2-0"), List.of(), tasks());
        assertDelay(0, left);
    }

    @Test
    void eachDepartureWaitsForItsOwnGracePeriod() {
        SortedMap<String, Integer> config = threeConnectorsOnThreeWorkers();
        assign(config, members(running("w1"), running("w2")));
        clock.advance(DELAY / 2);

        Map<String, WorkerAssignment> secondLeaves = assign(config, members(running("w1")));
        assertNothingChanges(secondLeaves);
        assertDelay(DELAY / 2, secondLeaves);

        clock.advance(DELAY / 2);
        Map<String, WorkerAssignment> firstExpires = assign(config, members(running("w1")));
        assertChanges(firstExpires.get("w1"), List.of("c3"), tasks("c3-0", "c3-1"), List.of(), tasks());
        assertDelay(DELAY / 2, firstExpires);
    }

    @Test
    void workerThatLeftHoldingNothingSchedulesNoRebalance() {
        SortedMap<String, Integer> config = config("c1", 1);
        assign(config, members(runs("w1", "c1", "c1-0"), runs("w2")));

        assertDelay(0, assign(config, members(runs("w1", "c1", "c1-0"))));
    }

    @Test
    void heldBackWorkOfADeletedConnectorIsForgotten() {
        assign(threeConnectorsOnThreeWorkers(), members(running("w1"), running("w2")));

        Map<String, WorkerAssignment> deleted = assign(config("c1", 2, "c2", 2),
                members(running("w1"), running("w2")));

        assertNothingChanges(deleted);
        assertDelay(0, deleted);
    }

    // ---- first rounds, new leaders, duplicate and stale reports

    @Test
    void newLeaderTrustsWhatMembersReport() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 1, "c2", 1),
                members(runs("w1", "c2", "c1-0"), runs("w2", "c1", "c2-0")));

        assertNothingChanges(replies);
    }

    @Test
    void newLeaderHandsOutUnreportedWorkAtOnce() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 1, "c2", 1),
                members(runs("w1", "c1", "c1-0"), fresh("w2")));

        assertChanges(replies.get("w2"), List.of("c2"), tasks("c2-0"), List.of(), tasks());
        assertDelay(0, replies);
    }

    @Test
    void taskReportedByTwoMembersStaysWithTheLowestMemberIdInAFirstRound() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 1),
                members(runs("w1", "c1", "c1-0"), runs("w2", "c1-0")));

        assertChanges(replies.get("w1"), List.of(), tasks(), List.of(), tasks());
        assertChanges(replies.get("w2"), List.of(), tasks(), List.of(), tasks("c1-0"));
    }

    @Test
    void staleReportLosesToTheMemberTheLeaderAssignedTheWorkTo() {
        SortedMap<String, Integer> config = config("c1", 1);
        assign(config, members(runs("w1", "c1"), runs("w2", "c1-0")));

        Map<String, WorkerAssignment> replies = assign(config, members(runs("w1", "c1", "c1-0"), runs("w2", "c1-0")));

        assertChanges(replies.get("w1"), List.of(), tasks(), List.of(), tasks("c1-0"));
        assertChanges(replies.get("w2"), List.of(), tasks(), List.of(), tasks());
    }

    @Test
    void duplicateEntriesInOneReportCountOnce() {
        WorkerMetadata twice = new WorkerMetadata("http://w1", OFFSET, new WorkerAssignment(WorkerAssignment.NO_ERROR,
                "w1", "http://w1", OFFSET, List.of("c1", "c1"), tasks("c1-0", "c1-0"), List.of(), List.of(), 0));

        assertNothingChanges(assign(config("c1", 1), Map.of("w1", twice)));
    }

    @Test
    void memoryOfAnEarlierLeadershipIsForgotten() {
        SortedMap<String, Integer> config = threeConnectorsOnThreeWorkers();
        assign(config, members(running("w1"), running("w2"), running("w3")));

        // Meanwhile w9 led the group, and w3 left under its watch: the members' reports name w9.
        Map<String, WorkerAssignment> replies = assignor.assign("w1", "http://w1", OFFSET, config, Map.of(
                "w1", reportedFrom("w9", "w1", "c1", "c1-0", "c1-1"),
                "w2", reportedFrom("w9", "w2", "c2", "c2-0", "c2-1")));

        assertDelay(0, replies);
        assertChanges(replies.get("w1"), List.of("c3"), tasks("c3-1"), List.of(), tasks());
        assertChanges(replies.get("w2"), List.of(), tasks("c3-0"), List.of(), tasks());
    }

    @Test
    void sameInputsGiveTheSameAssignment() {
        SortedMap<String, Integer> config = config("a", 3, "b", 5, "c", 0, "d", 2);
        Map<String, WorkerMetadata> members = members(runs("w3", "b", "b-4", "a-0"), fresh("w1"), fresh("w2"));

        assertEquals(new IncrementalCooperativeAssignor(DELAY, clock).assign("w1", "u", OFFSET, config, members),
                new IncrementalCooperativeAssignor(DELAY, clock).assign("w1", "u", OFFSET, config, members));
    }

    // ---- config offsets

    @Test
    void configMismatchWhenLeaderIsBehind() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 1), members(runs("w1", "c1", "c1-0"),
                Map.entry("w2", new WorkerMetadata("http://w2", OFFSET + 1, null))));

        WorkerAssignment expected = new WorkerAssignment(WorkerAssignment.CONFIG_MISMATCH, "w1", "http://w1", OFFSET,
                List.of(), List.of(), List.of(), List.of(), 0);
        assertEquals(Map.of("w1", expected, "w2", expected), replies);
        assertTrue(replies.get("w2").failed());
    }

    @Test
    void memberBehindTheLeaderIsAssignedNormally() {
        Map<String, WorkerAssignment> replies = assign(config("c1", 1),
                members(Map.entry("w1", new WorkerMetadata("http://w1", OFFSET - 10, null))));

        assertChanges(replies.get("w1"), List.of("c1"), tasks("c1-0"), List.of(), tasks());
    }

    @Test
    void negativeDelayIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IncrementalCooperativeAssignor(-1, clock));
    }

    // ---- helpers

    /** c1..c3 with two tasks each, and a first round in which w1..w3 report running connector i and its tasks. */
    private SortedMap<String, Integer> threeConnectorsOnThreeWorkers() {
        SortedMap<String, Integer> config = config("c1", 2, "c2", 2, "c3", 2);
        assertNothingChanges(assign(config, members(running("w1"), running("w2"), running("w3"))));
        return config;
    }

    /** Worker wN running connector cN and its two tasks. */
    private static Map.Entry<String, WorkerMetadata> running(String worker) {
        String c = "c" + worker.substring(1);
        return runs(worker, c, c + "-0", c + "-1");
    }

    private Map<String, WorkerAssignment> assign(SortedMap<String, Integer> config,
                                                 Map<String, WorkerMetadata> members) {
        return assignor.assign("w1", "http://w1", OFFSET, config, members);
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

    private static WorkerMetadata reportedFrom(String leader, String worker, String... work) {
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

    private static void assertNothingChanges(Map<String, WorkerAssignment> replies) {
        replies.forEach((member, reply) -> assertChanges(reply, List.of(), tasks(), List.of(), tasks()));
    }

    private static void assertDelay(int expected, Map<String, WorkerAssignment> replies) {
        replies.forEach((member, reply) -> assertEquals(expected, reply.delay(), "delay told to " + member));
    }
}
