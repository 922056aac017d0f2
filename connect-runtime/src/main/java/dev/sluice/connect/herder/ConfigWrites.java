/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.storage.ConfigSnapshot;
import dev.sluice.connect.storage.ConfigStore;
import dev.sluice.connect.storage.StatusStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.AlreadyExistsException;
import org.apache.kafka.connect.errors.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests that change connectors: each checks the request against the current snapshot, writes to the
 * {@link ConfigStore} (only the leader writes) and lets the herder act on the write before answering. Runs on the
 * herder thread only.
 */
final class ConfigWrites {

    private static final Logger log = LoggerFactory.getLogger(ConfigWrites.class);

    private final ConfigStore configStore;
    private final StatusStore statusStore;
    private final Cluster cluster;
    private final ConnectorValidation validation;
    private final ConnectorViews views;
    private final Supplier<ConfigSnapshot> snapshot;
    private final Runnable readBackWrites;
    private final Runnable applyWrites;

    /**
     * @param snapshot       the snapshot the herder acts on
     * @param readBackWrites waits until the store shows what was written and takes that snapshot
     * @param applyWrites    does the same and then makes the worker act on it
     */
    ConfigWrites(ConfigStore configStore, StatusStore statusStore, Cluster cluster, ConnectorValidation validation,
                 ConnectorViews views, Supplier<ConfigSnapshot> snapshot, Runnable readBackWrites,
                 Runnable applyWrites) {
        this.configStore = configStore;
        this.statusStore = statusStore;
        this.cluster = cluster;
        this.validation = validation;
        this.views = views;
        this.snapshot = snapshot;
        this.readBackWrites = readBackWrites;
        this.applyWrites = applyWrites;
    }

    Created<ConnectorDescription> putConnectorConfig(String name, Map<String, String> config,
                                                     TargetState initialState, boolean allowReplace) {
        requireLeader();
        boolean exists = snapshot.get().contains(name);
        if (exists && !allowReplace) {
            throw new AlreadyExistsException("Connector " + name + " already exists");
        }
        Map<String, String> withName = new LinkedHashMap<>(config);
        withName.putIfAbsent(ConnectorConfig.NAME_CONFIG, name);
        validation.requireValid(withName);
        log.info(exists ? "Reconfiguring connector {}" : "Creating connector {}", name);
        configStore.putConnectorConfig(name, withName, exists ? null : initialState);
        if (cluster.answersWritesOnceApplied()) {
            applyWrites.run();
            return new Created<>(!exists, views.description(snapshot.get(), name, withName));
        }
        // The tasks as stored with the new config: none yet for a new connector, the current ones for an update.
        readBackWrites.run();
        ConnectorDescription stored = views.description(snapshot.get(), name, withName);
        applyWrites.run();
        return new Created<>(!exists, stored);
    }

    /** The connector's config with {@code patch} merged in; a null value removes that key. */
    Map<String, String> patched(String name, Map<String, String> patch) {
        Map<String, String> patched = new LinkedHashMap<>(ConnectorViews.require(snapshot.get(), name));
        patch.forEach((key, value) -> {
            if (value == null) {
                patched.remove(key);
            } else {
                patched.put(key, value);
            }
        });
        return patched;
    }

    /** Stores task configs a connector generated on another worker. */
    void putTaskConfigs(String name, List<Map<String, String>> configs) {
        requireLeader();
        ConnectorViews.require(snapshot.get(), name);
        configStore.putTaskConfigs(name, configs);
        applyWrites.run();
    }

    void deleteConnector(String name) {
        requireLeader();
        ConnectorViews.require(snapshot.get(), name);
        configStore.removeConnectorConfig(name);
        applyWrites.run();
        log.info("Deleted connector {}", name);
    }

    void changeTargetState(String name, TargetState target) {
        requireKnown(name);
        requireLeader();
        if (target == TargetState.STOPPED) {
            // A stopped connector keeps no task configs, so that its offsets can be changed safely.
            configStore.putTaskConfigs(name, List.of());
        }
        configStore.putTargetState(name, target);
        applyWrites.run();
    }

    /**
     * Asks for the restart and answers with the status as it will be: the instances to restart read RESTARTING.
     * Empty when the connector has not reported a status yet.
     */
    Optional<ConnectorReport> restartConnector(RestartRequest request) {
        String name = request.connectorName();
        requireKnownForRestart(snapshot.get(), name);
        requireLeader();
        ConnectorStatus connector = statusStore.get(name);
        if (connector == null) {
            return Optional.empty();
        }
        ConfigSnapshot current = snapshot.get();
        boolean restartConnector = request.shouldRestartConnector(connector.state() == State.FAILED);
        Set<Integer> restartTasks = new TreeSet<>();
        for (ConnectorTaskId id : current.taskIds(name)) {
            TaskStatus task = statusStore.get(id);
            if (task != null && request.shouldRestartTask(task.state() == State.FAILED)) {
                restartTasks.add(id.task());
            }
        }
        ConnectorReport planned = views.report(current, name, restartConnector, restartTasks);
        configStore.putRestartRequest(request);
        applyWrites.run();
        return Optional.of(planned);
    }

    private void requireLeader() {
        if (!cluster.isLeader()) {
            throw new NotLeaderException("Cannot complete request because this worker is not the leader",
                    cluster.leaderUrl());
        }
    }

    /** Fails a restart of an unknown connector with the wording Apache uses for restarts (not "... not found"). */
    static void requireKnownForRestart(ConfigSnapshot snapshot, String name) {
        if (!snapshot.contains(name)) {
            throw new NotFoundException("Unknown connector: " + name);
        }
    }

    private void requireKnown(String name) {
        if (!snapshot.get().contains(name)) {
            throw new NotFoundException("Unknown connector " + name);
        }
    }
}
