/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * Base of the built-in override policies: every requested client setting becomes one {@link ConfigValue}, which
 * gets an error when the policy does not allow that setting. Subclasses only say which settings they allow.
 */
public abstract class AbstractConnectorClientConfigOverridePolicy implements ConnectorClientConfigOverridePolicy {

    public AbstractConnectorClientConfigOverridePolicy() {
    }

    /** The built-in policies ship with the worker, so they carry the Kafka clients' version. */
    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void close() {
    }

    @Override
    public final List<ConfigValue> validate(ConnectorClientConfigRequest request) {
        Map<String, Object> props = request.clientProps();
        List<ConfigValue> values = new ArrayList<>(props.size());
        for (Map.Entry<String, Object> entry : props.entrySet()) {
            ConfigValue value = configValue(entry);
            validate(value);
            values.add(value);
        }
        return values;
    }

    /** The unchecked value for one requested setting. */
    protected ConfigValue configValue(Map.Entry<String, Object> entry) {
        return new ConfigValue(entry.getKey(), entry.getValue(), new ArrayList<>(), new ArrayList<>());
    }

    /** Adds this policy's error to a setting it does not allow. */
    protected void validate(ConfigValue value) {
        if (!isAllowed(value)) {
            value.addErrorMessage("The '" + policyName() + "' policy does not allow '" + value.name()
                    + "' to be overridden in the connector configuration.");
        }
    }

    /** The short name errors use, e.g. {@code None}. */
    protected abstract String policyName();

    protected abstract boolean isAllowed(ConfigValue value);
}
