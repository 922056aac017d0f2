/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TaskStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The standalone worker's status store: the latest states in memory, gone when the worker stops. */
public final class MemoryStatusStore implements StatusStore {

    private final Map<String, ConnectorStatus> connectors = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<ConnectorTaskId, TaskStatus> tasks = new ConcurrentSkipListMap<>();
    private final Map<String, Set<String>> topics = new ConcurrentHashMap<>();

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    @Override
    public void put(ConnectorStatus status) {
        connectors.put(status.connector(), status);
    }

    @Override
    public void put(TaskStatus status) {
        tasks.put(status.id(), status);
    }

    @Override
    public ConnectorStatus get(String connector) {
        return connectors.get(connector);
    }

    @Override
    public TaskStatus get(ConnectorTaskId id) {
        return tasks.get(id);
    }

    @Override
    public Collection<TaskStatus> tasks(String connector) {
        return List.copyOf(tasks.subMap(new ConnectorTaskId(connector, 0), true,
                new ConnectorTaskId(connector, Integer.MAX_VALUE), true).values());
    }

    @Override
    public void remove(String connector) {
        connectors.remove(connector);
        tasks.keySet().removeIf(id -> id.connector().equals(connector));
        topics.remove(connector);
    }

    @Override
    public void remove(ConnectorTaskId id) {
        tasks.remove(id);
    }

    @Override
    public void putTopicUsage(String connector, String topic, int task) {
        topics.computeIfAbsent(connector, name -> ConcurrentHashMap.newKeySet()).add(topic);
    }

    @Override
    public Set<String> topics(String connector) {
        return new TreeSet<>(topics.getOrDefault(connector, Set.of()));
    }

    @Override
    public void resetTopics(String connector) {
        topics.remove(connector);
    }
}
