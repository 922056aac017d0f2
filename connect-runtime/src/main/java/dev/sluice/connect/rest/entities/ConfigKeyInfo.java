/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;

/** The definition of one config key as REST shows it; defaults are written in their string form. */
@JsonPropertyOrder({"name", "type", "required", "default_value", "importance", "documentation", "group",
    "order_in_group", "width", "display_name", "dependents"})
public record ConfigKeyInfo(@JsonProperty("name") String name,
                            @JsonProperty("type") String type,
                            @JsonProperty("required") boolean required,
                            @JsonProperty("default_value") String defaultValue,
                            @JsonProperty("importance") String importance,
                            @JsonProperty("documentation") String documentation,
                            @JsonProperty("group") String group,
                            @JsonProperty("order_in_group") int orderInGroup,
                            @JsonProperty("width") String width,
                            @JsonProperty("display_name") String displayName,
                            @JsonProperty("dependents") List<String> dependents) {

    /** Describes a kafka-clients ConfigDef key; a key without a default is required. */
    public static ConfigKeyInfo of(ConfigDef.ConfigKey key) {
        boolean required = !key.hasDefault();
        String defaultValue = required ? null : ConfigDef.convertToString(key.defaultValue, key.type);
        return new ConfigKeyInfo(key.name, key.type.name(), required, defaultValue,
                key.importance == null ? null : key.importance.name(), key.documentation, key.group,
                key.orderInGroup, key.width == null ? null : key.width.name(), key.displayName,
                key.dependents == null ? List.of() : List.copyOf(key.dependents));
    }
}
