/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.health;

/** The state of a connector, the worker running it and any error trace. */
public class ConnectorState extends AbstractState {

    /**
     * @param state        the status; must not be null or blank
     * @param workerId     the worker running the connector; must not be null or blank
     * @param traceMessage the error trace, if any; may be null or empty
     */
    public ConnectorState(String state, String workerId, String traceMessage) {
        super(state, workerId, traceMessage);
    }

    @Override
    public String toString() {
        return "ConnectorState{"
                + "state='" + state() + '\''
                + ", traceMessage='" + traceMessage() + '\''
                + ", workerId='" + workerId() + '\''
                + '}';
    }
}
