/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.domain;

/**
 * The state a connector or task reports: what REST shows under {@code "state"} and what the status topic keeps.
 * The names are the wire values, so {@link #name()} is what gets written and read.
 */
public enum State {
    /** Known but not running on any worker yet (or any more). */
    UNASSIGNED,
    RUNNING,
    PAUSED,
    /** The connector was stopped on request: no tasks, config kept, offsets editable. */
    STOPPED,
    /** Failed and stays failed until restarted; the status carries the trace. */
    FAILED,
    /** Shown only in the answer to a restart request, for the instances about to restart. */
    RESTARTING,
    /** Deleted; written to the status topic by the worker that ran it, then tombstoned. */
    DESTROYED
}
