/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithSharedKafka
class InternalTopicsTest {

    private KafkaTestClients kafka;
    private Admin admin;
    private InternalTopics topics;

    @BeforeEach
    void connect(KafkaTestClients kafka) {
        this.kafka = kafka;
        this.admin = Admin.create(kafka.adminConfig());
        this.topics = new InternalTopics(admin, Duration.ofSeconds(30));
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> worker(String... settings) {
        Map<String, String> props = new HashMap<>(Map.of("bootstrap.servers", "ignored:9092",
                "config.storage.replication.factor", "1", "offset.storage.replication.factor", "1",
                "status.storage.replication.factor", "1"));
        for (int i = 0; i < settings.length; i += 2) {
            props.put(settings[i], settings[i + 1]);
        }
        return props;
    }

    private TopicDescription describe(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    }

    private String setting(String topic, String name) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return config.get(name).value();
    }

    @Test
    void createsTheThreeTopicsCompactedWithApachesDefaultPartitions() throws Exception {
        String configs = unique("configs-");
        String offsets = unique("offsets-");
        String status = unique("status-");
        Map<String, String> props = worker("config.storage.topic", configs, "offset.storage.topic", offsets,
                "status.storage.topic", status);

        topics.ensure(InternalTopicSpec.configTopic(props));
        topics.ensure(InternalTopicSpec.offsetsTopic(props));
        topics.ensure(InternalTopicSpec.statusTopic(props));

        assertEquals(1, describe(configs).partitions().size());
        assertEquals(25, describe(offsets).partitions().size());
        assertEquals(5, describe(status).partitions().size());
        for (String topic : List.of(configs, offsets, status)) {
            assertEquals("compact", setting(topic, "cleanup.policy"), topic);
        }
    }

    @Test
    void prefixedSettingsBecomeTopicSettingsExceptNameReplicationAndPartitions() throws Exception {
        String offsets = unique("offsets-");
        Map<String, String> props = worker("offset.storage.topic", offsets, "offset.storage.partitions", "3",
                "offset.storage.min.compaction.lag.ms", "60000", "offset.storage.segment.bytes", "1048576");

        InternalTopicSpec spec = InternalTopicSpec.offsetsTopic(props);
        assertEquals(Map.of("min.compaction.lag.ms", "60000", "segment.bytes", "1048576", "cleanup.policy",
                "compact"), spec.configs());
        topics.ensure(spec);

        assertEquals(3, describe(offsets).partitions().size());
        assertEquals("60000", setting(offsets, "min.compaction.lag.ms"));
        assertEquals("1048576", setting(offsets, "segment.bytes"));
    }

    @Test
    void minusOneMeansTheBrokersDefault() throws Exception {
        String status = unique("status-");
        InternalTopicSpec spec = InternalTopicSpec.statusTopic(worker("status.storage.topic", status,
                "status.storage.replication.factor", "-1", "status.storage.partitions", "-1"));
        topics.ensure(spec);
        // The shared broker's num.partitions default is 1 and it has a single replica.
        assertEquals(1, describe(status).partitions().get(0).replicas().size());
    }

    @Test
    void refusesAConfigTopicWithTwoPartitionsNamingTopicAndSetting() {
        String configs = unique("configs-");
        kafka.createTopic(configs, 2, 1, Map.of("cleanup.policy", "compact"));

        ConfigException e = assertThrows(ConfigException.class,
                () -> topics.ensure(InternalTopicSpec.configTopic(worker("config.storage.topic", configs))));
        assertTrue(e.getMessage().contains("'" + configs + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("'config.storage.topic'"), e.getMessage());
        assertTrue(e.getMessage().contains("it has 2"), e.getMessage());
    }

    @Test
    void refusesAnExistingTopicThatDeletesRecords() {
        String status = unique("status-");
        kafka.createTopic(status, 5, 1, Map.of("cleanup.policy", "compact,delete"));

        ConfigException e = assertThrows(ConfigException.class,
                () -> topics.ensure(InternalTopicSpec.statusTopic(worker("status.storage.topic", status))));
        assertTrue(e.getMessage().contains("'" + status + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("'status.storage.topic'"), e.getMessage());
        assertTrue(e.getMessage().contains("cleanup.policy=compact,delete"), e.getMessage());
    }

    @Test
    void acceptsAnExistingCompactedTopicWhateverItsPartitionCount() throws Exception {
        String offsets = unique("offsets-");
        kafka.createTopic(offsets, 2, 1, Map.of("cleanup.policy", "compact"));
        InternalTopicSpec spec = InternalTopicSpec.offsetsTopic(worker("offset.storage.topic", offsets));

        assertDoesNotThrow(() -> topics.ensure(spec));
        assertDoesNotThrow(() -> topics.ensure(spec), "ensuring twice is fine");
        assertEquals(2, describe(offsets).partitions().size(), "an existing topic is used as it is");
    }

    @Test
    void aReplicationFactorAboveTheBrokerCountFailsNamingTheSetting() {
        String configs = unique("configs-");
        Map<String, String> props = worker("config.storage.topic", configs);
        props.remove("config.storage.replication.factor");

        ConnectException e = assertThrows(ConnectException.class,
                () -> topics.ensure(InternalTopicSpec.configTopic(props)));
        assertTrue(e.getMessage().contains("config.storage.replication.factor"), e.getMessage());
    }

    @Test
    void settingsThatCannotWorkAreRejectedBeforeTouchingKafka() {
        assertThrows(ConfigException.class, () -> InternalTopicSpec.configTopic(worker()),
                "config.storage.topic is required");
        assertThrows(ConfigException.class, () -> InternalTopicSpec.statusTopic(worker("status.storage.topic", "s",
                "status.storage.cleanup.policy", "delete")));
        assertThrows(ConfigException.class, () -> InternalTopicSpec.offsetsTopic(worker("offset.storage.topic", "o",
                "offset.storage.partitions", "0")));
        assertEquals(1, InternalTopicSpec.configTopic(worker("config.storage.topic", "c",
                "config.storage.partitions", "4")).partitions(), "the config topic always has one partition");
    }

    @Test
    void aConnectorsOwnOffsetsTopicIsSetUpLikeTheWorkers() {
        InternalTopicSpec spec = InternalTopicSpec.connectorOffsetsTopic(
                worker("offset.storage.topic", "global", "offset.storage.partitions", "7"), "orders-offsets");
        assertEquals("orders-offsets", spec.name());
        assertEquals(7, spec.partitions());
        assertEquals("offsets.storage.topic", spec.topicSetting());
    }
}
