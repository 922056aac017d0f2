/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.domain;

/**
 * What a task last reported.
 *
 * @param id         the task
 * @param state      its state
 * @param trace      the stack trace of the failure: when FAILED, and while a failed instance is shown RESTARTING
 * @param workerId   the advertised {@code host:port} of the worker that runs (or ran) it
 * @param generation the group generation in which the worker reported it; 0 in standalone mode
 * @param version    the task plugin's version, or null when unknown
 */
public record TaskStatus(ConnectorTaskId id, State state, String trace, String workerId, int generation,
                         String version) {

    /** The same status, now in {@code next} (the trace of a failure, or null). */
    public TaskStatus with(State next, String nextTrace) {
        return new TaskStatus(id, next, nextTrace, workerId, generation, version);
    }
}
