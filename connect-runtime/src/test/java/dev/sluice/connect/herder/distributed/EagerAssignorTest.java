/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static dev.sluice.connect.herder.distributed.AssignorFixtures.assertChanges;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.config;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.fresh;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.members;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.runs;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The eager protocol: every member gets its whole assignment each round, and nothing is revoked or delayed. */
class EagerAssignorTest {

    private final EagerAssignor assignor = new EagerAssignor();

    @Test
    void connectorsThenTasksAreDealtRoundRobinByMemberId() {
        Map<String, WorkerAssignment> replies = assignor.assign("w1", "http://w1", 42, config("a", 2, "b", 3),
                members(fresh("w2"), fresh("w1")));

        assertChanges(replies.get("w1"), List.of("a"), tasks("a-0", "b-0", "b-2"), List.of(), tasks());
        assertChanges(replies.get("w2"), List.of("b"), tasks("a-1", "b-1"), List.of(), tasks());
        replies.values().forEach(reply -> {
            assertEquals("w1", reply.leader());
            assertEquals(42, reply.configOffset());
            assertEquals(0, reply.delay());
        });
    }

    @Test
    void wholeAssignmentIsSentEvenForWorkAMemberHadBefore() {
        Map<String, WorkerAssignment> replies = assignor.assign("w1", "http://w1", 42, config("a", 1),
                members(runs("w1", "a", "a-0")));

        assertChanges(replies.get("w1"), List.of("a"), tasks("a-0"), List.of(), tasks());
    }

    @Test
    void threeWorkersSixConnectorsFourTasksEachAreBalancedWithinOne() {
        Map<String, WorkerAssignment> replies = assignor.assign("w1", "http://w1", 42,
                config("c1", 4, "c2", 4, "c3", 4, "c4", 4, "c5", 4, "c6", 4),
                members(fresh("w1"), fresh("w2"), fresh("w3")));

        replies.values().forEach(reply -> {
            assertEquals(2, reply.connectors().size());
            assertEquals(8, reply.tasks().size());
        });
    }

    @Test
    void configMismatchWhenLeaderIsBehind() {
        Map<String, WorkerAssignment> replies = assignor.assign("w1", "http://w1", 41, config("a", 1),
                members(fresh("w1")));

        assertEquals(Map.of("w1", new WorkerAssignment(WorkerAssignment.CONFIG_MISMATCH, "w1", "http://w1", 41,
                List.of(), List.of(), List.of(), List.of(), 0)), replies);
    }
}
