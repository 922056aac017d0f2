/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.domain;

/**
 * Names one task of one connector. Its string form, {@code connector-task}, is what logs, the status topic
 * ({@code status-task-<connector>-<task>}) and the error headers use.
 */
public record ConnectorTaskId(String connector, int task) implements Comparable<ConnectorTaskId> {

    @Override
    public int compareTo(ConnectorTaskId other) {
        int byConnector = connector.compareTo(other.connector);
        return byConnector != 0 ? byConnector : Integer.compare(task, other.task);
    }

    @Override
    public String toString() {
        return connector + "-" + task;
    }
}
