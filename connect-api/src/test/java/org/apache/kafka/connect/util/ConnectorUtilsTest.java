/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConnectorUtilsTest {

    private static final List<Integer> FIVE = List.of(1, 2, 3, 4, 5);

    @Test
    void largerGroupsComeFirst() {
        assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5)), ConnectorUtils.groupPartitions(FIVE, 2));
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), ConnectorUtils.groupPartitions(FIVE, 3));
        assertEquals(List.of(List.of(1, 2), List.of(3), List.of(4)),
                ConnectorUtils.groupPartitions(List.of(1, 2, 3, 4), 3));
        assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5), List.of(6, 7)),
                ConnectorUtils.groupPartitions(List.of(1, 2, 3, 4, 5, 6, 7), 3));
    }

    @Test
    void evenSplitGivesEqualGroups() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")),
                ConnectorUtils.groupPartitions(List.of("a", "b", "c", "d"), 2));
    }

    @Test
    void oneGroupHoldsEverything() {
        assertEquals(List.of(FIVE), ConnectorUtils.groupPartitions(FIVE, 1));
    }

    @Test
    void surplusGroupsAreEmpty() {
        assertEquals(List.of(List.of(1), List.of(2), List.of(3), List.of(), List.of()),
                ConnectorUtils.groupPartitions(List.of(1, 2, 3), 5));
    }

    @Test
    void emptyInputGivesTheRequestedNumberOfEmptyGroups() {
        assertEquals(List.of(List.of(), List.of(), List.of()), ConnectorUtils.groupPartitions(List.of(), 3));
    }

    @Test
    void groupsAreIndependentMutableLists() {
        List<Integer> input = new ArrayList<>(FIVE);
        List<List<Integer>> groups = ConnectorUtils.groupPartitions(input, 2);
        groups.get(0).add(99);
        groups.add(new ArrayList<>());
        assertEquals(FIVE, input);
        assertEquals(List.of(4, 5), groups.get(1));
        assertEquals(3, groups.size());
    }

    @Test
    void nonPositiveGroupCountIsRejected() {
        for (int numGroups : new int[] {0, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConnectorUtils.groupPartitions(FIVE, numGroups));
            assertEquals("Number of groups must be positive.", e.getMessage());
        }
    }

    @Test
    void groupCountIsCheckedBeforeTheList() {
        assertThrows(IllegalArgumentException.class, () -> ConnectorUtils.groupPartitions(null, 0));
        assertThrows(NullPointerException.class, () -> ConnectorUtils.groupPartitions(null, 2));
    }

    @Test
    void everyElementLandsInExactlyOneGroupInOrder() {
        List<Integer> input = new ArrayList<>();
        for (int i = 0; i < 103; i++) {
            input.add(i);
        }
        List<List<Integer>> groups = ConnectorUtils.groupPartitions(input, 10);
        List<Integer> flattened = new ArrayList<>();
        groups.forEach(flattened::addAll);
        assertEquals(input, flattened);
        for (List<Integer> group : groups) {
            assertTrue(group.size() == 10 || group.size() == 11);
        }
    }
}
