/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.util.Map;

/**
 * Decides, on the group leader, which worker runs which connectors and tasks. {@link WorkerGroupMember} calls it on
 * the polling thread once per generation in which this worker leads, and encodes the answer for the chosen protocol.
 */
@FunctionalInterface
public interface GroupAssignor {

    /**
     * @param leaderId   this worker's member id
     * @param protocol   the protocol the group agreed on; with {@link ConnectProtocol#EAGER} the assignments must
     *                   hold no revocations and no delay, and each names everything the member runs
     * @param members    every member's metadata keyed by member id, in JoinGroup order (the leader among them)
     * @param generation the generation the assignments are for
     * @return one assignment per member id; a member left out receives an empty assignment
     */
    Map<String, WorkerAssignment> assign(String leaderId, ConnectProtocol protocol, Map<String, WorkerMetadata> members,
                                         int generation);
}
