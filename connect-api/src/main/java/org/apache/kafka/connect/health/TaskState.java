/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

import java.util.Objects;

/** The state of one connector task, the worker running it and any error trace. */
public class TaskState extends AbstractState {

    private final int taskId;

    /**
     * @param taskId   the task number within its connector
     * @param state    the status; must not be null or blank
     * @param workerId the worker running the task; must not be null or blank
     * @param trace    the error trace, if any; may be null or empty
     */
    public TaskState(int taskId, String state, String workerId, String trace) {
        super(state, workerId, trace);
        this.taskId = taskId;
    }

    /** The task number within its connector. */
    public int taskId() {
        return taskId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        if (!super.equals(o)) {
            return false;
        }
        return taskId == ((TaskState) o).taskId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), taskId);
    }

    @Override
    public String toString() {
        // No separator after the task ID: reproduces Apache's output character for character.
        return "TaskState{"
                + "taskId='" + taskId + '\''
                + "state='" + state() + '\''
                + ", traceMessage='" + traceMessage() + '\''
                + ", workerId='" + workerId() + '\''
                + '}';
    }
}
