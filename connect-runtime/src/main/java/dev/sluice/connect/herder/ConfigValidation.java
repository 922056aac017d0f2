/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The result of validating a connector config: every key the worker's connector definition and the connector's
 * own definition know, in declaration order, with its value and errors.
 *
 * @param connectorClass the connector class as named in the config
 * @param errorCount     the number of error messages over all keys
 * @param groups         the config groups, in order of first appearance
 * @param values         each key's definition (null for a key no definition declares) and validated value
 */
public record ConfigValidation(String connectorClass, int errorCount, List<String> groups,
                               List<ValidatedValue> values) {

    /** One key: its definition, or null when only the connector's validate() reported it, and its value. */
    public record ValidatedValue(ConfigDef.ConfigKey definition, ConfigValue value) {
    }

    /** Every error message, key by key, in order. */
    public List<String> errorMessages() {
        List<String> messages = new ArrayList<>();
        values.forEach(entry -> messages.addAll(entry.value().errorMessages()));
        return messages;
    }
}
