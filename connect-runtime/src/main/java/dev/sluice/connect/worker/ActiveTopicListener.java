/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.ConnectorTaskId;

/**
 * Told of the topics a task uses, so the worker can keep each connector's active topic set
 * ({@code GET /connectors/<name>/topics}): a source task's topics as it writes to them, a sink task's as it reads
 * from them. Called on the task's thread, once per topic per batch, so that a topic comes back after a reset while
 * the task still uses it; must be quick and must not throw.
 */
@FunctionalInterface
public interface ActiveTopicListener {

    /** A listener for workers with {@code topic.tracking.enable=false}. */
    ActiveTopicListener NONE = (task, topic) -> { };

    void onTopicUsed(ConnectorTaskId task, String topic);
}
