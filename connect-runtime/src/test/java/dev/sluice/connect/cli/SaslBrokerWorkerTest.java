/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.ClusterSpec;
import dev.sluice.connect.testkit.KafkaCluster;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.SaslPlainUser;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A distributed worker that reaches Kafka only through a SASL_PLAINTEXT listener, configured as Apache's worker is:
 * {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config} for its own clients (group and
 * internal topics) and again under {@code producer.}, {@code consumer.} and {@code admin.} for its connectors'.
 * A source's records reach a sink through it.
 */
class SaslBrokerWorkerTest {

    private static final SaslPlainUser USER = new SaslPlainUser("connect", "connect-secret");
    private static KafkaCluster kafka;

    @BeforeAll
    static void startBroker() {
        kafka = KafkaCluster.start(ClusterSpec.singleBroker().withSaslPlainListener(USER));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void theListenerTurnsAwayAClientWithTheWrongPassword() {
        Map<String, Object> settings = saslClient();
        settings.putAll(new SaslPlainUser("connect", "wrong").clientProperties());
        try (Admin admin = Admin.create(settings)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    @Test
    void aWorkerLoggedInOverSaslRunsASourceAndASink() throws Exception {
        Map<String, String> settings = DistributedRestWorker.settings(new KafkaEndpoint(kafka.saslBootstrapServers()));
        USER.clientProperties().forEach((key, value) -> {
            settings.put(key, value);
            for (String client : List.of("producer.", "consumer.", "admin.")) {
                settings.put(client + key, value);
            }
        });
        String topic = DistributedRestWorker.uniqueName("sasl-ticks");

        try (DistributedRestWorker worker = DistributedRestWorker.start(settings);
             Admin admin = Admin.create(saslClient())) {
            assertCreated(worker.send("POST", "/connectors", "{\"name\":\"sasl-source\",\"config\":"
                    + DistributedRestWorker.tickingConfig(topic).replace("}", ",\"topic.creation.default"
                    + ".replication.factor\":\"1\",\"topic.creation.default.partitions\":\"1\"}") + "}"));
            assertCreated(worker.send("POST", "/connectors", "{\"name\":\"sasl-sink\",\"config\":{"
                    + "\"connector.class\":\"" + MisbehavingConnectors.MisbehavingSink.class.getName()
                    + "\",\"topics\":\"" + topic + "\"}}"));

            TopicPartition partition = new TopicPartition(topic, 0);
            DistributedRestWorker.await("the sink's consumer committed ticks the source produced", () -> {
                try {
                    OffsetAndMetadata committed = admin.listConsumerGroupOffsets("connect-sasl-sink")
                            .partitionsToOffsetAndMetadata().get().get(partition);
                    return committed != null && committed.offset() > 5;
                } catch (InterruptedException | ExecutionException e) {
                    return false;
                }
            });
            assertTrue(admin.listTopics().names().get().contains(topic), "the source's admin client created it");
        }
    }

    private static Map<String, Object> saslClient() {
        Map<String, Object> settings = new HashMap<>(USER.clientProperties());
        settings.put("bootstrap.servers", kafka.saslBootstrapServers());
        return settings;
    }

    private static void assertCreated(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
    }
}
