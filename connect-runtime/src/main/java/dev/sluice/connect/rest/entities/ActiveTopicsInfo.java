/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;

/**
 * The topics a connector has used. REST writes it keyed by the connector's name,
 * {@code {"name":{"topics":[...]}}}, so the name itself is not a JSON property.
 */
public record ActiveTopicsInfo(@JsonIgnore String connector, @JsonProperty("topics") Collection<String> topics) {
}
