/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.config.StandaloneConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

class SinkClientConfigsTest {

    private static StandaloneConfig worker(Map<String, String> extra) {
        Map<String, String> props = new HashMap<>(Map.of(
                "bootstrap.servers", "broker:9092",
                "key.converter", "org.apache.kafka.connect.storage.StringConverter",
                "value.converter", "org.apache.kafka.connect.storage.StringConverter",
                "offset.storage.file.filename", "/dev/null"));
        props.putAll(extra);
        return new StandaloneConfig(props);
    }

    @Test
    void theConsumerJoinsTheConnectorsGroupReadsFromTheStartAndNeverAutoCommits() {
        Map<String, Object> props = SinkClientConfigs.consumer(new ConnectorTaskId("orders", 2), worker(Map.of()),
                Map.of());

        assertEquals("broker:9092", props.get("bootstrap.servers"));
        assertEquals("connect-orders", props.get("group.id"));
        assertEquals("connector-consumer-orders-2", props.get("client.id"));
        assertEquals("false", props.get("enable.auto.commit"));
        assertEquals("earliest", props.get("auto.offset.reset"));
        assertEquals(ByteArrayDeserializer.class.getName(), props.get("value.deserializer"));
    }

    @Test
    void connectorOverridesWinOverWorkerConsumerSettingsWhichWinOverDefaults() {
        Map<String, Object> props = SinkClientConfigs.consumer(new ConnectorTaskId("orders", 0),
                worker(Map.of("consumer.auto.offset.reset", "latest", "consumer.max.poll.records", "10")),
                Map.of("consumer.override.max.poll.records", "5", "producer.override.acks", "1"));

        assertEquals("latest", props.get("auto.offset.reset"));
        assertEquals("5", props.get("max.poll.records"));
        assertEquals(null, props.get("acks"));
    }

    @Test
    void deadLetterQueueClientsUseTheProducerAndAdminSettings() {
        ConnectorTaskId id = new ConnectorTaskId("orders", 1);
        StandaloneConfig worker = worker(Map.of("producer.linger.ms", "7", "admin.retries", "3"));

        Map<String, Object> producer = SinkClientConfigs.deadLetterQueueProducer(id, worker,
                Map.of("producer.override.linger.ms", "9"));
        Map<String, Object> admin = SinkClientConfigs.deadLetterQueueAdmin(id, worker, Map.of());

        assertEquals("9", producer.get("linger.ms"));
        assertEquals("connector-dlq-producer-orders-1", producer.get("client.id"));
        assertEquals("3", admin.get("retries"));
        assertEquals("connector-dlq-adminclient-orders-1", admin.get("client.id"));
    }
}
