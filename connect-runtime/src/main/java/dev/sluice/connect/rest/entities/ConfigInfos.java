/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** The answer to config validation: the connector's name, how many errors, the groups and each key. */
@JsonPropertyOrder({"name", "error_count", "groups", "configs"})
public record ConfigInfos(@JsonProperty("name") String name,
                          @JsonProperty("error_count") int errorCount,
                          @JsonProperty("groups") List<String> groups,
                          @JsonProperty("configs") List<ConfigInfo> configs) {

    /** The keys that have at least one error, in order. */
    public List<ConfigValueInfo> invalidValues() {
        List<ConfigValueInfo> invalid = new ArrayList<>();
        for (ConfigInfo config : configs) {
            if (config.value() != null && !config.value().errors().isEmpty()) {
                invalid.add(config.value());
            }
        }
        return invalid;
    }
}
