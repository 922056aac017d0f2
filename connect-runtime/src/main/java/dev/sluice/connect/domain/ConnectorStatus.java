/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.domain;

/**
 * What a connector instance last reported.
 *
 * @param connector  the connector's name
 * @param state      its state
 * @param trace      the stack trace of the failure: when FAILED, and while a failed instance is shown RESTARTING
 * @param workerId   the advertised {@code host:port} of the worker that runs (or ran) it
 * @param generation the group generation in which the worker reported it; 0 in standalone mode
 * @param version    the connector plugin's version, or null when unknown
 */
public record ConnectorStatus(String connector, State state, String trace, String workerId, int generation,
                              String version) {

    /** The same status, now in {@code next} (the trace of a failure, or null). */
    public ConnectorStatus with(State next, String nextTrace) {
        return new ConnectorStatus(connector, next, nextTrace, workerId, generation, version);
    }
}
