/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigRequest.ClientType;
import org.apache.kafka.connect.health.ConnectorType;
import org.junit.jupiter.api.Test;

class ConnectorClientConfigOverridePoliciesTest {

    private static List<ConfigValue> validate(ConnectorClientConfigOverridePolicy policy, Map<String, Object> props) {
        return policy.validate(new ConnectorClientConfigRequest("conn", ConnectorType.SOURCE, null, props,
                ClientType.PRODUCER));
    }

    private static Map<String, Object> requested() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("acks", "all");
        props.put("sasl.jaas.config", "jaas");
        props.put("sasl.mechanism", "PLAIN");
        props.put("security.protocol", "SASL_SSL");
        return props;
    }

    private static Map<String, List<String>> errorsByName(List<ConfigValue> values) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        values.forEach(value -> errors.put(value.name(), value.errorMessages()));
        return errors;
    }

    @Test
    void allPolicyAcceptsEverySettingAndKeepsItsValue() {
        List<ConfigValue> values = validate(new AllConnectorClientConfigOverridePolicy(), requested());

        assertEquals(List.of("acks", "sasl.jaas.config", "sasl.mechanism", "security.protocol"),
                values.stream().map(ConfigValue::name).toList());
        assertEquals("all", values.get(0).value());
        assertTrue(values.stream().allMatch(value -> value.errorMessages().isEmpty()));
    }

    @Test
    void nonePolicyRejectsEverySettingWithApachesMessage() {
        List<ConfigValue> values = validate(new NoneConnectorClientConfigOverridePolicy(), requested());

        assertEquals(List.of("The 'None' policy does not allow 'acks' to be overridden in the connector"
                + " configuration."), values.get(0).errorMessages());
        assertTrue(values.stream().allMatch(value -> value.errorMessages().size() == 1));
    }

    @Test
    @SuppressWarnings("removal")
    void principalPolicyAllowsOnlyTheAuthenticationSettings() {
        List<ConfigValue> values = validate(new PrincipalConnectorClientConfigOverridePolicy(), requested());

        assertEquals(Map.of(
                "acks", List.of("The 'Principal' policy does not allow 'acks' to be overridden in the connector"
                        + " configuration."),
                "sasl.jaas.config", List.of(),
                "sasl.mechanism", List.of(),
                "security.protocol", List.of()), errorsByName(values));
    }

    @Test
    void noRequestedSettingsGiveNoValues() {
        assertTrue(validate(new NoneConnectorClientConfigOverridePolicy(), Map.of()).isEmpty());
    }

    @Test
    void nullValuesAreValidatedLikeAnyOther() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("linger.ms", null);

        ConfigValue value = validate(new NoneConnectorClientConfigOverridePolicy(), props).get(0);

        assertEquals(null, value.value());
        assertEquals(1, value.errorMessages().size());
    }

    @Test
    void policiesCarryTheClientsVersionAndNoSettingsOfTheirOwn() {
        ConnectorClientConfigOverridePolicy policy = new AllConnectorClientConfigOverridePolicy();

        assertEquals(AppInfoParser.getVersion(), policy.version());
        assertTrue(policy.config().names().isEmpty());
    }

    @Test
    void policiesAreFoundByTheirShortAliases() {
        try (Plugins plugins = Plugins.discover(List.of(), PluginDiscoveryMode.SERVICE_LOAD, true)) {
            PluginType type = PluginType.CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY;
            assertEquals(AllConnectorClientConfigOverridePolicy.class, plugins.pluginClass("All", type, null));
            assertEquals(NoneConnectorClientConfigOverridePolicy.class, plugins.pluginClass("None", type, null));
            assertEquals("org.apache.kafka.connect.connector.policy.PrincipalConnectorClientConfigOverridePolicy",
                    plugins.pluginClass("Principal", type, null).getName());
        }
    }
}
