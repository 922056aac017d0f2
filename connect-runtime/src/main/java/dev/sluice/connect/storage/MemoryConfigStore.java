/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.domain.TargetState;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The standalone worker's config store: nothing survives a restart (connectors come from the command line and
 * REST). Every write replaces the snapshot at once and tells the listener on the writing thread.
 */
public final class MemoryConfigStore implements ConfigStore {

    private static final Listener NO_LISTENER = new Listener() {
        @Override
        public void onChange() {
        }

        @Override
        public void onRestartRequest(RestartRequest request) {
        }
    };

    private volatile ConfigSnapshot snapshot = ConfigSnapshot.EMPTY;
    private final Set<String> staleTasks = new HashSet<>();
    private volatile Listener listener = NO_LISTENER;
    private volatile LoggerLevelListener loggerLevels = (namespace, level) -> { };

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    @Override
    public void listener(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void loggerLevelListener(LoggerLevelListener listener) {
        this.loggerLevels = listener;
    }

    /** A worker alone is the whole cluster: the level applies at once. */
    @Override
    public void putLoggerLevel(String namespace, String level) {
        loggerLevels.onLoggerLevel(namespace, level);
    }

    @Override
    public ConfigSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public synchronized void putConnectorConfig(String connector, Map<String, String> config,
                                                TargetState initialState) {
        ConfigSnapshot current = snapshot;
        TreeMap<String, Map<String, String>> connectors = new TreeMap<>(current.connectors());
        boolean created = !connectors.containsKey(connector);
        Map<String, String> previous = connectors.put(connector, new LinkedHashMap<>(config));
        if (previous != null && !previous.equals(config)) {
            staleTasks.add(connector);
        }
        Map<String, TargetState> states = new HashMap<>(current.targetStates());
        if (initialState != null || created) {
            states.put(connector, initialState == null ? TargetState.STARTED : initialState);
        }
        replace(current, connectors, states, current.tasks(), current.sessionKey());
    }

    @Override
    public synchronized void removeConnectorConfig(String connector) {
        ConfigSnapshot current = snapshot;
        TreeMap<String, Map<String, String>> connectors = new TreeMap<>(current.connectors());
        connectors.remove(connector);
        Map<String, TargetState> states = new HashMap<>(current.targetStates());
        states.remove(connector);
        Map<String, List<Map<String, String>>> tasks = new HashMap<>(current.tasks());
        tasks.remove(connector);
        staleTasks.remove(connector);
        replace(current, connectors, states, tasks, current.sessionKey());
    }

    @Override
    public synchronized void putTaskConfigs(String connector, List<Map<String, String>> configs) {
        ConfigSnapshot current = snapshot;
        Map<String, List<Map<String, String>>> tasks = new HashMap<>(current.tasks());
        tasks.put(connector, configs);
        staleTasks.remove(connector);
        replace(current, current.connectors(), current.targetStates(), tasks, current.sessionKey());
    }

    @Override
    public synchronized void putTargetState(String connector, TargetState state) {
        ConfigSnapshot current = snapshot;
        Map<String, TargetState> states = new HashMap<>(current.targetStates());
        states.put(connector, state);
        replace(current, current.connectors(), states, current.tasks(), current.sessionKey());
    }

    @Override
    public void putRestartRequest(RestartRequest request) {
        listener.onRestartRequest(request);
    }

    @Override
    public synchronized void putSessionKey(SessionKey key) {
        ConfigSnapshot current = snapshot;
        replace(current, current.connectors(), current.targetStates(), current.tasks(), key);
    }

    private void replace(ConfigSnapshot current, Map<String, Map<String, String>> connectors,
                         Map<String, TargetState> states, Map<String, List<Map<String, String>>> tasks,
                         SessionKey key) {
        snapshot = new ConfigSnapshot(current.offset() + 1, new TreeMap<>(connectors), states, tasks, key,
                staleTasks);
        listener.onChange();
    }

    @Override
    public void refresh(Duration timeout) {
        // Writes are visible as soon as they return.
    }
}
