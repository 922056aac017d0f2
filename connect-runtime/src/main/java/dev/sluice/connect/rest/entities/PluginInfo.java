/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An installed plugin as GET /connector-plugins lists it.
 *
 * @param className the plugin's class name, written as {@code class}
 * @param type      the REST type name, e.g. {@code source} or {@code header_converter}
 * @param version   the plugin's version
 */
@JsonPropertyOrder({"class", "type", "version"})
public record PluginInfo(@JsonProperty("class") String className,
                         @JsonProperty("type") String type,
                         @JsonProperty("version") String version) {
}
