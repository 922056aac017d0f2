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
import static dev.sluice.connect.herder.distributed.AssignorFixtures.running;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.runs;
import static dev.sluice.connect.herder.distributed.AssignorFixtures.tasks;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * {@code scheduled.rebalance.max.delay.ms}: a departed worker's work waits for it, every member is told how long,
 * and the work is handed out when the delay is over, at once when it is 0, or to a newcomer that joins meanwhile.
 */
class ScheduledRebalanceDelayTest {

    private static final int DELAY = 300_000;

    private final RebalanceSimulation.ManualClock clock = new RebalanceSimulation.ManualClock();
    private final IncrementalCooperativeAssignor assignor = new IncrementalCooperativeAssignor(DELAY, clock);

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
    void workOfAWorkerThatShutDownCleanlyIsHandedOutAtOnce() {
        IncrementalCooperativeAssignor graceful = new IncrementalCooperativeAssignor(DELAY, clock,
                url -> url.equals("http://w3"));
        SortedMap<String, Integer> config = threeConnectorsOnThreeWorkers();
        graceful.assign("w1", "http://w1", OFFSET, config, members(running("w1"), running("w2"), running("w3")));

        Map<String, WorkerAssignment> left = graceful.assign("w1", "http://w1", OFFSET, config,
                members(running("w1"), running("w2")));

        assertChanges(left.get("w1"), List.of("c3"), tasks("c3-1"), List.of(), tasks());
        assertChanges(left.get("w2"), List.of(), tasks("c3-0"), List.of(), tasks());
        assertDelay(0, left);
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
