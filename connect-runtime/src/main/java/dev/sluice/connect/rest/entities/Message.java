/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A one-line confirmation, e.g. after altering offsets. */
public record Message(@JsonProperty("message") String message) {
}
