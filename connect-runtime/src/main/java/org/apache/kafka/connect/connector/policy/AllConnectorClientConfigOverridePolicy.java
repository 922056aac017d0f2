/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector.policy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lets connectors override any client setting; the worker's default policy ({@code All}). */
public class AllConnectorClientConfigOverridePolicy extends AbstractConnectorClientConfigOverridePolicy {

    private static final Logger log = LoggerFactory.getLogger(AllConnectorClientConfigOverridePolicy.class);

    public AllConnectorClientConfigOverridePolicy() {
    }

    @Override
    protected String policyName() {
        return "All";
    }

    @Override
    protected boolean isAllowed(ConfigValue value) {
        return true;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        log.info("Connectors may override any Kafka client setting (connector.client.config.override.policy=All)");
    }
}
