/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.metrics.SourceTaskMetrics;

/**
 * What a {@link SourceDelivery} tells the task's metrics: how each offset commit went and how large each committed
 * transaction was. One place, so that both deliveries measure a commit the same way.
 */
record DeliveryMetrics(ConnectorTaskMetrics task, SourceTaskMetrics source) {

    /** An offset commit begun at {@code startedMs} (wall clock) ended as {@code succeeded} says. */
    void offsetCommit(boolean succeeded, long startedMs) {
        task.offsetCommitted(succeeded, System.currentTimeMillis() - startedMs);
    }

    void transactionCommitted(int records) {
        source.transactionCommitted(records);
    }
}
