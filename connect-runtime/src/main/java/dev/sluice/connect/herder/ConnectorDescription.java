/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.health.ConnectorType;

/**
 * A connector as the herder knows it: its config as submitted, its committed tasks and its kind.
 *
 * @param type SOURCE or SINK; UNKNOWN when its plugin cannot be found
 */
public record ConnectorDescription(String name, Map<String, String> config, List<ConnectorTaskId> tasks,
                                   ConnectorType type) {
}
