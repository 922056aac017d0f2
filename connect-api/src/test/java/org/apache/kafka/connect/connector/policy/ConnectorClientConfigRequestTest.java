/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.connector.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.health.ConnectorType;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;

class ConnectorClientConfigRequestTest {

    @Test
    void accessorsReturnConstructorArguments() {
        Map<String, Object> props = new HashMap<>(Map.of("acks", "all"));
        ConnectorClientConfigRequest request = new ConnectorClientConfigRequest("my-sink", ConnectorType.SINK,
                SinkConnector.class, props, ConnectorClientConfigRequest.ClientType.PRODUCER);

        assertEquals("my-sink", request.connectorName());
        assertEquals(ConnectorType.SINK, request.connectorType());
        assertEquals(SinkConnector.class, request.connectorClass());
        assertEquals(ConnectorClientConfigRequest.ClientType.PRODUCER, request.clientType());
        // The properties are exposed as given, not copied.
        assertSame(props, request.clientProps());
    }

    @Test
    void nullArgumentsAreAccepted() {
        ConnectorClientConfigRequest request = new ConnectorClientConfigRequest(null, null, null, null, null);
        assertNull(request.connectorName());
        assertNull(request.connectorType());
        assertNull(request.connectorClass());
        assertNull(request.clientProps());
        assertNull(request.clientType());
    }

    @Test
    void clientTypesAreDeclaredInApacheOrder() {
        assertArrayEquals(new ConnectorClientConfigRequest.ClientType[] {
            ConnectorClientConfigRequest.ClientType.PRODUCER,
            ConnectorClientConfigRequest.ClientType.CONSUMER,
            ConnectorClientConfigRequest.ClientType.ADMIN
        }, ConnectorClientConfigRequest.ClientType.values());
        assertEquals("ADMIN", ConnectorClientConfigRequest.ClientType.ADMIN.toString());
        assertEquals(ConnectorClientConfigRequest.ClientType.CONSUMER,
                ConnectorClientConfigRequest.ClientType.valueOf("CONSUMER"));
        assertThrows(IllegalArgumentException.class, () -> ConnectorClientConfigRequest.ClientType.valueOf("admin"));
    }

    @Test
    void clientTypeIsANestedClassOfTheRequest() {
        assertEquals(ConnectorClientConfigRequest.class,
                ConnectorClientConfigRequest.ClientType.class.getEnclosingClass());
        assertEquals("org.apache.kafka.connect.connector.policy.ConnectorClientConfigRequest$ClientType",
                ConnectorClientConfigRequest.ClientType.class.getName());
    }

    @Test
    void policyDefaultsToAnEmptyFreshConfigDefAndAnUndefinedVersion() {
        ConnectorClientConfigOverridePolicy policy = new ConnectorClientConfigOverridePolicy() {
            @Override
            public List<ConfigValue> validate(ConnectorClientConfigRequest request) {
                return List.of();
            }

            @Override
            public void close() {
            }

            @Override
            public void configure(Map<String, ?> configs) {
            }
        };
        assertEquals(0, policy.config().names().size());
        assertNotSame(policy.config(), policy.config());
        assertEquals("undefined", policy.version());
    }
}
