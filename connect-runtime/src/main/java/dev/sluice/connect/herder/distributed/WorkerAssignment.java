/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.List;

/**
 * What the group leader hands one worker at the end of a rebalance (the Connect protocol's assignment): the
 * connectors and tasks it should run and, under incremental cooperative rebalancing, those it must give up first.
 *
 * @param error              {@link #NO_ERROR}, or {@link #CONFIG_MISMATCH} when the leader could not read the
 *                           config topic to the offset the group needs
 * @param leader             the leader's member id
 * @param leaderUrl          the leader's advertised REST URL, where followers forward writes
 * @param configOffset       the config topic offset the assignment was computed at
 * @param connectors         connectors to run, in addition to those already running (or all of them, eager)
 * @param tasks              tasks to run, likewise
 * @param revokedConnectors  connectors to stop before the next rebalance (always empty in the eager protocol)
 * @param revokedTasks       tasks to stop, likewise
 * @param delay              milliseconds until the leader rebalances again to hand out a departed worker's work
 *                           (scheduled.rebalance.max.delay.ms); 0 when none is pending
 */
public record WorkerAssignment(short error, String leader, String leaderUrl, long configOffset,
                               List<String> connectors, List<ConnectorTaskId> tasks,
                               List<String> revokedConnectors, List<ConnectorTaskId> revokedTasks, int delay) {

    public static final short NO_ERROR = 0;
    public static final short CONFIG_MISMATCH = 1;

    public WorkerAssignment {
        connectors = List.copyOf(connectors);
        tasks = List.copyOf(tasks);
        revokedConnectors = List.copyOf(revokedConnectors);
        revokedTasks = List.copyOf(revokedTasks);
    }

    /** Whether the leader could not compute an assignment because its config snapshot was behind. */
    public boolean failed() {
        return error != NO_ERROR;
    }
}
