/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.GroupRebalanceConfig;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The group client reads the worker keys Apache's distributed worker reads, with the same defaults. */
class WorkerGroupConfigTest {

    @Test
    void defaultsAreThoseOfApachesDistributedWorker() {
        WorkerGroupConfig config = new WorkerGroupConfig(minimal());
        GroupRebalanceConfig rebalance = config.rebalanceConfig();
        assertEquals(10_000, rebalance.sessionTimeoutMs);
        assertEquals(3_000, rebalance.heartbeatIntervalMs);
        assertEquals(60_000, rebalance.rebalanceTimeoutMs);
        assertEquals(100L, rebalance.retryBackoffMs);
        assertEquals(1_000L, rebalance.retryBackoffMaxMs);
        assertEquals(40_000, config.getInt("request.timeout.ms"));
        assertEquals(ConnectProtocol.SESSIONED, config.protocol());
        assertEquals("connect-cluster", config.groupId());
    }

    @Test
    void withoutAClientIdEachMemberMakesUpItsOwn() {
        String first = new WorkerGroupConfig(minimal()).clientId();
        String second = new WorkerGroupConfig(minimal()).clientId();
        assertTrue(first.startsWith("connect-"), first);
        assertNotEquals(first, second);

        Map<String, Object> named = minimal();
        named.put("client.id", "worker-a");
        assertEquals("worker-a", new WorkerGroupConfig(named).clientId());
    }

    @Test
    void connectProtocolIsValidatedIgnoringCase() {
        Map<String, Object> settings = minimal();
        settings.put("connect.protocol", "EAGER");
        assertEquals(ConnectProtocol.EAGER, new WorkerGroupConfig(settings).protocol());
        settings.put("connect.protocol", "cooperative");
        assertThrows(ConfigException.class, () -> new WorkerGroupConfig(settings));
    }

    @Test
    void clientSecuritySettingsAndUnrelatedWorkerKeysAreAccepted() {
        Map<String, Object> settings = minimal();
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", "PLAIN");
        settings.put("ssl.truststore.type", "PKCS12");
        settings.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        WorkerGroupConfig config = new WorkerGroupConfig(settings);
        assertEquals("SASL_SSL", config.getString("security.protocol"));
        assertEquals("PLAIN", config.getString("sasl.mechanism"));
    }

    @Test
    void groupIdIsRequired() {
        Map<String, Object> settings = minimal();
        settings.remove("group.id");
        assertThrows(ConfigException.class, () -> new WorkerGroupConfig(settings));
    }

    private static Map<String, Object> minimal() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("bootstrap.servers", "localhost:9092");
        settings.put("group.id", "connect-cluster");
        return settings;
    }
}
