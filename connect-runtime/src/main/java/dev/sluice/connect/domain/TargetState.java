/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.domain;

/**
 * What the user asked a connector and its tasks to be doing ({@code PUT /pause}, {@code /resume}, {@code /stop}).
 * The state a task actually reports (RUNNING, PAUSED, FAILED, …) follows from it and from what happened.
 */
public enum TargetState {
    STARTED,
    PAUSED,
    STOPPED
}
