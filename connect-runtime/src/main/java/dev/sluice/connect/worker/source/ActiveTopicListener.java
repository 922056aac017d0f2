/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.domain.ConnectorTaskId;

/**
 * Told the first time a task writes to a topic, so the worker can keep each connector's active topic set
 * ({@code GET /connectors/<name>/topics}). Called on the task's thread, once per topic per running task; must be
 * quick and must not throw.
 */
@FunctionalInterface
public interface ActiveTopicListener {

    /** A listener for workers with {@code topic.tracking.enable=false}. */
    ActiveTopicListener NONE = (task, topic) -> { };

    void onTopicUsed(ConnectorTaskId task, String topic);
}
