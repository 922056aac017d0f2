/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.storage.ConfigSnapshot;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a herder relates to other workers: who leads, what this worker runs, and how it waits for news. A standalone
 * worker is a cluster of one that leads and runs everything; a distributed worker learns both from its Kafka group.
 * Called only on the herder thread, except {@link #wakeup()}.
 */
public interface Cluster {

    /** Joins (or, standalone, does nothing). */
    void start();

    /** Leaves the cluster; the herder has already stopped what it ran. */
    void stop();

    /**
     * Waits up to {@code timeout} for something to do: a group event, or a {@link #wakeup()}. Membership work
     * (joining, rebalancing) happens inside this call.
     */
    void poll(Duration timeout);

    /** Makes a {@link #poll} in progress, or the next one, return at once. Safe from any thread. */
    void wakeup();

    /** Whether this worker may write configs; followers forward writes to {@link #leaderUrl()}. */
    boolean isLeader();

    /** The leader's advertised REST URL, or null while there is none. */
    String leaderUrl();

    /** The group generation statuses are written in; 0 for a standalone worker. */
    int generation();

    /** Whether a rebalance is under way, during which config requests are answered with a conflict. */
    boolean rebalancing();

    /**
     * Who must stop revoked connectors and tasks at once, before the cluster moves them elsewhere. Called on the
     * herder thread during {@link #poll}; a cluster of one never revokes anything.
     */
    default void revocationListener(Consumer<Assignment> listener) {
    }

    /**
     * Told on the herder thread whenever the herder takes a new snapshot, so that a cluster can hand out new or
     * removed connectors and tasks (by rebalancing). A cluster of one needs nothing: it runs everything anyway.
     */
    default void configChanged(ConfigSnapshot previous, ConfigSnapshot current) {
    }

    /**
     * Whether a config write is answered only once this worker acted on it. A cluster of one does: Apache's
     * standalone worker answers a new connector with the tasks it generated. A group answers as soon as the write is
     * stored, as Apache's distributed worker does: a new connector reads {@code "tasks":[]}, since its tasks are
     * generated afterwards (by whichever worker runs it).
     */
    default boolean answersWritesOnceApplied() {
        return false;
    }

    /** What this worker should run now, given the config state it has read. */
    Assignment assignment(ConfigSnapshot snapshot);
}
