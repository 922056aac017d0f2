/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Map;

/** The config a connector generated for one of its tasks, including {@code task.class}. */
public record TaskConfig(ConnectorTaskId id, Map<String, String> config) {
}
