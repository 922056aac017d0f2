/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one worker's {@code GET /connectors?expand=status} said about every connector of the cluster. A worker
 * reports the statuses it has read from the status topic, so right after a SIGKILL the dead worker's connectors
 * still show RUNNING with its worker id until the group reassigns them.
 */
public record ClusterStatus(Map<String, ConnectorStatus> connectors) {

    public static final String RUNNING = "RUNNING";

    public ClusterStatus {
        connectors = Map.copyOf(connectors);
    }

    /** One connector: its own state and placement, and its tasks'. */
    public record ConnectorStatus(String name, String state, String workerId, List<TaskStatus> tasks) {

        public ConnectorStatus {
            tasks = List.copyOf(tasks);
        }

        /** The connector and at least one task RUNNING, no task in any other state. */
        public boolean runningWithTasks() {
            return RUNNING.equals(state) && !tasks.isEmpty()
                    && tasks.stream().allMatch(task -> RUNNING.equals(task.state()));
        }
    }

    public record TaskStatus(int id, String state, String workerId) {
    }

    /** Reads the body of {@code GET /connectors?expand=status}: {@code {"<name>":{"status":{…}}, …}}. */
    static ClusterStatus fromExpandedListing(JsonNode listing) {
        Map<String, ConnectorStatus> connectors = new TreeMap<>();
        listing.properties().forEach(entry -> {
            JsonNode status = entry.getValue().path("status");
            List<TaskStatus> tasks = new ArrayList<>();
            status.path("tasks").forEach(task -> tasks.add(new TaskStatus(task.path("id").asInt(),
                    task.path("state").asText(), task.path("worker_id").asText())));
            JsonNode connector = status.path("connector");
            connectors.put(entry.getKey(), new ConnectorStatus(entry.getKey(), connector.path("state").asText(),
                    connector.path("worker_id").asText(), tasks));
        });
        return new ClusterStatus(connectors);
    }

    /** Every named connector is listed and it and all of its (at least one) tasks are RUNNING. */
    public boolean allRunning(Collection<String> names) {
        return names.stream().allMatch(name -> connectors.containsKey(name)
                && connectors.get(name).runningWithTasks());
    }

    /** The workers that run a connector or a task, by the statuses' worker ids. */
    public Set<String> workerIds() {
        Set<String> ids = new TreeSet<>();
        connectors.values().forEach(connector -> {
            ids.add(connector.workerId());
            connector.tasks().forEach(task -> ids.add(task.workerId()));
        });
        return ids;
    }

    /** Tasks of all connectors counted per worker id. */
    public Map<String, Long> tasksPerWorker() {
        Map<String, Long> counts = new TreeMap<>();
        connectors.values().stream().flatMap(connector -> connector.tasks().stream())
                .forEach(task -> counts.merge(task.workerId(), 1L, Long::sum));
        return counts;
    }

    /** Connectors and tasks together, counted per worker id: how the cluster spread the work. */
    public Map<String, Long> workPerWorker() {
        Map<String, Long> counts = new TreeMap<>();
        connectors.values().stream()
                .flatMap(connector -> Stream.concat(Stream.of(connector.workerId()),
                        connector.tasks().stream().map(TaskStatus::workerId)))
                .forEach(id -> counts.merge(id, 1L, Long::sum));
        return counts;
    }
}
