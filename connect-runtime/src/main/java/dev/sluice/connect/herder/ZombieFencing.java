/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.storage.ConfigSnapshot;
import dev.sluice.connect.storage.ConfigStore;
import dev.sluice.connect.worker.source.ExactlyOnceSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.connect.errors.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zombie fencing for exactly-once source connectors (KIP-618). Tasks of a new generation (task configs committed
 * after the connector's last {@code tasks-fencing} record) start only after the leader fenced out the transactional
 * producers of every task the previous generation may still run, wherever they are, and recorded the new task count.
 * A worker that is to start such tasks asks the leader ({@code PUT /connectors/NAME/fence}, signed) and starts them
 * when the record arrives in the config topic; a failed request is tried again after a second.
 *
 * <p>{@link #tasksMayStart} and {@link #fenceAsLeader} run on the herder thread; requests and fencing run on this
 * class's own thread, so the herder never waits on the leader or the broker.
 */
final class ZombieFencing implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ZombieFencing.class);
    private static final long RETRY_BACKOFF_MS = 1_000;

    private final boolean tasksWait;
    private final String groupId;
    private final Predicate<String> isSource;
    private final Cluster cluster;
    private final InternalRequests internal;
    private final ConfigStore configStore;
    private final ProducerFencer fencer;
    private final Set<String> requested = new HashSet<>();
    private final ScheduledExecutorService requester = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "zombie-fencing");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param groupId      the cluster's {@code group.id}, which names the task producers
     * @param tasksWait    whether this worker's source tasks wait for fencing ({@code exactly.once.source.support
     *                     =enabled}); the leader fences on request either way, as Apache's does
     * @param isSource     whether a connector of the current snapshot is a source connector
     */
    ZombieFencing(String groupId, boolean tasksWait, Predicate<String> isSource, Cluster cluster,
                  InternalRequests internal, ConfigStore configStore, ProducerFencer fencer) {
        this.tasksWait = tasksWait;
        this.groupId = groupId;
        this.isSource = isSource;
        this.cluster = cluster;
        this.internal = internal;
        this.configStore = configStore;
        this.fencer = fencer;
    }

    /**
     * Whether the connector's tasks may start now. When they wait for fencing, asks the leader for it (once until
     * it answers) and returns false; the record the leader writes brings a new snapshot, and with it the start.
     */
    boolean tasksMayStart(ConfigSnapshot current, String connector) {
        if (!tasksWait || !current.pendingFencing(connector) || !isSource.test(connector)) {
            return true;
        }
        synchronized (requested) {
            if (!requested.add(connector)) {
                return false;
            }
        }
        if (cluster.isLeader()) {
            try {
                fenceAsLeader(connector, current).whenComplete((ignored, error) -> answered(connector, error));
            } catch (RuntimeException e) {
                // Leadership or the connector changed under this pass; the next pass asks again.
                answered(connector, e);
            }
            return false;
        }
        String leaderUrl = cluster.leaderUrl();
        requester.execute(() -> {
            try {
                if (leaderUrl == null) {
                    throw new IllegalStateException("the cluster has no leader");
                }
                internal.requestFencing(leaderUrl, connector, current.sessionKey());
                answered(connector, null);
            } catch (RuntimeException e) {
                answered(connector, e);
            }
        });
        return false;
    }

    private void answered(String connector, Throwable error) {
        if (error == null) {
            forget(connector);
            return;
        }
        log.warn("Zombie fencing for connector {} failed; its tasks start once it succeeds, retrying: {}", connector,
                error.getMessage());
        if (!requester.isShutdown()) {
            requester.schedule(() -> {
                forget(connector);
                cluster.wakeup();
            }, RETRY_BACKOFF_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void forget(String connector) {
        synchronized (requested) {
            requested.remove(connector);
        }
    }

    /**
     * The leader's part: fences out the producers of every task the connector's last {@code tasks-fencing} record
     * let run, then records the current task count. Completes at once when no fencing is pending.
     *
     * @throws NotLeaderException  on a follower
     * @throws NotFoundException   for an unknown connector
     * @throws BadRequestException for a sink connector, or on a worker without peers
     */
    CompletableFuture<Void> fenceAsLeader(String connector, ConfigSnapshot current) {
        if (!cluster.isLeader()) {
            throw new NotLeaderException("Cannot complete request because this worker is not the leader",
                    cluster.leaderUrl());
        }
        if (!current.contains(connector)) {
            throw new NotFoundException("Connector " + connector + " not found");
        }
        if (fencer == null) {
            throw new BadRequestException("A worker without peers fences no producers");
        }
        if (!isSource.test(connector)) {
            throw new BadRequestException("Connector " + connector + " is not a source connector; only the tasks"
                    + " of exactly-once source connectors are fenced");
        }
        if (!current.pendingFencing(connector)) {
            return CompletableFuture.completedFuture(null);
        }
        int previous = current.fencedTaskCount(connector);
        List<String> ids = new ArrayList<>(previous);
        for (int task = 0; task < previous; task++) {
            ids.add(ExactlyOnceSettings.transactionalId(groupId, connector, task));
        }
        Map<String, String> config = current.connectorConfig(connector);
        return CompletableFuture.runAsync(() -> {
            fencer.fence(connector, config, ids);
            recordTaskCount(connector, ids);
        }, requester);
    }

    /**
     * Records how many tasks the connector has now. Fencing covered every task the last record let run, and only
     * those can have run, so the current count is right even if the task configs changed meanwhile.
     */
    private void recordTaskCount(String connector, List<String> fencedIds) {
        ConfigSnapshot now = configStore.snapshot();
        if (!now.contains(connector)) {
            return;
        }
        int count = now.taskConfigs(connector).size();
        configStore.putTaskCountRecord(connector, count);
        log.info("Fenced out {} earlier producers of connector {} ({}); its {} tasks may start", fencedIds.size(),
                connector, fencedIds, count);
    }

    @Override
    public void close() {
        requester.shutdownNow();
    }
}
