/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.ConnectorTaskId;

/**
 * Told of every state change of a task, on the task's own thread; the herder turns these into the statuses REST
 * shows and the status store keeps. Implementations must be quick and must not throw.
 */
public interface TaskStatusListener {

    /** The task started and is RUNNING. */
    void onStartup(ConnectorTaskId id);

    /** The task is PAUSED: it was started paused, or paused while running. */
    void onPause(ConnectorTaskId id);

    /** The task left PAUSED and is RUNNING again. */
    void onResume(ConnectorTaskId id);

    /** The task FAILED; it stays failed until restarted. */
    void onFailure(ConnectorTaskId id, Throwable cause);

    /** The task stopped cleanly (never called after {@link #onFailure}). */
    void onShutdown(ConnectorTaskId id);
}
