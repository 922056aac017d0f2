/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What both assignors share: the config-offset check and building the per-member replies. */
final class Assignments {

    private Assignments() {
    }

    /**
     * Whether some member has read the config topic further than the leader. The leader must not assign from an
     * older snapshot than a member has seen (it could hand out a connector that member knows was deleted), so the
     * round fails with {@link WorkerAssignment#CONFIG_MISMATCH}; the leader reads to the end of the config topic
     * and the group rebalances again.
     */
    static boolean leaderIsBehind(long leaderConfigOffset, Map<String, WorkerMetadata> members) {
        return members.values().stream().anyMatch(member -> member.configOffset() > leaderConfigOffset);
    }

    /** The same failed reply for every member: the leader's id, URL and offset, nothing assigned or revoked. */
    static Map<String, WorkerAssignment> configMismatch(String leaderId, String leaderUrl, long leaderConfigOffset,
                                                        Map<String, WorkerMetadata> members) {
        WorkerAssignment failed = new WorkerAssignment(WorkerAssignment.CONFIG_MISMATCH, leaderId, leaderUrl,
                leaderConfigOffset, List.of(), List.of(), List.of(), List.of(), 0);
        SortedMap<String, WorkerAssignment> replies = new TreeMap<>();
        members.keySet().forEach(member -> replies.put(member, failed));
        return Collections.unmodifiableSortedMap(replies);
    }

    static void requireMembers(Map<String, WorkerMetadata> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A rebalance needs at least the leader as a member");
        }
    }

    static int clampDelay(long delayMs) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, delayMs));
    }
}
