/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.utils.LogContext;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This worker's membership in the Connect cluster's group: joins it, takes part in every rebalance, and tells the
 * herder what to run through a {@link MembershipListener}. The herder's thread drives it by calling
 * {@link #poll(Duration)} in its loop; heartbeats go on in a background thread in between.
 *
 * <p>At each join the member asks the {@code Supplier<WorkerMetadata>} for its REST URL, the config offset it has
 * read up to and (cooperative protocols) everything it currently runs, as {@link WorkerMetadata#previous()} with the
 * leader that assigned it. When this worker is elected leader, the {@link GroupAssignor} decides for everyone.
 *
 * <p>Apart from {@link #wakeup()}, every method is meant for the herder's thread.
 */
public final class WorkerGroupMember implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerGroupMember.class);
    private static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Time time;
    private final String clientId;
    private final CoordinatorNetwork network;
    private final WorkerCoordinator coordinator;
    private boolean closed;

    /**
     * Connects nothing yet: the first {@link #poll(Duration)} finds the group coordinator and joins.
     *
     * @param workerSettings the worker's settings; see {@link WorkerGroupConfig} for the keys read
     */
    public WorkerGroupMember(Map<String, ?> workerSettings, Supplier<WorkerMetadata> metadata, GroupAssignor assignor,
                             MembershipListener listener) {
        this(new WorkerGroupConfig(workerSettings), metadata, assignor, listener, Time.SYSTEM);
    }

    WorkerGroupMember(WorkerGroupConfig config, Supplier<WorkerMetadata> metadata, GroupAssignor assignor,
                      MembershipListener listener, Time time) {
        this.time = time;
        this.clientId = config.clientId();
        LogContext logContext = new LogContext(
                "[Worker clientId=" + clientId + ", groupId=" + config.groupId() + "] ");
        this.network = CoordinatorNetwork.open(config, clientId, time, logContext);
        try {
            this.coordinator = new WorkerCoordinator(config.rebalanceConfig(), logContext, network.client(),
                    network.metrics(), time, config.protocol(), metadata, assignor, listener);
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
        LOG.info("Group member {} created for group {} with connect.protocol={}", clientId, config.groupId(),
                config.protocol());
    }

    /**
     * Does the group work due now and waits for more until the timeout passes or {@link #wakeup()} is called.
     * Listener callbacks happen inside this call. A rebalance in progress is seen through before returning, which
     * can take up to the group's rebalance timeout; {@link #wakeup()} cuts it short, and the next poll resumes it.
     */
    public void poll(Duration timeout) {
        ensureOpen();
        try {
            coordinator.poll(time.timer(timeout));
        } catch (WakeupException e) {
            LOG.debug("Group member {} woken up", clientId);
        }
    }

    /**
     * Makes the current or, if none is running, the next {@link #poll(Duration)} return promptly. Safe from any
     * thread; this is how other threads get the herder's attention.
     */
    public void wakeup() {
        network.client().wakeup();
    }

    /** Rejoins the group at the next poll, e.g. after catching up on the config topic. */
    public void requestRejoin(String reason) {
        ensureOpen();
        LOG.info("Group member {} requests a rebalance: {}", clientId, reason);
        coordinator.requestRejoin(reason);
    }

    /** Gives up all work (through the listener) and leaves the group until the next {@link #poll}. */
    public void leaveGroup(String reason) {
        ensureOpen();
        LOG.info("Group member {} leaves the group: {}", clientId, reason);
        coordinator.leaveGroup(reason);
    }

    /** The member id the coordinator gave this worker; empty before the first join. */
    public String memberId() {
        return coordinator.currentMemberId();
    }

    /** The group generation this worker belongs to, or -1 while it is not a member. */
    public int generation() {
        return coordinator.currentGeneration();
    }

    /** The protocol the group agreed on at the last rebalance; empty before the first. */
    public Optional<ConnectProtocol> currentProtocol() {
        return coordinator.agreedProtocol();
    }

    /** Same as {@link #close()}: leaves the group and releases the connections. */
    public void stop() {
        close();
    }

    /** Leaves the group so the others rebalance at once, waiting at most 5 s for the coordinator's answer. */
    @Override
    public void close() {
        close(DEFAULT_CLOSE_TIMEOUT);
    }

    /** Leaves the group, waiting at most {@code timeout} for in-flight requests, and releases the connections. */
    public void close(Duration timeout) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            coordinator.leaveAndClose(time.timer(timeout));
        } catch (RuntimeException e) {
            LOG.warn("Group member {} did not leave the group cleanly", clientId, e);
        } finally {
            Utils.closeQuietly(network, "group client network");
        }
        LOG.info("Group member {} closed", clientId);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Group member " + clientId + " is closed");
        }
    }
}
