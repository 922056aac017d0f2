/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** A connector's name, config, task ids and type: the body of GET /connectors/{name}. */
@JsonPropertyOrder({"name", "config", "tasks", "type"})
public record ConnectorInfo(@JsonProperty("name") String name,
                            @JsonProperty("config") Map<String, String> config,
                            @JsonProperty("tasks") List<ConnectorTaskId> tasks,
                            @JsonProperty("type") ConnectorType type) {
}
