/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.config.StandaloneConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class SourceClientSettingsTest {

    private static final ConnectorTaskId TASK = new ConnectorTaskId("orders", 2);

    private static WorkerConfig worker(String... extra) {
        Map<String, String> props = new HashMap<>(Map.of(
                "bootstrap.servers", "broker-a:9092,broker-b:9092",
                "key.converter", "org.apache.kafka.connect.storage.StringConverter",
                "value.converter", "org.apache.kafka.connect.storage.StringConverter",
                "offset.storage.file.filename", "offsets.txt"));
        for (int i = 0; i < extra.length; i += 2) {
            props.put(extra[i], extra[i + 1]);
        }
        return new StandaloneConfig(props);
    }

    private static SourceConnectorConfig connector(String... extra) {
        Map<String, String> props = new HashMap<>(Map.of("name", "orders", "connector.class", "FileStreamSink"));
        for (int i = 0; i < extra.length; i += 2) {
            props.put(extra[i], extra[i + 1]);
        }
        return new SourceConnectorConfig(RunnerHarness.plugins(), props, true);
    }

    @Test
    void producerIsIdempotentWithFiveRequestsInFlightAndIsNamedAfterTheTask() {
        Map<String, Object> settings = SourceClientSettings.producer(worker(), connector(), TASK);

        assertEquals("broker-a:9092,broker-b:9092", settings.get("bootstrap.servers"));
        assertEquals("connector-producer-orders-2", settings.get("client.id"));
        assertEquals("all", settings.get("acks"));
        assertEquals("5", settings.get("max.in.flight.requests.per.connection"));
        assertEquals(Integer.toString(Integer.MAX_VALUE), settings.get("delivery.timeout.ms"));
        assertEquals(Long.toString(Long.MAX_VALUE), settings.get("max.block.ms"));
        assertEquals("true", settings.get("enable.idempotence"));
        assertEquals("131072", settings.get("batch.size"));
        assertEquals(ByteArraySerializer.class.getName(), settings.get("key.serializer"));
        assertEquals(ByteArraySerializer.class.getName(), settings.get("value.serializer"));
    }

    @Test
    void workerProducerSettingsOverrideDefaultsAndConnectorOverridesWinOverBoth() {
        Map<String, Object> settings = SourceClientSettings.producer(
                worker("producer.acks", "1", "producer.linger.ms", "50", "producer.batch.size", "1000"),
                connector("producer.override.linger.ms", "7"), TASK);

        assertEquals("1", settings.get("acks"));
        assertEquals("7", settings.get("linger.ms"));
        assertEquals("1000", settings.get("batch.size"));
    }

    @Test
    void settingsThatRuleOutIdempotenceGetApachesSingleRequestInFlight() {
        for (String[] setting : new String[][] {{"producer.acks", "1"}, {"producer.retries", "0"},
                {"producer.enable.idempotence", "false"}}) {
            Map<String, Object> settings = SourceClientSettings.producer(worker(setting), connector(), TASK);
            assertEquals("1", settings.get("max.in.flight.requests.per.connection"), setting[0]);
            assertEquals("false", String.valueOf(settings.get("enable.idempotence")), setting[0]);
        }
        Map<String, Object> wide = SourceClientSettings.producer(worker(),
                connector("producer.override.max.in.flight.requests.per.connection", "8"), TASK);
        assertEquals("8", wide.get("max.in.flight.requests.per.connection"));
        assertEquals("false", wide.get("enable.idempotence"));
        Map<String, Object> chosen = SourceClientSettings.producer(
                worker("producer.max.in.flight.requests.per.connection", "2"), connector(), TASK);
        assertEquals("2", chosen.get("max.in.flight.requests.per.connection"));
        assertEquals("true", chosen.get("enable.idempotence"));
    }

    @Test
    void adminClientUsesTheWorkersAdminSettingsAndTheConnectorsAdminOverrides() {
        Map<String, Object> settings = SourceClientSettings.admin(
                worker("admin.request.timeout.ms", "1000", "admin.retries", "3"),
                connector("admin.override.retries", "9"), TASK);

        assertEquals("broker-a:9092,broker-b:9092", settings.get("bootstrap.servers"));
        assertEquals("connector-adminclient-orders-2", settings.get("client.id"));
        assertEquals("1000", settings.get("request.timeout.ms"));
        assertEquals("9", settings.get("retries"));
    }
}
