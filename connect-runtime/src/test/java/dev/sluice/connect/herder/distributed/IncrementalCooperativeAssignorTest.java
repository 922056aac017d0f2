/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static dev.sluice.connect.herder.distributed.AssignorFixtures.OFFSET;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.assertChanges;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.assertDelay;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.assertNothingChanges;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.config;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.fresh;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.members;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.reportedFrom;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.running;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.runs;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The leader's incremental cooperative assignment, one round at a time: what each member is told to start and
 * to stop, given what the members report they run.
 */
class IncrementalCooperativeAssignorTest {

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

    private Map<String, WorkerAssignment> assign(SortedMap<String, Integer> config,
                                                 Map<String, WorkerMetadata> members) {
        return assignor.assign("w1", "http://w1", OFFSET, config, members);
    }
}
