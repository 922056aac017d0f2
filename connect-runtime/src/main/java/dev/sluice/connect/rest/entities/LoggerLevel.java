/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A logger's level and when REST last changed it (epoch millis, null if never).
 */
@JsonPropertyOrder({"level", "last_modified"})
public record LoggerLevel(@JsonProperty("level") String level, @JsonProperty("last_modified") Long lastModified) {
}
