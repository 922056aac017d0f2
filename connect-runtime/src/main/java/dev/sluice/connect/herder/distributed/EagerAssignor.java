/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The leader's assignor for the eager protocol ({@code connect.protocol=eager}): every member stopped all its
 * work before joining, so each reply is the member's full assignment and nothing is revoked or delayed.
 * Connectors, then tasks, are dealt round-robin over the members in member id order, the tasks continuing where
 * the connectors stopped, so each kind is balanced within one and so is the total. Stateless and deterministic.
 */
public final class EagerAssignor implements ConnectAssignor {

    @Override
    public Map<String, WorkerAssignment> assign(String leaderId, String leaderUrl, long leaderConfigOffset,
                                                SortedMap<String, Integer> connectorTaskCounts,
                                                Map<String, WorkerMetadata> members) {
        Assignments.requireMembers(members);
        if (Assignments.leaderIsBehind(leaderConfigOffset, members)) {
            return Assignments.configMismatch(leaderId, leaderUrl, leaderConfigOffset, members);
        }
        List<String> order = new ArrayList<>(new TreeMap<>(members).keySet());
        Map<String, List<String>> connectors = new TreeMap<>();
        Map<String, List<ConnectorTaskId>> tasks = new TreeMap<>();
        order.forEach(member -> {
            connectors.put(member, new ArrayList<>());
            tasks.put(member, new ArrayList<>());
        });
        WorkSet desired = WorkSet.desired(connectorTaskCounts);
        int next = 0;
        for (String connector : desired.connectors()) {
            connectors.get(order.get(next++ % order.size())).add(connector);
        }
        for (ConnectorTaskId task : desired.tasks()) {
            tasks.get(order.get(next++ % order.size())).add(task);
        }
        SortedMap<String, WorkerAssignment> replies = new TreeMap<>();
        for (String member : order) {
            replies.put(member, new WorkerAssignment(WorkerAssignment.NO_ERROR, leaderId, leaderUrl,
                    leaderConfigOffset, connectors.get(member), tasks.get(member), List.of(), List.of(), 0));
        }
        return Collections.unmodifiableSortedMap(replies);
    }
}
