/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** One source partition (or sink topic-partition) and its offset, both as the connector's own maps. */
@JsonPropertyOrder({"partition", "offset"})
public record ConnectorOffset(@JsonProperty("partition") Map<String, Object> partition,
                              @JsonProperty("offset") Map<String, Object> offset) {
}
