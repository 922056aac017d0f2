/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.GroupRebalanceConfig;
import org.apache.kafka.clients.consumer.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.clients.consumer.internals.AbstractCoordinator;
import org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient;
import org.apache.kafka.common.message.JoinGroupRequestData.JoinGroupRequestProtocol;
import org.apache.kafka.common.message.JoinGroupRequestData.JoinGroupRequestProtocolCollection;
import org.apache.kafka.common.message.JoinGroupResponseData.JoinGroupResponseMember;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.LogContext;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Timer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;

/**
 * A Connect worker's side of the group protocol, on kafka-clients' {@link AbstractCoordinator} (protocol type
 * {@code connect}): what to advertise when joining, the leader's call to the {@link GroupAssignor}, and handing
 * each assignment to the {@link MembershipListener} with the eager or cooperative semantics described there.
 *
 * <p>The group callbacks and the listener all run on the thread calling {@link #poll(Timer)}; the base class's
 * heartbeat thread only sends heartbeats (and leaves the group if poll is not called within the rebalance timeout).
 */
final class WorkerCoordinator extends AbstractCoordinator {

    static final String PROTOCOL_TYPE = "connect";

    private final Logger log;
    private final ConnectProtocol configured;
    private final Supplier<WorkerMetadata> metadata;
    private final GroupAssignor assignor;
    private final MembershipListener listener;
    private final OwnedWork owned = new OwnedWork();
    /** The protocol the group agreed on in the last completed join; null before the first. */
    private ConnectProtocol agreed;
    /** Received by onJoinComplete, handed to the listener once the join has fully returned. */
    private Delivery pending;
    /** When the leader asked for the next rebalance (KIP-415's scheduled delay); MAX_VALUE when it did not. */
    private long scheduledRejoinMs = Long.MAX_VALUE;
    /** Set when the listener left the group during this poll; only touched on the polling thread. */
    private boolean leftGroup;
    /** How much of {@link #owned} there is, for metrics reporters on other threads. */
    private volatile int ownedConnectors;
    private volatile int ownedTasks;

    private record Delivery(WorkerAssignment assignment, int generation) {
    }

    WorkerCoordinator(GroupRebalanceConfig rebalanceConfig, LogContext logContext, ConsumerNetworkClient client,
                      Metrics metrics, Time time, ConnectProtocol configured, Supplier<WorkerMetadata> metadata,
                      GroupAssignor assignor, MembershipListener listener) {
        super(rebalanceConfig, logContext, client, metrics, CoordinatorNetwork.METRIC_GROUP_PREFIX, time);
        this.log = logContext.logger(WorkerCoordinator.class);
        this.configured = configured;
        this.metadata = metadata;
        this.assignor = assignor;
        this.listener = listener;
        // Beside kafka-clients' own coordinator metrics, as in Apache's worker.
        String group = CoordinatorNetwork.METRIC_GROUP_PREFIX + "-coordinator-metrics";
        metrics.addMetric(metrics.metricName("assigned-connectors", group,
                "Connectors the group has assigned to this worker now."), (Measurable) (config, now) -> ownedConnectors);
        metrics.addMetric(metrics.metricName("assigned-tasks", group,
                "Tasks the group has assigned to this worker now."), (Measurable) (config, now) -> ownedTasks);
    }

    /**
     * Finds the coordinator, joins or rejoins when needed, delivers a new assignment and keeps the session alive,
     * until the timer expires. A join in progress is completed before returning (bounded by the rebalance timeout
     * on the broker's side), unless {@link ConsumerNetworkClient#wakeup()} interrupts it: then a
     * {@link org.apache.kafka.common.errors.WakeupException} leaves, and the next call resumes where this one was.
     */
    void poll(Timer timer) {
        do {
            if (coordinatorUnknown() && !ensureCoordinatorReady(timer)) {
                return;
            }
            requestScheduledRejoinIfDue(timer.currentTimeMs());
            if (rejoinNeededOrPending()) {
                ensureActiveGroup();
            }
            deliverPendingAssignment();
            if (leftGroup) {
                // The listener left the group: rejoining is for a later poll, when the listener is ready.
                leftGroup = false;
                return;
            }
            if (rejoinNeededOrPending()) {
                continue;
            }
            timer.update();
            long now = timer.currentTimeMs();
            pollHeartbeat(now);
            long wait = Math.min(timer.remainingMs(), Math.min(timeToNextHeartbeat(now), scheduledRejoinMs - now));
            client.poll(time.timer(Math.max(0, wait)));
            timer.update();
        } while (timer.notExpired());
    }

    /** The member id, or empty before the coordinator handed one out. */
    String currentMemberId() {
        return memberId();
    }

    /** The generation this member belongs to, or -1 while it is not a member. */
    int currentGeneration() {
        return generation().generationId;
    }

    Optional<ConnectProtocol> agreedProtocol() {
        return Optional.ofNullable(agreed);
    }

    /**
     * Gives up all work and leaves the group, staying a client of it: the next {@link #poll} joins again. For a
     * worker that cannot read the config topic far enough to act on its assignment.
     */
    void leaveGroup(String reason) {
        revokeEverything(reason);
        maybeLeaveGroup(GroupMembershipOperation.LEAVE_GROUP, reason);
        leftGroup = true;
    }

    /** Leaves the group (a LeaveGroup request, so the others rebalance at once) and stops the heartbeat thread. */
    void leaveAndClose(Timer timer) {
        close(timer, GroupMembershipOperation.LEAVE_GROUP);
    }

    @Override
    protected String protocolType() {
        return PROTOCOL_TYPE;
    }

