/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The validated value of one config key, with its errors and recommended values. */
@JsonPropertyOrder({"name", "value", "recommended_values", "errors", "visible"})
public record ConfigValueInfo(@JsonProperty("name") String name,
                              @JsonProperty("value") String value,
                              @JsonProperty("recommended_values") List<String> recommendedValues,
                              @JsonProperty("errors") List<String> errors,
                              @JsonProperty("visible") boolean visible) {
}
