/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Collection;

/**
 * What the herder hears from {@link WorkerGroupMember}. Both methods run on the thread that calls
 * {@link WorkerGroupMember#poll}, so the herder may touch its own state freely; heartbeats go on meanwhile in the
 * group client's heartbeat thread, but a listener that takes longer than {@code rebalance.timeout.ms} loses the
 * member its place in the group.
 *
 * <p>When each is called:
 * <ul>
 *   <li><b>Eager protocol</b>: {@code onRevoked} with everything the worker runs, before every rejoin (the group
 *       may hand any of it to someone else); then {@code onAssigned} with the complete new assignment.</li>
 *   <li><b>Compatible and sessioned protocols</b>: the worker keeps running its work through a rebalance. When an
 *       assignment revokes something, {@code onRevoked} receives exactly those revocations first, then
 *       {@code onAssigned} the assignment itself (whose connectors and tasks are the ones to start in addition;
 *       its revoked lists repeat what {@code onRevoked} received). After the listener returns, the member rejoins
 *       so the leader can hand the revoked work to others. {@code onRevoked} also receives everything when the
 *       member has lost its membership (session expired, fenced) and rejoins as a new member, since the group may
 *       have given its work away, and when the group falls back to the eager protocol (an eager-only worker joined),
 *       since eager assignments are complete.</li>
 * </ul>
 *
 * <p>An assignment whose {@link WorkerAssignment#failed()} is true (the leader's config snapshot was behind) holds
 * no work; the herder should read the config topic up to {@link WorkerAssignment#configOffset()} and then call
 * {@link WorkerGroupMember#requestRejoin(String)}. The member does not rejoin on its own in that case, because
 * rejoining before catching up would fail again.
 */
public interface MembershipListener {

    /**
     * The member is about to (re)join the group: a rebalance begins here. Under the cooperative protocols the
     * worker's work keeps running meanwhile; the rebalance ends with {@link #onAssigned}.
     */
    default void onRebalanceStarted() {
    }

    /** A rebalance finished: the new assignment and the generation it belongs to. */
    void onAssigned(WorkerAssignment assignment, int generation);

    /**
     * The worker must stop these connectors and tasks before returning.
     *
     * @param leader the member id of the leader that assigned them (null if none ever did)
     */
    void onRevoked(String leader, Collection<String> connectors, Collection<ConnectorTaskId> tasks);
}
