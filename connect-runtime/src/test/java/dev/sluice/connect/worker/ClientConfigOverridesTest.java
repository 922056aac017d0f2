/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.ConnectorTaskId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.NoneConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.PrincipalConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.health.ConnectorType;
import org.junit.jupiter.api.Test;

class ClientConfigOverridesTest {

    private static final ConnectorTaskId TASK = new ConnectorTaskId("orders", 2);

    private static ClientConfigOverrides overrides(ConnectorClientConfigOverridePolicy policy, String... worker) {
        return new ClientConfigOverrides(WorkerFixtures.workerConfig(worker), policy);
    }

    @Test
    void producerGetsWorkerConnectionThenWorkerProducerSettingsThenConnectorOverrides() {
        ClientConfigOverrides overrides = overrides(new AllConnectorClientConfigOverridePolicy(),
                "producer.linger.ms", "5", "producer.batch.size", "100");

        Map<String, Object> props = overrides.producerConfigs(TASK, null, ConnectorType.SOURCE,
                Map.of("producer.override.batch.size", "200", "consumer.override.fetch.min.bytes", "1"));

        assertEquals("localhost:9092", props.get("bootstrap.servers"));
        assertEquals("5", props.get("linger.ms"));
        assertEquals("200", props.get("batch.size"));
        assertEquals("connector-producer-orders-2", props.get("client.id"));
        assertEquals("all", props.get("acks"));
        assertTrue(!props.containsKey("fetch.min.bytes"));
    }

    @Test
    void consumerUsesTheConnectorsGroupAndNeverAutoCommits() {
        Map<String, Object> props = overrides(new AllConnectorClientConfigOverridePolicy())
                .consumerConfigs(TASK, null, ConnectorType.SINK, Map.of("consumer.override.max.poll.records", "7"));

        assertEquals("connect-orders", props.get("group.id"));
        assertEquals("false", props.get("enable.auto.commit"));
        assertEquals("earliest", props.get("auto.offset.reset"));
        assertEquals("connector-consumer-orders-2", props.get("client.id"));
        assertEquals("7", props.get("max.poll.records"));
    }

    @Test
    void adminGetsItsOwnWorkerAndConnectorSettings() {
        Map<String, Object> props = overrides(new AllConnectorClientConfigOverridePolicy(),
                "admin.request.timeout.ms", "1000")
                .adminConfigs(TASK, null, ConnectorType.SOURCE, Map.of("admin.override.retries", "3"));

        assertEquals("1000", props.get("request.timeout.ms"));
        assertEquals("3", props.get("retries"));
        assertEquals("connector-adminclient-orders-2", props.get("client.id"));
    }

    @Test
    void disallowedOverridesAreNamedWithTheirConnectorKeyAndApachesMessage() {
        List<ConfigValue> values = overrides(new NoneConnectorClientConfigOverridePolicy())
                .validate("orders", null, ConnectorType.SOURCE,
                        Map.of("producer.override.acks", "1", "consumer.override.fetch.min.bytes", "1"));

        assertEquals(1, values.size(), "a source connector's consumer overrides are not its business");
        assertEquals("producer.override.acks", values.get(0).name());
        assertEquals(List.of("The 'None' policy does not allow 'acks' to be overridden in the connector"
                + " configuration."), values.get(0).errorMessages());
    }

    @Test
    void sinkConnectorsHaveTheirConsumerAndAdminOverridesChecked() {
        List<ConfigValue> values = overrides(new NoneConnectorClientConfigOverridePolicy())
                .validate("orders", null, ConnectorType.SINK, Map.of("consumer.override.a", "1",
                        "admin.override.b", "2", "producer.override.c", "3"));

        assertEquals(List.of("admin.override.b", "consumer.override.a"),
                values.stream().map(ConfigValue::name).sorted().toList());
    }

    @Test
    void clientConfigsWithDisallowedOverridesAreRefused() {
        ClientConfigOverrides overrides = overrides(new NoneConnectorClientConfigOverridePolicy());

        ConnectException error = assertThrows(ConnectException.class, () -> overrides.producerConfigs(TASK, null,
                ConnectorType.SOURCE, Map.of("producer.override.acks", "1")));

        assertTrue(error.getMessage().contains("The 'None' policy does not allow 'acks'"), error.getMessage());
    }

    @Test
    @SuppressWarnings("removal")
    void principalPolicyLetsAConnectorChooseItsCredentialsOnly() {
        ClientConfigOverrides overrides = overrides(new PrincipalConnectorClientConfigOverridePolicy());

        Map<String, Object> props = overrides.consumerConfigs(TASK, null, ConnectorType.SINK,
                Map.of("consumer.override.sasl.jaas.config", "jaas", "consumer.override.security.protocol",
                        "SASL_SSL"));

        assertEquals("jaas", props.get("sasl.jaas.config"));
        assertThrows(ConnectException.class, () -> overrides.consumerConfigs(TASK, null, ConnectorType.SINK,
                Map.of("consumer.override.max.poll.records", "1")));
    }

    @Test
    void noOverridesMeansNothingToValidate() {
        assertTrue(overrides(new NoneConnectorClientConfigOverridePolicy())
                .validate("orders", null, ConnectorType.SOURCE, Map.of("tasks.max", "1")).isEmpty());
    }

    @Test
    void workerCreatesThePolicyNamedByAliasInItsSettings() {
        ConnectorClientConfigOverridePolicy policy = Worker.overridePolicy(
                WorkerFixtures.workerConfig("connector.client.config.override.policy", "None"),
                WorkerFixtures.plugins());

        assertEquals(NoneConnectorClientConfigOverridePolicy.class, policy.getClass());
    }

    @Test
    void workerDefaultPolicyAllowsEveryOverride() {
        ConnectorClientConfigOverridePolicy policy = Worker.overridePolicy(WorkerFixtures.workerConfig(),
                WorkerFixtures.plugins());

        assertEquals(AllConnectorClientConfigOverridePolicy.class, policy.getClass());
    }
}