    @Override
    protected JoinGroupRequestProtocolCollection metadata() {
        WorkerMetadata current = metadata.get();
        List<ConnectProtocol> advertised = configured.advertised();
        JoinGroupRequestProtocolCollection protocols = new JoinGroupRequestProtocolCollection(advertised.size());
        for (ConnectProtocol protocol : advertised) {
            protocols.add(new JoinGroupRequestProtocol()
                    .setName(protocol.protocolName())
                    .setMetadata(Utils.toArray(ConnectProtocolCodec.encodeMetadata(current, protocol))));
        }
        return protocols;
    }

    @Override
    protected boolean onJoinPrepare(Timer timer, int generation, String memberId) {
        listener.onRebalanceStarted();
        if (agreed != null && !agreed.cooperative()) {
            revokeEverything("the eager protocol gives up all work before rejoining");
        } else if (generation == Generation.NO_GENERATION.generationId) {
            revokeEverything("membership was lost and the group may have handed this worker's work to others");
        }
        return true;
    }

    @Override
    protected Map<String, ByteBuffer> onLeaderElected(String leaderId, String protocolName,
                                                      List<JoinGroupResponseMember> allMemberMetadata,
                                                      boolean skipAssignment) {
        if (skipAssignment) {
            // Only a static member rejoining as leader is asked to skip; the broker keeps the last assignments.
            return Map.of();
        }
        ConnectProtocol protocol = ConnectProtocol.fromProtocolName(protocolName);
        Map<String, WorkerMetadata> members = new LinkedHashMap<>();
        for (JoinGroupResponseMember member : allMemberMetadata) {
            members.put(member.memberId(), ConnectProtocolCodec.decodeMetadata(ByteBuffer.wrap(member.metadata())));
        }
        int generation = generation().generationId;
        log.info("Leading generation {} with protocol {}: assigning work to {} members", generation, protocol,
                members.size());
        Map<String, WorkerAssignment> assignments = assignor.assign(leaderId, protocol, members, generation);
        Map<String, ByteBuffer> encoded = new HashMap<>();
        for (Map.Entry<String, WorkerMetadata> member : members.entrySet()) {
            WorkerAssignment assignment = assignments.get(member.getKey());
            if (assignment == null) {
                log.warn("The assignor left member {} out of generation {}; it gets no work", member.getKey(),
                        generation);
                WorkerMetadata leader = members.get(leaderId);
                assignment = new WorkerAssignment(WorkerAssignment.NO_ERROR, leaderId, leader.url(),
                        leader.configOffset(), List.of(), List.of(), List.of(), List.of(), 0);
            }
            encoded.put(member.getKey(), ConnectProtocolCodec.encodeAssignment(assignment, protocol));
        }
        return encoded;
    }

    @Override
    protected void onJoinComplete(int generation, String memberId, String protocolName, ByteBuffer assignment) {
        agreed = ConnectProtocol.fromProtocolName(protocolName);
        pending = new Delivery(ConnectProtocolCodec.decodeAssignment(assignment), generation);
        log.info("Joined generation {} as {} with protocol {}", generation, memberId, agreed);
    }

    @Override
    protected void onLeavePrepare() {
        log.info("Leaving the group");
    }

    private void deliverPendingAssignment() {
        Delivery delivery = pending;
        if (delivery == null) {
            return;
        }
        pending = null;
        WorkerAssignment assignment = delivery.assignment();
        boolean revokes = !assignment.revokedConnectors().isEmpty() || !assignment.revokedTasks().isEmpty();
        log.info("Assignment for generation {} from leader {}: connectors {}, tasks {}, revoked connectors {}, "
                        + "revoked tasks {}, delay {} ms{}", delivery.generation(), assignment.leader(),
                assignment.connectors(), assignment.tasks(), assignment.revokedConnectors(),
                assignment.revokedTasks(), assignment.delay(),
                assignment.failed() ? ", failed: the leader's config snapshot is behind" : "");
        if (agreed.cooperative()) {
            if (revokes) {
                owned.remove(assignment.revokedConnectors(), assignment.revokedTasks());
                listener.onRevoked(assignment.leader(), assignment.revokedConnectors(), assignment.revokedTasks());
            }
            owned.add(assignment.connectors(), assignment.tasks());
        } else {
            // Only after a cooperative generation can anything still be owned here: the group has just fallen back
            // to eager (an eager-only worker joined), and eager assignments are complete, so start from nothing.
            revokeEverything("the group fell back to the eager protocol");
            owned.replace(assignment.connectors(), assignment.tasks());
        }
        owned.leader = assignment.leader();
        countOwned();
        scheduledRejoinMs = assignment.delay() > 0 ? time.milliseconds() + assignment.delay() : Long.MAX_VALUE;
        listener.onAssigned(assignment, delivery.generation());
        if (agreed.cooperative() && revokes) {
            requestRejoin("revoked work must go back to the leader for reassignment");
        }
    }

    private void requestScheduledRejoinIfDue(long now) {
        if (now >= scheduledRejoinMs) {
            scheduledRejoinMs = Long.MAX_VALUE;
            requestRejoin("the leader scheduled a rebalance to reassign departed workers' work");
        }
    }

    private void revokeEverything(String why) {
        if (owned.isEmpty()) {
            return;
        }
        log.info("Revoking connectors {} and tasks {}: {}", owned.connectors, owned.tasks, why);
        List<String> connectors = List.copyOf(owned.connectors);
        List<ConnectorTaskId> tasks = List.copyOf(owned.tasks);
        owned.replace(List.of(), List.of());
        countOwned();
        listener.onRevoked(owned.leader, connectors, tasks);
    }

    private void countOwned() {
        ownedConnectors = owned.connectors.size();
        ownedTasks = owned.tasks.size();
    }
}
