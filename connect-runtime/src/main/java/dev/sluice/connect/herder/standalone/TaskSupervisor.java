/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.herder.MemoryStatusStore;
import dev.sluice.connect.herder.TargetState;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.worker.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a connector's tasks in line with what the connector generates and the user's target state. Runs only on
 * the herder thread.
 */
final class TaskSupervisor {

    private static final Logger log = LoggerFactory.getLogger(TaskSupervisor.class);

    private final Worker worker;
    private final MemoryStatusStore statuses;

    TaskSupervisor(Worker worker, MemoryStatusStore statuses) {
        this.worker = worker;
        this.statuses = statuses;
    }

    static dev.sluice.connect.domain.TargetState toWorker(TargetState state) {
        return switch (state) {
            case RUNNING -> dev.sluice.connect.domain.TargetState.STARTED;
            case PAUSED -> dev.sluice.connect.domain.TargetState.PAUSED;
            case STOPPED -> dev.sluice.connect.domain.TargetState.STOPPED;
        };
    }

    static ConnectorTaskId toWorker(dev.sluice.connect.rest.entities.ConnectorTaskId id) {
        return new ConnectorTaskId(id.connector(), id.task());
    }

    /**
     * Asks the connector for task configs and, when they differ from the current ones, replaces its tasks. A stopped
     * connector has no tasks; a connector that fails to generate configs keeps the ones it had.
     */
    void reconcile(String name, ConnectorEntry entry) {
        if (entry.target == TargetState.STOPPED) {
            stopTasks(name, entry);
            return;
        }
        List<Map<String, String>> generated;
        try {
            generated = worker.connectorTaskConfigs(name, tasksMax(entry));
        } catch (RuntimeException e) {
            log.error("Failed to generate task configs for connector {}", name, e);
            return;
        }
        if (generated.equals(entry.taskConfigs) && runningCount(name) == generated.size()) {
            return;
        }
        stopTasks(name, entry);
        entry.taskConfigs = List.copyOf(generated);
        for (int i = 0; i < generated.size(); i++) {
            startTask(name, entry, i);
        }
    }

    private long runningCount(String name) {
        return worker.taskIds().stream().filter(id -> id.connector().equals(name)).count();
    }

    private static int tasksMax(ConnectorEntry entry) {
        String value = entry.config.get(ConnectorConfig.TASKS_MAX_CONFIG);
        try {
            return value == null ? 1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void startTask(String name, ConnectorEntry entry, int index) {
        ConnectorTaskId id = new ConnectorTaskId(name, index);
        statuses.putTask(id, "UNASSIGNED");
        worker.startTask(id, entry.config, entry.taskConfigs.get(index), statuses, toWorker(entry.target));
    }

    /** Stops and forgets all of the connector's tasks (a STOPPED connector keeps no task configs). */
    void stopTasks(String name, ConnectorEntry entry) {
        List<ConnectorTaskId> ids = new ArrayList<>();
        for (ConnectorTaskId id : worker.taskIds()) {
            if (id.connector().equals(name)) {
                ids.add(id);
            }
        }
        worker.stopAndAwaitTasks(ids);
        for (int i = 0; i < entry.taskConfigs.size(); i++) {
            statuses.removeTask(new ConnectorTaskId(name, i));
        }
        ids.forEach(statuses::removeTask);
        entry.taskConfigs = List.of();
    }

    /** Stops one task and starts it again from its current config. */
    void restartTask(String name, ConnectorEntry entry, int index) {
        ConnectorTaskId id = new ConnectorTaskId(name, index);
        log.info("Restarting task {}", id);
        worker.stopAndAwaitTasks(List.of(id));
        startTask(name, entry, index);
    }
}
