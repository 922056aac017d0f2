/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

import java.util.Objects;

/** The state of a connector or task together with the worker running it and any error trace. */
public abstract class AbstractState {

    private final String state;
    private final String traceMessage;
    private final String workerId;

    /**
     * @param state        the status; must not be null or blank
     * @param workerId     the worker running the connector or task; must not be null or blank
     * @param traceMessage the error trace, if any; may be null or empty
     * @throws IllegalArgumentException if {@code state} or {@code workerId} is null or blank
     */
    public AbstractState(String state, String workerId, String traceMessage) {
        if (isBlank(state)) {
            throw new IllegalArgumentException("State must not be null or empty");
        }
        if (isBlank(workerId)) {
            throw new IllegalArgumentException("Worker ID must not be null or empty");
        }
        this.state = state;
        this.workerId = workerId;
        this.traceMessage = traceMessage;
    }

    static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    /** The status, e.g. RUNNING or FAILED; never null or empty. */
    public String state() {
        return state;
    }

    /** The worker running the connector or task; never null or empty. */
    public String workerId() {
        return workerId;
    }

    /** The error trace, if any; may be null or empty. */
    public String traceMessage() {
        return traceMessage;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        AbstractState that = (AbstractState) o;
        return state.equals(that.state)
                && Objects.equals(traceMessage, that.traceMessage)
                && workerId.equals(that.workerId);
    }

    @Override
    public int hashCode() {
        // Field order matches Apache so equal states hash alike in both implementations.
        return Objects.hash(state, traceMessage, workerId);
    }
}
