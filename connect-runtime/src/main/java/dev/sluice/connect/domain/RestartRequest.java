/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.domain;

/**
 * A request to restart a connector and, optionally, its tasks.
 *
 * @param connectorName the connector to restart
 * @param onlyFailed    restart only the instances that are FAILED
 * @param includeTasks  restart the connector's tasks too, not just the connector
 */
public record RestartRequest(String connectorName, boolean onlyFailed, boolean includeTasks) {

    /** Whether this is the plain restart (connector only, regardless of state) that REST answers with 204. */
    public boolean connectorOnly() {
        return !onlyFailed && !includeTasks;
    }

    /** Whether the connector instance itself should restart, given whether it has failed. */
    public boolean shouldRestartConnector(boolean connectorFailed) {
        return !onlyFailed || connectorFailed;
    }

    /** Whether a task should restart, given whether it has failed. */
    public boolean shouldRestartTask(boolean taskFailed) {
        return includeTasks && (!onlyFailed || taskFailed);
    }
}
