/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Identifies one task of a connector; prints as {@code connector-task} like Apache's logs and messages. */
@JsonPropertyOrder({"connector", "task"})
public record ConnectorTaskId(@JsonProperty("connector") String connector, @JsonProperty("task") int task)
        implements Comparable<ConnectorTaskId> {

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
