/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.herder.Assignment;
import dev.sluice.connect.herder.Cluster;
import dev.sluice.connect.metrics.RebalanceMetrics;
import dev.sluice.connect.storage.ConfigSnapshot;
import dev.sluice.connect.storage.ConfigStore;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster of a distributed worker: its membership in the Kafka group decides who leads and what this worker
 * runs. On the leader it computes everyone's assignment from the config snapshot; on every worker it keeps the
 * connectors and tasks assigned so far and stops revoked ones (through the herder) before the group moves on.
 * Everything except {@link #wakeup()} and the volatile reads runs on the herder thread, inside {@link #poll}.
 */
public final class GroupCluster implements Cluster, MembershipListener, GroupAssignor {

    private static final Logger log = LoggerFactory.getLogger(GroupCluster.class);

    private final Function<GroupCluster, WorkerGroupMember> memberFactory;
    private final ConfigStore configStore;
    private final Supplier<String> workerUrl;
    private final Duration syncTimeout;
    private final Duration unsyncBackoff;
    private final Object backoff = new Object();
    /** Set by {@link #wakeup()}, cleared when a backoff wait sees it; guarded by {@link #backoff}. */
    private boolean woken;
    /** Until when, in epoch ms, a worker that fell behind on the config topic stays out of the group. */
    private long outOfGroupUntil;
    private final ConnectAssignor cooperative;
    private final ConnectAssignor eager = new EagerAssignor();
    private final SessionKeyRotation sessionKeys;
    private final RebalanceMetrics rebalances;
    private final TreeSet<String> connectors = new TreeSet<>();
    private final TreeSet<ConnectorTaskId> tasks = new TreeSet<>();
    private Consumer<Assignment> revocations = revoked -> { };
    private WorkerGroupMember member;
    private volatile String leaderId;
    private volatile String leaderUrl;
    private volatile boolean leader;
    private volatile int generation = -1;
    private volatile boolean assigned;
    /** The config the leader last computed assignments from; null on followers and before the first. */
    private ConfigSnapshot assignedFrom;

    /**
     * @param memberFactory   creates the group member, given this cluster as metadata source, assignor and listener
     * @param workerUrl       this worker's advertised REST URL
     * @param syncTimeout     how long to wait to catch up on the config topic ({@code worker.sync.timeout.ms})
     * @param unsyncBackoff   how long a worker that could not catch up stays out of the group before it joins
     *                        again ({@code worker.unsync.backoff.ms})
     * @param maxDelayMs      {@code scheduled.rebalance.max.delay.ms}
     * @param sessionKeys     how the leader creates and rotates the session key
     * @param leftGracefully  whether a departed worker (by REST URL) shut down cleanly, so that its work need not
     *                        wait {@code maxDelayMs} for it
     * @param rebalances      told when a rebalance starts and when it completes with an assignment to act on
     */
    public GroupCluster(Function<GroupCluster, WorkerGroupMember> memberFactory, ConfigStore configStore,
                        Supplier<String> workerUrl, Duration syncTimeout, Duration unsyncBackoff, long maxDelayMs,
                        SessionKeyRotation sessionKeys, Predicate<String> leftGracefully, RebalanceMetrics rebalances) {
        this.rebalances = rebalances;
        this.memberFactory = memberFactory;
        this.configStore = configStore;
        this.workerUrl = workerUrl;
        this.syncTimeout = syncTimeout;
        this.unsyncBackoff = unsyncBackoff;
        this.cooperative = new IncrementalCooperativeAssignor(maxDelayMs, System::currentTimeMillis, leftGracefully);
        this.sessionKeys = sessionKeys;
    }

    /** What this worker tells the group when it joins: its URL, config offset and what it runs now. */
    public WorkerMetadata metadata() {
        WorkerAssignment previous = connectors.isEmpty() && tasks.isEmpty() || leaderId == null ? null
                : new WorkerAssignment(WorkerAssignment.NO_ERROR, leaderId, leaderUrl, configStore.snapshot().offset(),
                        List.copyOf(connectors), List.copyOf(tasks), List.of(), List.of(), 0);
        return new WorkerMetadata(workerUrl.get(), configStore.snapshot().offset(), previous);
    }

    @Override
    public void revocationListener(Consumer<Assignment> listener) {
        this.revocations = listener;
    }

    @Override
    public void start() {
        member = memberFactory.apply(this);
    }

    @Override
    public void stop() {
        if (member != null) {
            member.close();
        }
    }

    @Override
    public void poll(Duration timeout) {
        long outOfGroupFor = outOfGroupUntil - System.currentTimeMillis();
        if (outOfGroupFor > 0) {
            awaitWakeup(Math.min(timeout.toMillis(), outOfGroupFor));
            return;
        }
        Duration wait = timeout;
        if (leader && sessionKeys != null) {
            long untilExpiry = sessionKeys.untilExpiry(configStore.snapshot().sessionKey());
            wait = Duration.ofMillis(Math.min(timeout.toMillis(), Math.max(untilExpiry, 1)));
        }
        member.poll(wait);
        if (leader && assigned && sessionKeys != null) {
            sessionKeys.maintain(configStore.snapshot().sessionKey(), configStore);
        }
    }

    private void awaitWakeup(long millis) {
        synchronized (backoff) {
            long end = System.currentTimeMillis() + millis;
            for (long left = millis; !woken && left > 0; left = end - System.currentTimeMillis()) {
                try {
                    backoff.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            woken = false;
        }
    }

    @Override
    public void wakeup() {
        synchronized (backoff) {
            woken = true;
            backoff.notifyAll();
        }
        WorkerGroupMember current = member;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public boolean isLeader() {
        return leader;
    }

    @Override
    public String leaderUrl() {
        return leaderUrl;
    }

    @Override
    public int generation() {
        return generation;
    }

    @Override
    public boolean rebalancing() {
        return !assigned;
    }

    @Override
    public Assignment assignment(ConfigSnapshot snapshot) {
        return Assignment.of(connectors, tasks);
    }

    /**
     * On the leader, a connector added or removed or a changed number of tasks means a new assignment: the leader
     * asks the group to rebalance. Followers leave it to the leader, so one change makes one rebalance.
     */
    @Override
    public void configChanged(ConfigSnapshot previous, ConfigSnapshot current) {
        if (!leader || member == null) {
            return;
        }
        if (!previous.connectors().keySet().equals(current.connectors().keySet())) {
            member.requestRejoin("connectors were added or removed");
            return;
        }
        for (String name : current.connectors().keySet()) {
            if (previous.taskConfigs(name).size() != current.taskConfigs(name).size()) {
                member.requestRejoin("the number of tasks of connector " + name + " changed");
                return;
            }
        }
    }

    // ---- group callbacks, on the herder thread inside poll() ----------------------------------------------

    @Override
    public Map<String, WorkerAssignment> assign(String leaderMemberId, ConnectProtocol protocol,
                                                Map<String, WorkerMetadata> members, int forGeneration) {
        catchUp(Long.MAX_VALUE);
        ConfigSnapshot snapshot = configStore.snapshot();
        assignedFrom = snapshot;
        SortedMap<String, Integer> taskCounts = new TreeMap<>();
        snapshot.connectors().keySet().forEach(name -> taskCounts.put(name, snapshot.taskConfigs(name).size()));
        ConnectAssignor assignor = protocol == ConnectProtocol.EAGER ? eager : cooperative;
        Map<String, WorkerAssignment> result = assignor.assign(leaderMemberId, workerUrl.get(), snapshot.offset(),
                taskCounts, members);
        log.info("Leader computed assignments for generation {} over {} workers, {} connectors, {} tasks",
                forGeneration, members.size(), taskCounts.size(),
                taskCounts.values().stream().mapToInt(Integer::intValue).sum());
        return result;
    }

    @Override
    public void onRebalanceStarted() {
        rebalances.started();
    }

    @Override
    public void onRevoked(String revokingLeader, Collection<String> revokedConnectors,
                          Collection<ConnectorTaskId> revokedTasks) {
        assigned = false;
        if (revokedConnectors.isEmpty() && revokedTasks.isEmpty()) {
            return;
        }
        log.info("Stopping revoked connectors {} and tasks {}", revokedConnectors, revokedTasks);
        connectors.removeAll(revokedConnectors);
        tasks.removeAll(revokedTasks);
        revocations.accept(Assignment.of(new TreeSet<>(revokedConnectors), new TreeSet<>(revokedTasks)));
    }

    @Override
    public void onAssigned(WorkerAssignment assignment, int newGeneration) {
        if (assignment.failed()) {
            log.warn("The leader's config is behind ours or unreadable (config offset {}); catching up and rejoining",
                    assignment.configOffset());
            if (catchUp(assignment.configOffset())) {
                member.requestRejoin("config mismatch with the leader");
            } else {
                fallBehind(assignment.configOffset());
            }
            return;
        }
        if (!catchUp(assignment.configOffset())) {
            fallBehind(assignment.configOffset());
            return;
        }
        leaderId = assignment.leader();
        leaderUrl = assignment.leaderUrl();
        leader = assignment.leader().equals(member.memberId());
        generation = newGeneration;
        if (member.currentProtocol().orElse(ConnectProtocol.SESSIONED) == ConnectProtocol.EAGER) {
            connectors.clear();
            tasks.clear();
        }
        connectors.addAll(assignment.connectors());
        tasks.addAll(assignment.tasks());
        assigned = true;
        rebalances.completed(member.currentProtocol().map(ConnectProtocol::configValue).orElse(null), leaderUrl,
                newGeneration);
        log.info("Joined generation {} as {}; leader {} at {}; running {} connectors and {} tasks", newGeneration,
                leader ? "leader" : "follower", leaderId, leaderUrl, connectors.size(), tasks.size());
        if (leader && assignedFrom != null) {
            // A rejoin requested between JoinGroup and SyncGroup is cleared when the sync completes, so a connector
            // created meanwhile would wait for the next rebalance: compare with what this assignment was made from.
            configChanged(assignedFrom, configStore.snapshot());
        }
        assignedFrom = null;
    }

    /**
     * Reads the config topic until the snapshot is at least at {@code offset} (or at its end).
     *
     * @return false when that took longer than {@code worker.sync.timeout.ms}
     */
    private boolean catchUp(long offset) {
        if (configStore.snapshot().offset() >= offset && offset != Long.MAX_VALUE) {
            return true;
        }
        try {
            configStore.refresh(syncTimeout);
            return true;
        } catch (TimeoutException e) {
            log.warn("Could not read the config topic to its end within {} ms", syncTimeout.toMillis());
            return false;
        }
    }

    /**
     * The assignment names config this worker cannot read in time: rather than run work from a stale config, it
     * gives everything up and stays out of the group for {@code worker.unsync.backoff.ms}, as Apache's workers do.
     * Meanwhile its REST writes answer 409 and the others share its work.
     */
    private void fallBehind(long offset) {
        log.warn("The config topic could not be read up to offset {} within {} ms (worker.sync.timeout.ms); leaving"
                + " the group for {} ms (worker.unsync.backoff.ms)", offset, syncTimeout.toMillis(),
                unsyncBackoff.toMillis());
        member.leaveGroup("the config topic could not be read in time");
        assigned = false;
        leader = false;
        leaderUrl = null;
        outOfGroupUntil = System.currentTimeMillis() + unsyncBackoff.toMillis();
    }
}
