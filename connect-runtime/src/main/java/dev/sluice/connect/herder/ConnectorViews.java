/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.storage.ConfigSnapshot;
import dev.sluice.connect.storage.StatusStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.NotFoundException;
import org.apache.kafka.connect.health.ConnectorType;

/**
 * The read side of the herder: answers about connectors built from one immutable config snapshot and the status
 * store. Needs no herder thread, so reads never queue behind a rebalance or a slow connector.
 */
final class ConnectorViews {

    private final ConnectorValidation validation;
    private final StatusStore statuses;

    ConnectorViews(ConnectorValidation validation, StatusStore statuses) {
        this.validation = validation;
        this.statuses = statuses;
    }

    static Map<String, String> require(ConfigSnapshot snapshot, String name) {
        Map<String, String> config = snapshot.connectorConfig(name);
        if (config == null) {
            throw new NotFoundException("Connector " + name + " not found");
        }
        return config;
    }

    ConnectorDescription description(ConfigSnapshot snapshot, String name) {
        return description(snapshot, name, require(snapshot, name));
    }

    /** The connector with {@code config} (e.g. as a client sent it, in its key order) and the snapshot's tasks. */
    ConnectorDescription description(ConfigSnapshot snapshot, String name, Map<String, String> config) {
        return new ConnectorDescription(name, new LinkedHashMap<>(config), snapshot.taskIds(name), type(config));
    }

    /** SOURCE or SINK by the connector's plugin; UNKNOWN when the plugin is not installed here. */
    ConnectorType type(Map<String, String> config) {
        try {
            return validation.isSink(config.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG),
                    config.get(ConnectorConfig.CONNECTOR_VERSION)) ? ConnectorType.SINK : ConnectorType.SOURCE;
        } catch (ConnectException e) {
            return ConnectorType.UNKNOWN;
        }
    }

    List<TaskConfig> taskConfigs(ConfigSnapshot snapshot, String name) {
        require(snapshot, name);
        List<TaskConfig> result = new ArrayList<>();
        for (ConnectorTaskId id : snapshot.taskIds(name)) {
            result.add(new TaskConfig(id, snapshot.taskConfig(id)));
        }
        return result;
    }

    /**
     * The connector's and its tasks' states; instances named in {@code restarting} read RESTARTING.
     *
     * A status is answered as long as one is stored: a connector deleted a moment ago still has one, of type
     * UNKNOWN, as on Apache's worker.
     *
     * @throws NotFoundException for a connector without a status: unknown, or not reported a state yet
     */
    ConnectorReport report(ConfigSnapshot snapshot, String name, boolean restartingConnector,
                           Set<Integer> restartingTasks) {
        Map<String, String> config = snapshot.connectorConfig(name);
        ConnectorStatus connector = statuses.get(name);
        if (connector == null) {
            throw new NotFoundException("No status found for connector " + name);
        }
        if (restartingConnector) {
            // A failed instance keeps its trace while it restarts, as on Apache's worker.
            connector = connector.with(State.RESTARTING, connector.trace());
        }
        List<TaskStatus> tasks = new ArrayList<>();
        for (ConnectorTaskId id : snapshot.taskIds(name)) {
            TaskStatus task = statuses.get(id);
            if (task != null) {
                tasks.add(restartingTasks.contains(id.task()) ? task.with(State.RESTARTING, task.trace()) : task);
            }
        }
        return new ConnectorReport(name, connector, tasks, config == null ? ConnectorType.UNKNOWN : type(config));
    }

    /** A task of the current task configs that reported a state; a stopped connector has none. */
    TaskStatus taskStatus(ConfigSnapshot snapshot, ConnectorTaskId id) {
        boolean exists = snapshot.contains(id.connector()) && snapshot.taskConfig(id) != null;
        TaskStatus task = exists ? statuses.get(id) : null;
        if (task == null) {
            throw new NotFoundException("No status found for task " + id);
        }
        return task;
    }

    boolean isSink(ConfigSnapshot snapshot, String name) {
        return type(require(snapshot, name)) == ConnectorType.SINK;
    }

    /**
     * @return whether the connector, which must be STOPPED for its offsets to change, is a sink
     * @throws BadRequestException when it is not STOPPED
     */
    boolean requireStopped(ConfigSnapshot snapshot, String name) {
        boolean sink = isSink(snapshot, name);
        if (snapshot.targetState(name) != TargetState.STOPPED) {
            throw new BadRequestException("Connectors must be in the STOPPED state before their offsets can be"
                    + " modified. This can be done for the specified connector by issuing a 'PUT' request to the"
                    + " '/connectors/" + name + "/stop' endpoint");
        }
        return sink;
    }
}
