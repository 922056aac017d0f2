/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A connector's offsets: the body of GET and PATCH /connectors/{name}/offsets. */
public record ConnectorOffsets(@JsonProperty("offsets") List<ConnectorOffset> offsets) {
}
