/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector.policy;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.SaslConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets connectors choose only who they authenticate as: {@code sasl.jaas.config}, {@code sasl.mechanism} and
 * {@code security.protocol} ({@code Principal}).
 *
 * @deprecated kept for existing worker configs; Apache marks it for removal in favour of the allowlist policy
 */
@Deprecated(forRemoval = true)
public class PrincipalConnectorClientConfigOverridePolicy extends AbstractConnectorClientConfigOverridePolicy {

    private static final Logger log = LoggerFactory.getLogger(PrincipalConnectorClientConfigOverridePolicy.class);

    private static final Set<String> ALLOWED = Set.of(SaslConfigs.SASL_JAAS_CONFIG, SaslConfigs.SASL_MECHANISM,
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG);

    public PrincipalConnectorClientConfigOverridePolicy() {
    }

    @Override
    protected String policyName() {
        return "Principal";
    }

    @Override
    protected boolean isAllowed(ConfigValue value) {
        return ALLOWED.contains(value.name());
    }

    @Override
    public void configure(Map<String, ?> configs) {
        log.warn("The 'Principal' connector client config override policy is deprecated and will be removed;"
                + " connectors may override only {}", ALLOWED);
    }
}
