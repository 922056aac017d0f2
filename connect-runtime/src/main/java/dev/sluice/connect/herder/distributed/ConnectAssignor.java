/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.util.Map;
import java.util.SortedMap;

/** The leader's duty at the end of each rebalance: decide which member runs which connectors and tasks. */
public interface ConnectAssignor {

    /**
     * Computes every member's assignment for this round. Called by the leader only, once per rebalance.
     *
     * @param leaderId            the leader's member id
     * @param leaderUrl           the leader's REST URL
     * @param leaderConfigOffset  the config topic offset of the leader's snapshot
     * @param connectorTaskCounts every connector in the snapshot with the number of tasks it has now (0 when it
     *                            is stopped or has no task configs yet)
     * @param members             every member of this generation, by member id, with what it reported on joining
     * @return one assignment per member id; all of them {@link WorkerAssignment#CONFIG_MISMATCH} when some
     *         member has read the config topic further than the leader
     */
    Map<String, WorkerAssignment> assign(String leaderId, String leaderUrl, long leaderConfigOffset,
                                         SortedMap<String, Integer> connectorTaskCounts,
                                         Map<String, WorkerMetadata> members);
}
