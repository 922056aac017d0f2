/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whole rebalances of a simulated group: members stop what is revoked, rejoin, start what is assigned, until the
 * group settles. Each round also checks that nothing is started while another member still runs it.
 */
class IncrementalCooperativeRebalanceTest {

    private static final long DELAY = 300_000;

    private final RebalanceSimulation group = new RebalanceSimulation(DELAY);

    @Test
    void threeWorkersSixConnectorsFourTasksEachAreBalancedWithinOne() {
        group.join("w1", "w2", "w3");
        sixConnectorsWithFourTasks();

        assertEquals(1, group.rebalance(), "nothing to revoke in a first assignment");

        group.assertEverythingRunsExactlyOnce();
        group.assertBalanced();
        for (String worker : group.workerIds()) {
            assertEquals(2, group.worker(worker).connectors.size());
            assertEquals(8, group.worker(worker).tasks.size());
        }
    }

    @Test
    void newWorkerTakesOnlyItsShare() {
        stableThreeWorkerGroup();

        group.join("w4");
        assertEquals(2, group.rebalance(), "one round to revoke, one to assign");

        group.assertEverythingRunsExactlyOnce();
        group.assertBalanced();
        assertEquals(1, group.worker("w4").connectors.size());
        assertEquals(6, group.worker("w4").tasks.size());
    }

    @Test
    void fourthWorkerJoiningMovesTheMinimum() {
        stableThreeWorkerGroup();

        group.join("w4");
        group.rebalance();

        // 24 tasks over 4 workers is 6 each: the newcomer's 6 must move to it, and nothing else needs to.
        assertEquals(6, group.movedTasks());
        assertEquals(group.worker("w4").tasks.size(), group.movedTasks());
        // 6 connectors over 4 workers is 2, 2, 1, 1: only the newcomer's one moves.
        assertEquals(1, group.movedConnectors());
    }

    @Test
    void workersJoiningOneByOneMoveOnlyWhatEachNewcomerTakes() {
        group.join("w01");
        sixConnectorsWithFourTasks();
        group.rebalance();
        for (int n = 2; n <= 9; n++) {
            group.resetMoves();
            String newcomer = String.format("w%02d", n);
            group.join(newcomer);
            group.rebalance();

            group.assertEverythingRunsExactlyOnce();
            group.assertBalanced();
            assertEquals(24 / n, group.worker(newcomer).tasks.size(), "newcomer's share of tasks");
            assertEquals(group.worker(newcomer).tasks.size(), group.movedTasks(), "tasks moved for " + newcomer);
            assertEquals(group.worker(newcomer).connectors.size(), group.movedConnectors());
        }
    }

    @Test
    void departedWorkersTasksWaitForTheScheduledDelay() {
        stableThreeWorkerGroup();

        group.leave("w3");
        group.rebalance();
        assertEquals(DELAY, group.delay());
        assertEquals(0, group.movedTasks(), "nothing moves during the delay");
        group.assertNothingRunsTwice();

        group.clock.advance(DELAY);
        group.rebalance();
        assertEquals(0, group.delay());
        group.assertEverythingRunsExactlyOnce();
        group.assertBalanced();
        assertEquals(8, group.movedTasks(), "only the departed worker's tasks move");
        assertEquals(2, group.movedConnectors());
    }

    @Test
    void returningWorkerGetsItsWorkBack() {
        stableThreeWorkerGroup();
        List<?> before = List.copyOf(group.worker("w3").tasks);

        group.leave("w3");
        group.rebalance();
        group.clock.advance(DELAY / 2);
        group.join("w3");
        group.rebalance();

        assertEquals(0, group.delay());
        assertEquals(before, List.copyOf(group.worker("w3").tasks));
        group.assertEverythingRunsExactlyOnce();
        assertEquals(0, group.movedTasks());
    }

    @Test
    void rollingRestartOfFollowersMovesNothing() {
        stableThreeWorkerGroup();

        for (String worker : List.of("w2", "w3")) {
            group.leave(worker);
            group.rebalance();
            group.clock.advance(10_000);
            group.join(worker + "-restarted", "http://" + worker);
            group.rebalance();
            group.assertEverythingRunsExactlyOnce();
        }

        assertEquals(0, group.movedTasks());
        assertEquals(0, group.movedConnectors());
    }

    @Test
    void killedLeadersWorkIsHandedOutAtOnceByTheNewLeader() {
        stableThreeWorkerGroup();

        group.leave("w1");
        group.rebalance();

        assertEquals("w2", group.leader());
        assertEquals(0, group.delay(), "a new leader cannot tell what the old one ran");
        group.assertEverythingRunsExactlyOnce();
        group.assertBalanced();
    }

    @Test
    void deletedConnectorIsRevokedAndTheRestStaysBalanced() {
        stableThreeWorkerGroup();

        group.delete("c1").delete("c2");
        group.rebalance();

        group.assertEverythingRunsExactlyOnce();
        group.assertBalanced();
    }

    @Test
    void randomChurnKeepsEveryInvariant() {
        for (long seed = 1; seed <= 20; seed++) {
            churn(new Random(seed));
        }
    }

    /**
     * Random joins, crashes, restarts under a new member id, config changes and waits; leaders change too, since
     * the lowest member id leads and new ids are random. After each event the group settles, then waits out any
     * scheduled delay, and must run everything exactly once, balanced.
     */
    private static void churn(Random random) {
        RebalanceSimulation group = new RebalanceSimulation(DELAY);
        group.join("w" + (100 + random.nextInt(900)));
        int next = 0;
        for (int step = 0; step < 60; step++) {
            int event = random.nextInt(6);
            List<String> workers = group.workerIds();
            String someone = workers.get(random.nextInt(workers.size()));
            if (event == 0) {
                group.join("w" + (100 + random.nextInt(900)) + "-" + next++);
            } else if (event == 1 && workers.size() > 1) {
                group.leave(someone);
            } else if (event == 2 && workers.size() > 1) {
                group.leave(someone);
                group.rebalance();
                group.clock.advance(random.nextInt((int) DELAY));
                group.join("w" + (100 + random.nextInt(900)) + "-" + next++, "http://" + someone);
            } else if (event == 3) {
                group.configure("c" + random.nextInt(12), random.nextInt(6));
            } else if (event == 4 && !group.connectorNames().isEmpty()) {
                List<String> connectors = group.connectorNames();
                group.delete(connectors.get(random.nextInt(connectors.size())));
            } else {
                group.clock.advance(random.nextInt((int) DELAY));
            }
            group.rebalance();
            group.assertNothingRunsTwice();
            group.assertBalanced();
            if (group.delay() > 0) {
                group.clock.advance(group.delay());
                group.rebalance();
            }
            assertEquals(0, group.delay());
            group.assertEverythingRunsExactlyOnce();
            group.assertBalanced();
        }
        assertTrue(group.workerCount() >= 1);
    }

    private void stableThreeWorkerGroup() {
        group.join("w1", "w2", "w3");
        sixConnectorsWithFourTasks();
        group.rebalance();
        group.resetMoves();
    }

    private void sixConnectorsWithFourTasks() {
        for (int c = 1; c <= 6; c++) {
            group.configure("c" + c, 4);
        }
    }
}
