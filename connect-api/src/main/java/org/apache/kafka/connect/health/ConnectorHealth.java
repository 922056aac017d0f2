/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

import java.util.Map;
import java.util.Objects;

/** A snapshot of a connector's state and the state of each of its tasks. */
public class ConnectorHealth {

    private final String name;
    private final ConnectorState connectorState;
    private final Map<Integer, TaskState> tasks;
    private final ConnectorType type;

    /**
     * @throws IllegalArgumentException if {@code name} is null or blank
     * @throws NullPointerException     if any other argument is null
     */
    public ConnectorHealth(String name, ConnectorState connectorState, Map<Integer, TaskState> tasks,
                           ConnectorType type) {
        if (AbstractState.isBlank(name)) {
            throw new IllegalArgumentException("Connector name is required");
        }
        Objects.requireNonNull(connectorState, "connectorState can't be null");
        Objects.requireNonNull(tasks, "tasks can't be null");
        Objects.requireNonNull(type, "type can't be null");
        this.name = name;
        this.connectorState = connectorState;
        this.tasks = tasks;
        this.type = type;
    }

    /** The connector's name; never null or empty. */
    public String name() {
        return name;
    }

    /** The connector's own state; never null. */
    public ConnectorState connectorState() {
        return connectorState;
    }

    /** The state of each task, by task ID; never null. */
    public Map<Integer, TaskState> tasksState() {
        return tasks;
    }

    /** Whether the connector is a source or a sink; never null. */
    public ConnectorType type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        ConnectorHealth that = (ConnectorHealth) o;
        return name.equals(that.name)
                && connectorState.equals(that.connectorState)
                && tasks.equals(that.tasks)
                && type == that.type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, connectorState, tasks, type);
    }

    @Override
    public String toString() {
        return "ConnectorHealth{"
                + "name='" + name + '\''
                + ", connectorState=" + connectorState
                + ", tasks=" + tasks
                + ", type=" + type
                + '}';
    }
}
