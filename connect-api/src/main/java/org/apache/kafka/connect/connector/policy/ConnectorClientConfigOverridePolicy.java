/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector.policy;

import java.util.List;

import org.apache.kafka.common.Configurable;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.components.ConnectPlugin;

/**
 * Decides whether a connector may override given Kafka client properties. The worker consults it before creating
 * per-connector clients and when validating connector configurations; an error on any returned value blocks the
 * connector. Implementations are discovered through {@link java.util.ServiceLoader}.
 */
public interface ConnectorClientConfigOverridePolicy extends Configurable, AutoCloseable, ConnectPlugin {

    /** Returns one value per requested client property, carrying an error message for each one the policy rejects. */
    List<ConfigValue> validate(ConnectorClientConfigRequest connectorClientConfigRequest);

    /** Policies take no settings unless they say otherwise. */
    @Override
    default ConfigDef config() {
        return new ConfigDef();
    }

    /** Placeholder version reported when a policy does not declare its own. */
    @Override
    default String version() {
        return "undefined";
    }
}
