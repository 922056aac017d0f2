/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * The request cannot be served right now because the cluster is rebalancing or this worker's view of the config is
 * stale; REST answers 409 and the client may retry.
 */
public class RebalanceNeededException extends ConnectException {

    public static final String STALE_CONFIG = "Cannot complete request momentarily due to stale configuration"
            + " (typically caused by a concurrent config change)";
    public static final String NO_LEADER = "Cannot complete request momentarily due to no known leader URL, likely"
            + " because a rebalance was underway.";

    public RebalanceNeededException(String message) {
        super(message);
    }
}
