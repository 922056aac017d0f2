/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Balancing one kind of work: the fewest revocations, and free work to the least loaded. */
class WorkBalancerTest {

    @Test
    void extraSlotsGoToTheMostLoadedSoTheFewestItemsAreRevoked() {
        var moves = balance(Map.of("a", items(1, 2, 3, 4, 5), "b", items(6, 7, 8), "c", items()), Map.of(), items());

        // 8 over 3 is 3, 3, 2: a keeps 3 (gives up 2), b keeps its 3, c waits for the revoked two.
        assertEquals(Map.of("a", items(4, 5), "b", items(), "c", items()), moves.revoked());
        assertEquals(Map.of("a", items(), "b", items(), "c", items()), moves.assigned());
    }

    @Test
    void freeWorkFillsTheLeastLoadedFirst() {
        var moves = balance(Map.of("a", items(1, 2), "b", items(), "c", items(3)), Map.of(), items(10, 11, 12));

        // b (0) takes 10; b and c tie at 1, the lower id takes 11; then c.
        assertEquals(Map.of("a", items(), "b", items(10, 11), "c", items(12)), moves.assigned());
        assertEquals(Map.of("a", items(), "b", items(), "c", items()), moves.revoked());
    }

    @Test
    void reclaimedWorkIsGivenUpBeforeRunningWorkIsRevoked() {
        var moves = balance(Map.of("a", items(1, 2), "b", items()), Map.of("a", items(3, 4)), items());

        assertEquals(Map.of("a", items(), "b", items()), moves.revoked());
        assertEquals(Map.of("a", items(), "b", items(3, 4)), moves.assigned());
    }

    @Test
    void tiesGoToTheMemberWithLessOtherWork() {
        SortedMap<String, SortedSet<Integer>> running = new TreeMap<>(Map.of("a", items(), "b", items()));
        var moves = new WorkBalancer<>(running, Map.of(), items(1), Map.of("a", 5, "b", 4)).balance();

        assertEquals(Map.of("a", items(), "b", items(1)), moves.assigned());
    }

    @Test
    void noMembersIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkBalancer<Integer>(new TreeMap<>(), Map.of(), items(1), Map.of()));
    }

    private static WorkBalancer.Moves<Integer> balance(Map<String, SortedSet<Integer>> running,
                                                       Map<String, SortedSet<Integer>> reclaimed,
                                                       SortedSet<Integer> free) {
        return new WorkBalancer<>(new TreeMap<>(running), reclaimed, free, Map.of()).balance();
    }

    private static SortedSet<Integer> items(Integer... items) {
        return new TreeSet<>(List.of(items));
    }
}
