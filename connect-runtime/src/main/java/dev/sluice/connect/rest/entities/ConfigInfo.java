/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One key of a validation answer: its definition and its validated value. */
@JsonPropertyOrder({"definition", "value"})
public record ConfigInfo(@JsonProperty("definition") ConfigKeyInfo definition,
                         @JsonProperty("value") ConfigValueInfo value) {
}
