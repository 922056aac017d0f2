/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector.policy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forbids every client override: connectors always use the worker's client settings ({@code None}). */
public class NoneConnectorClientConfigOverridePolicy extends AbstractConnectorClientConfigOverridePolicy {

    private static final Logger log = LoggerFactory.getLogger(NoneConnectorClientConfigOverridePolicy.class);

    public NoneConnectorClientConfigOverridePolicy() {
    }

    @Override
    protected String policyName() {
        return "None";
    }

    @Override
    protected boolean isAllowed(ConfigValue value) {
        return false;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        log.info("Connectors may not override any Kafka client setting"
                + " (connector.client.config.override.policy=None)");
    }
}
