/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

/** Where a herder is in its life: NEW → STARTING → RUNNING → STOPPING → STOPPED. */
enum HerderState {
    NEW,
    /** The herder thread runs and is reading its state or joining its cluster; REST reports "starting". */
    STARTING,
    RUNNING,
    /** Stop was asked for: requests are refused, connectors and tasks are being stopped. */
    STOPPING,
    STOPPED
}
