/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import dev.sluice.connect.domain.TargetState;

/** The {@code initial_state} a POST /connectors body may ask for. */
public enum InitialState {
    RUNNING(TargetState.STARTED),
    PAUSED(TargetState.PAUSED),
    STOPPED(TargetState.STOPPED);

    private final TargetState target;

    InitialState(TargetState target) {
        this.target = target;
    }

    /** The target state the connector is created in. */
    public TargetState target() {
        return target;
    }
}
