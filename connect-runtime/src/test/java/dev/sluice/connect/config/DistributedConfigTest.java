/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** A distributed worker reads Apache's keys with Apache 4.3.1's defaults (listed by running its DistributedConfig). */
class DistributedConfigTest {

    private static Map<String, String> minimal() {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", "localhost:9092");
        props.put("group.id", "connect-cluster");
        props.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        props.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        props.put("config.storage.topic", "connect-configs");
        props.put("offset.storage.topic", "connect-offsets");
        props.put("status.storage.topic", "connect-status");
        return props;
    }

    @Test
    void defaultsAreApachesDefaults() {
        DistributedConfig config = new DistributedConfig(minimal());
        Map<String, Object> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("session.timeout.ms", 10_000), Map.entry("heartbeat.interval.ms", 3_000),
                Map.entry("rebalance.timeout.ms", 60_000), Map.entry("worker.sync.timeout.ms", 3_000),
                Map.entry("worker.unsync.backoff.ms", 300_000), Map.entry("config.storage.replication.factor", (short) 3),
                Map.entry("offset.storage.partitions", 25), Map.entry("offset.storage.replication.factor", (short) 3),
                Map.entry("status.storage.partitions", 5), Map.entry("status.storage.replication.factor", (short) 3),
                Map.entry("connect.protocol", "sessioned"), Map.entry("scheduled.rebalance.max.delay.ms", 300_000),
                Map.entry("inter.worker.key.generation.algorithm", "HmacSHA256"),
                Map.entry("inter.worker.key.ttl.ms", 3_600_000),
                Map.entry("inter.worker.signature.algorithm", "HmacSHA256"),
                Map.entry("inter.worker.verification.algorithms", List.of("HmacSHA256")),
                Map.entry("exactly.once.source.support", "disabled"), Map.entry("request.timeout.ms", 40_000),
                Map.entry("metadata.max.age.ms", 300_000L), Map.entry("retry.backoff.ms", 100L)));
        Map<String, Object> actual = new TreeMap<>();
        expected.keySet().forEach(key -> actual.put(key, config.values().get(key)));
        assertEquals(expected, actual);
        assertEquals(null, config.values().get("inter.worker.key.size"));
    }

    @Test
    void theSampleConfigParsesWithoutUnknownKeys() throws Exception {
        Properties props = new Properties();
        try (FileInputStream in = new FileInputStream(Path.of("..", "config", "connect-distributed.properties")
                .toFile())) {
            props.load(in);
        }
        Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(key -> map.put(key, props.getProperty(key)));
        DistributedConfig config = new DistributedConfig(map);
        assertEquals("connect-cluster", config.groupId());
        assertEquals("connect-configs", config.configTopic());
        assertTrue(config.unknownKeys().stream().allMatch(key -> key.contains("converter.")),
                config.unknownKeys().toString());
    }

    @Test
    void aMissingGroupIdIsNamed() {
        Map<String, String> props = minimal();
        props.remove("group.id");
        ConfigException e = assertThrows(ConfigException.class, () -> new DistributedConfig(props));
        assertTrue(e.getMessage().contains("group.id"), e.getMessage());
    }

    @Test
    void replicationFactorMinusOneMeansBrokerDefaultButZeroIsRefused() {
        Map<String, String> props = minimal();
        props.put("config.storage.replication.factor", "-1");
        assertEquals((short) -1, new DistributedConfig(props).values().get("config.storage.replication.factor"));
        props.put("config.storage.replication.factor", "0");
        ConfigException e = assertThrows(ConfigException.class, () -> new DistributedConfig(props));
        assertTrue(e.getMessage().contains("config.storage.replication.factor"), e.getMessage());
    }

    @Test
    void verificationAlgorithmsMustIncludeTheSignatureAlgorithm() {
        Map<String, String> props = minimal();
        props.put("inter.worker.verification.algorithms", "HmacSHA512");
        ConfigException e = assertThrows(ConfigException.class, () -> new DistributedConfig(props));
        assertTrue(e.getMessage().contains("inter.worker.verification.algorithms"), e.getMessage());
    }

    @Test
    void anUnknownConnectProtocolIsRefused() {
        Map<String, String> props = minimal();
        props.put("connect.protocol", "chaotic");
        ConfigException e = assertThrows(ConfigException.class, () -> new DistributedConfig(props));
        assertTrue(e.getMessage().contains("connect.protocol"), e.getMessage());
    }
}
