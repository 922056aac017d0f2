/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

/** The state a user asked a connector to be in; the herder makes the worker follow it. */
public enum TargetState {
    RUNNING,
    PAUSED,
    /** Connector stopped and its tasks shut down with their configs emptied; offsets may then be changed. */
    STOPPED
}
