/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.domain.TargetState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Where connector configs, task configs and target states live: a map in memory for a standalone worker, the
 * compacted config topic for a cluster. Writers are the herder thread (of the leader, in a cluster); readers take
 * immutable {@link ConfigSnapshot}s. Writes return once the store accepted them; {@link #refresh} waits until the
 * snapshot shows everything written so far, by anyone.
 */
public interface ConfigStore {

    /** Told when the stored state changes; called on the store's own thread, so it must only hand work over. */
    interface Listener {

        /** Some part of the snapshot changed; take a new one. */
        void onChange();

        /** A restart was requested (an event, not state: it is delivered once and kept in no snapshot). */
        void onRestartRequest(RestartRequest request);
    }

    /** Told about cluster-wide logger levels ({@code PUT /admin/loggers/NAMESPACE?scope=cluster}, KIP-976). */
    @FunctionalInterface
    interface LoggerLevelListener {

        /** Set {@code namespace} to {@code level} on this worker; called on the store's own thread. */
        void onLoggerLevel(String namespace, String level);
    }

    /** Loads what the store holds; returns once {@link #snapshot()} reflects it. */
    void start();

    void stop();

    /** Who to tell about changes; set before {@link #start()}. */
    void listener(Listener listener);

    /** The state as the store knows it now. */
    ConfigSnapshot snapshot();

    /**
     * Creates or replaces a connector's config. A new connector starts in {@code initialState} (null: STARTED);
     * replacing keeps the target state unless {@code initialState} is given.
     */
    void putConnectorConfig(String connector, Map<String, String> config, TargetState initialState);

    /** Removes a connector with its target state and task configs. */
    void removeConnectorConfig(String connector);

    /** Replaces the connector's task configs (committed as one unit; an empty list leaves it without tasks). */
    void putTaskConfigs(String connector, List<Map<String, String>> configs);

    void putTargetState(String connector, TargetState state);

    /** Asks whoever runs the connector (and, as the request says, its tasks) to restart them. */
    void putRestartRequest(RestartRequest request);

    void putSessionKey(SessionKey key);

    /**
     * Records that the leader fenced out the producers of the connector's earlier task generations and that its
     * current {@code taskCount} tasks may start with exactly-once support ({@code tasks-fencing-NAME}, KIP-618).
     * Only a store shared by a cluster keeps such records.
     */
    default void putTaskCountRecord(String connector, int taskCount) {
        throw new UnsupportedOperationException("Exactly-once source support needs a distributed worker");
    }

    /** Who applies cluster-wide logger levels on this worker; set before {@link #start()}. */
    void loggerLevelListener(LoggerLevelListener listener);

    /**
     * Asks every worker of the cluster to set a logger level. Each worker applies it as it reads it, the writer
     * included; levels written before a worker started are not applied to it. Any worker may write this.
     */
    void putLoggerLevel(String namespace, String level);

    /**
     * Waits until {@link #snapshot()} reflects every write made before the call, by this worker or another.
     *
     * @throws TimeoutException when that takes longer than {@code timeout}
     */
    void refresh(Duration timeout) throws TimeoutException;
}
