/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Map;

/**
 * Builds the runner of one task, so the worker need not know how source and sink tasks are wired to Kafka.
 * The worker hands it configs whose config-provider placeholders are already resolved.
 */
@FunctionalInterface
public interface TaskFactory {

    /**
     * Creates (but does not start) the runner; the worker then runs it on its own thread.
     *
     * @param connectorConfig the connector's resolved config
     * @param taskConfig the task's resolved config, including {@code task.class}
     * @throws RuntimeException when the task cannot be built; the worker reports it as FAILED
     */
    WorkerTask create(ConnectorTaskId id, Map<String, String> connectorConfig, Map<String, String> taskConfig,
                      TargetState initialState, TaskStatusListener listener);
}
