/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.domain.TargetState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the config store holds at one point in its history, immutable: the connectors' configs as submitted,
 * their target states, the task configs each connector last generated and committed, and the session key that signs
 * requests between workers. The herder acts on one snapshot at a time and compares it with the next.
 *
 * @param offset      the position in the config log this snapshot reflects (-1 when empty)
 * @param connectors  connector name to its config, sorted by name
 * @param targetStates connector name to target state; connectors absent here are STARTED
 * @param tasks       connector name to the committed task configs, in task order
 * @param sessionKey  the current session key, or null (standalone, or before the leader wrote one)
 * @param staleTasks  connectors whose config changed after their task configs were last committed: their tasks
 *                    still run with the previous connector config until the leader commits task configs again
 * @param fencedTaskCounts connector name to the task count of its last {@code tasks-fencing} record: how many tasks
 *                    of an exactly-once source connector the leader last let start after fencing out their
 *                    predecessors (KIP-618)
 * @param pendingFencing connectors whose task configs were committed after their last {@code tasks-fencing}
 *                    record: before their tasks start with exactly-once support, the leader must fence out the
 *                    producers of the tasks that may still run from an earlier generation
 */
public record ConfigSnapshot(long offset, SortedMap<String, Map<String, String>> connectors,
                             Map<String, TargetState> targetStates, Map<String, List<Map<String, String>>> tasks,
                             SessionKey sessionKey, Set<String> staleTasks, Map<String, Integer> fencedTaskCounts,
                             Set<String> pendingFencing) {

    /** The snapshot of an empty store. */
    public static final ConfigSnapshot EMPTY = new ConfigSnapshot(-1, new TreeMap<>(), Map.of(), Map.of(), null,
            Set.of());

    /** A snapshot of a store that keeps no fencing records (standalone). */
    public ConfigSnapshot(long offset, SortedMap<String, Map<String, String>> connectors,
                          Map<String, TargetState> targetStates, Map<String, List<Map<String, String>>> tasks,
                          SessionKey sessionKey, Set<String> staleTasks) {
        this(offset, connectors, targetStates, tasks, sessionKey, staleTasks, Map.of(), Set.of());
    }

    public ConfigSnapshot {
        SortedMap<String, Map<String, String>> copy = new TreeMap<>();
        connectors.forEach((name, config) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(config))));
        connectors = Collections.unmodifiableSortedMap(copy);
        targetStates = Map.copyOf(targetStates);
        Map<String, List<Map<String, String>>> taskCopy = new LinkedHashMap<>();
        tasks.forEach((name, configs) -> {
            List<Map<String, String>> list = new ArrayList<>();
            configs.forEach(config -> list.add(Collections.unmodifiableMap(new LinkedHashMap<>(config))));
            taskCopy.put(name, List.copyOf(list));
        });
        tasks = Collections.unmodifiableMap(taskCopy);
        staleTasks = Set.copyOf(staleTasks);
        fencedTaskCounts = Map.copyOf(fencedTaskCounts);
        pendingFencing = Set.copyOf(pendingFencing);
    }

    /**
     * How many tasks the connector's last {@code tasks-fencing} record lets run (the ids whose producers a new
     * generation must fence out), or 0 when it has none.
     */
    public int fencedTaskCount(String connector) {
        return fencedTaskCounts.getOrDefault(connector, 0);
    }

    /** Whether the connector's current tasks wait for the leader to fence out an earlier generation. */
    public boolean pendingFencing(String connector) {
        return pendingFencing.contains(connector);
    }

    /** Whether the connector's committed task configs were generated from its current config. */
    public boolean tasksCurrent(String connector) {
        return !staleTasks.contains(connector);
    }

    public boolean contains(String connector) {
        return connectors.containsKey(connector);
    }

    /** The connector's config as submitted, or null when there is no such connector. */
    public Map<String, String> connectorConfig(String connector) {
        return connectors.get(connector);
    }

    /** What the user asked the connector to do; STARTED unless paused or stopped. */
    public TargetState targetState(String connector) {
        return targetStates.getOrDefault(connector, TargetState.STARTED);
    }

    /** The connector's committed task configs, in task order; empty when it has none (or is STOPPED). */
    public List<Map<String, String>> taskConfigs(String connector) {
        return tasks.getOrDefault(connector, List.of());
    }

    /** The ids of the connector's committed tasks. */
    public List<ConnectorTaskId> taskIds(String connector) {
        int count = taskConfigs(connector).size();
        List<ConnectorTaskId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(new ConnectorTaskId(connector, i));
        }
        return ids;
    }

    /** One task's config, or null when the task does not exist. */
    public Map<String, String> taskConfig(ConnectorTaskId id) {
        List<Map<String, String>> configs = taskConfigs(id.connector());
        return id.task() >= 0 && id.task() < configs.size() ? configs.get(id.task()) : null;
    }

    /** Every committed task of every connector, sorted. */
    public List<ConnectorTaskId> allTaskIds() {
        List<ConnectorTaskId> ids = new ArrayList<>();
        connectors.keySet().forEach(name -> ids.addAll(taskIds(name)));
        return ids;
    }
}
