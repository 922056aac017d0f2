/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

/**
 * Told of every state change of a connector (not its tasks); the herder turns these into the connector status REST
 * shows. Called on whichever thread caused the change; implementations must be quick and must not throw.
 */
public interface ConnectorStatusListener {

    /** The connector started and is RUNNING. */
    void onStartup(String connector);

    /** The connector is PAUSED: created paused, or paused while running. */
    void onPause(String connector);

    /** The connector left PAUSED or STOPPED and is RUNNING again. */
    void onResume(String connector);

    /** The connector is STOPPED: its tasks are gone but it keeps its config. */
    void onStop(String connector);

    /** The connector FAILED; it stays failed until restarted. */
    void onFailure(String connector, Throwable cause);

    /** The connector was shut down cleanly (never called after {@link #onFailure}). */
    void onShutdown(String connector);
}
