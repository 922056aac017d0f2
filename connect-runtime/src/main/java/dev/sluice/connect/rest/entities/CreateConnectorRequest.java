/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** The body of POST /connectors; {@code initial_state} may ask for a PAUSED or STOPPED start. */
public record CreateConnectorRequest(@JsonProperty("name") String name,
                                     @JsonProperty("config") Map<String, String> config,
                                     @JsonProperty("initial_state") InitialState initialState) {
}
