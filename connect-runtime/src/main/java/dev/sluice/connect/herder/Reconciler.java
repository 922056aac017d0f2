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
import dev.sluice.connect.storage.StatusStore;
import dev.sluice.connect.worker.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the worker run exactly what the config snapshot and this worker's assignment say: starts what is missing,
 * stops what is no longer wanted, restarts what runs with an outdated config and moves target states. It remembers
 * the configs each instance was started with; that memory is the only state it keeps. Herder thread only.
 */
final class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    /** What a connector instance was started with. */
    private record StartedConnector(Map<String, String> config, TargetState target) {
    }

    /** What a task was started with, and the target state it was last moved to. */
    private record StartedTask(Map<String, String> connectorConfig, Map<String, String> taskConfig,
                               TargetState target) {

        StartedTask moved(TargetState next) {
            return new StartedTask(connectorConfig, taskConfig, next);
        }
    }

    private final Worker worker;
    private final StatusReporter statuses;
    private final StatusStore statusStore;
    private final Consumer<String> onTaskReconfigurationRequest;
    private final BiPredicate<ConfigSnapshot, String> tasksMayStart;
    private final Map<String, StartedConnector> connectors = new TreeMap<>();
    private final Map<ConnectorTaskId, StartedTask> tasks = new TreeMap<>();

    /**
     * @param onTaskReconfigurationRequest told (on the connector's thread) when a connector asks for new task configs
     * @param tasksMayStart whether a connector's tasks may start now; false while they wait for zombie fencing
     */
    Reconciler(Worker worker, StatusReporter statuses, StatusStore statusStore,
               Consumer<String> onTaskReconfigurationRequest, BiPredicate<ConfigSnapshot, String> tasksMayStart) {
        this.worker = worker;
        this.statuses = statuses;
        this.statusStore = statusStore;
        this.onTaskReconfigurationRequest = onTaskReconfigurationRequest;
        this.tasksMayStart = tasksMayStart;
    }

    /**
     * Brings the worker in line with {@code snapshot} and {@code assignment}.
     *
     * @return the connectors that (re)started or left STOPPED in this pass, whose task configs should be generated
     */
    Set<String> reconcile(ConfigSnapshot snapshot, Assignment assignment) {
        stopUnwantedTasks(snapshot, assignment);
        Set<String> needTaskConfigs = new TreeSet<>();
        stopUnwantedConnectors(snapshot, assignment);
        moveTargetStates(snapshot, needTaskConfigs);
        startMissingConnectors(snapshot, assignment, needTaskConfigs);
        startMissingTasks(snapshot, assignment);
        return needTaskConfigs;
    }

    private void stopUnwantedTasks(ConfigSnapshot snapshot, Assignment assignment) {
        List<ConnectorTaskId> unwanted = new ArrayList<>();
        tasks.forEach((id, started) -> {
            String connector = id.connector();
            // A changed connector config restarts the task only once the task configs generated from it are
            // committed, so that one change means one restart.
            boolean outdated = !started.taskConfig().equals(snapshot.taskConfig(id))
                    || snapshot.tasksCurrent(connector)
                    && !started.connectorConfig().equals(snapshot.connectorConfig(connector));
            if (!assignment.owns(id) || snapshot.targetState(connector) == TargetState.STOPPED || outdated) {
                unwanted.add(id);
            }
        });
        if (unwanted.isEmpty()) {
            return;
        }
        worker.stopAndAwaitTasks(unwanted);
        unwanted.forEach(tasks::remove);
        for (ConnectorTaskId id : unwanted) {
            // A task its connector no longer has leaves no status behind; a task that moved keeps its last one.
            if (snapshot.taskConfig(id) == null) {
                statusStore.remove(id);
            }
        }
    }

    private void stopUnwantedConnectors(ConfigSnapshot snapshot, Assignment assignment) {
        for (String name : new ArrayList<>(connectors.keySet())) {
            Map<String, String> wanted = snapshot.connectorConfig(name);
            if (wanted != null && assignment.owns(name) && wanted.equals(connectors.get(name).config())) {
                continue;
            }
            stopConnector(name);
            if (wanted == null) {
                statusStore.remove(name);
                log.info("Connector {} was deleted", name);
            }
        }
    }

    private void moveTargetStates(ConfigSnapshot snapshot, Set<String> needTaskConfigs) {
        connectors.forEach((name, started) -> {
            TargetState wanted = snapshot.targetState(name);
            if (wanted != started.target()) {
                worker.setTargetState(name, wanted);
                connectors.put(name, new StartedConnector(started.config(), wanted));
                if (started.target() == TargetState.STOPPED) {
                    needTaskConfigs.add(name);
                }
            }
        });
        // Tasks whose connector runs on another worker follow the target state here, on their own.
        Set<String> moved = new TreeSet<>();
        tasks.replaceAll((id, started) -> {
            TargetState wanted = snapshot.targetState(id.connector());
            if (wanted == started.target() || wanted == TargetState.STOPPED) {
                return started;
            }
            if (!connectors.containsKey(id.connector()) && moved.add(id.connector())) {
                worker.setTargetState(id.connector(), wanted);
            }
            return started.moved(wanted);
        });
    }

    private void startMissingConnectors(ConfigSnapshot snapshot, Assignment assignment, Set<String> needTaskConfigs) {
        for (String name : assignment.connectors()) {
            Map<String, String> config = snapshot.connectorConfig(name);
            if (config == null || connectors.containsKey(name)) {
                continue;
            }
            TargetState target = snapshot.targetState(name);
            // Moved or restarted: UNASSIGNED until it runs here. A new connector has no status until it runs, as on
            // Apache's worker (404 "No status found", then RUNNING).
            if (statusStore.get(name) != null) {
                statuses.connector(name, State.UNASSIGNED);
            }
            boolean started = worker.startConnector(name, config, statuses, target,
                    () -> onTaskReconfigurationRequest.accept(name));
            // Remembered even when it failed to start, so a broken connector is not retried on every pass.
            connectors.put(name, new StartedConnector(config, target));
            if (started && target != TargetState.STOPPED) {
                needTaskConfigs.add(name);
            }
        }
    }

    private void startMissingTasks(ConfigSnapshot snapshot, Assignment assignment) {
        for (ConnectorTaskId id : assignment.tasks()) {
            String connector = id.connector();
            Map<String, String> taskConfig = snapshot.taskConfig(id);
            Map<String, String> connectorConfig = snapshot.connectorConfig(connector);
            TargetState target = snapshot.targetState(connector);
            if (taskConfig == null || connectorConfig == null || target == TargetState.STOPPED
                    || tasks.containsKey(id) || !tasksMayStart.test(snapshot, connector)) {
                continue;
            }
            if (statusStore.get(id) != null) {
                statuses.task(id, State.UNASSIGNED);
            }
            worker.startTask(id, connectorConfig, taskConfig, statuses, target);
            tasks.put(id, new StartedTask(connectorConfig, taskConfig, target));
        }
    }

    private void stopConnector(String name) {
        if (worker.connectorNames().contains(name)) {
            worker.stopConnector(name);
        }
        connectors.remove(name);
    }

    /** Stops this worker's instances that {@code request} names; the next {@link #reconcile} starts them again. */
    void restart(RestartRequest request, ConfigSnapshot snapshot) {
        String name = request.connectorName();
        if (!snapshot.contains(name)) {
            return;
        }
        ConnectorStatus connector = statusStore.get(name);
        if (runs(name) && request.shouldRestartConnector(connector != null && connector.state() == State.FAILED)) {
            restartConnector(name);
        }
        List<ConnectorTaskId> restarting = new ArrayList<>();
        for (ConnectorTaskId id : snapshot.taskIds(name)) {
            TaskStatus task = statusStore.get(id);
            if (runs(id) && request.shouldRestartTask(task != null && task.state() == State.FAILED)) {
                restarting.add(id);
            }
        }
        restartTasks(restarting);
    }

    /** Stops the connector instance now; the next {@link #reconcile} starts it again if it is still wanted. */
    void restartConnector(String name) {
        if (connectors.containsKey(name)) {
            log.info("Restarting connector {}", name);
            stopConnector(name);
        }
    }

    /** Stops the tasks now; the next {@link #reconcile} starts again those still wanted. */
    void restartTasks(List<ConnectorTaskId> ids) {
        List<ConnectorTaskId> running = ids.stream().filter(tasks::containsKey).toList();
        if (!running.isEmpty()) {
            log.info("Restarting tasks {}", running);
            worker.stopAndAwaitTasks(running);
            running.forEach(tasks::remove);
        }
    }

    boolean runs(String connector) {
        return connectors.containsKey(connector);
    }

    boolean runs(ConnectorTaskId id) {
        return tasks.containsKey(id);
    }

    /** The task configs the connector generates now, or null when it does not run here or cannot generate them. */
    List<Map<String, String>> generateTaskConfigs(String name, ConfigSnapshot snapshot) {
        StartedConnector started = connectors.get(name);
        if (started == null || !worker.connectorNames().contains(name)
                || !Objects.equals(started.config(), snapshot.connectorConfig(name))) {
            return null;
        }
        try {
            List<Map<String, String>> generated = worker.connectorTaskConfigs(name, tasksMax(started.config()));
            return SecretPlaceholders.restore(generated, started.config(), worker.connectorConfig(name));
        } catch (RuntimeException e) {
            log.error("Failed to generate task configs for connector {}", name, e);
            return null;
        }
    }

    private static int tasksMax(Map<String, String> config) {
        String value = config.get(ConnectorConfig.TASKS_MAX_CONFIG);
        try {
            return value == null ? 1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Stops the revoked connectors and tasks now, before another worker starts them. */
    void stop(Assignment revoked) {
        restartTasks(List.copyOf(revoked.tasks()));
        revoked.connectors().forEach(this::restartConnector);
    }

    /** Stops every task, then every connector (worker shutdown or leaving the cluster). */
    void stopAll() {
        if (!tasks.isEmpty()) {
            worker.stopAndAwaitTasks(new ArrayList<>(tasks.keySet()));
            tasks.clear();
        }
        new ArrayList<>(connectors.keySet()).forEach(this::stopConnector);
    }
}
