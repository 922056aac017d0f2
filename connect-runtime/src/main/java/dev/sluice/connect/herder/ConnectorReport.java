/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.TaskStatus;
import java.util.List;
import org.apache.kafka.connect.health.ConnectorType;

/** The state of a connector and of each of its tasks that has reported one, tasks in order. */
public record ConnectorReport(String name, ConnectorStatus connector, List<TaskStatus> tasks, ConnectorType type) {
}
