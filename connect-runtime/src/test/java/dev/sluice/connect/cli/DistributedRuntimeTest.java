/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.State;
import dev.sluice.connect.herder.ConnectorReport;
import dev.sluice.connect.herder.InternalRequests;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A distributed worker keeps its connectors in the config topic and finds them there again after a restart. */
@WithSharedKafka
class DistributedRuntimeTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private KafkaTestClients kafka;
    private Map<String, String> props;
    private String id;
    private DistributedRuntime runtime;

    @BeforeEach
    void settings(KafkaTestClients kafka) {
        this.kafka = kafka;
        id = UUID.randomUUID().toString().substring(0, 8);
        props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("group.id", "cluster-" + id);
        props.put("config.storage.topic", "configs-" + id);
        props.put("offset.storage.topic", "offsets-" + id);
        props.put("status.storage.topic", "status-" + id);
        props.put("config.storage.replication.factor", "1");
        props.put("offset.storage.replication.factor", "1");
        props.put("status.storage.replication.factor", "1");
        props.put("offset.storage.partitions", "3");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("offset.flush.interval.ms", "200");
        props.put("listeners", "http://127.0.0.1:0");
        props.put("plugin.discovery", "hybrid_warn");
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private Map<String, String> ticking(String name) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", TickingConnectors.TickingSourceConnector.class.getName());
        config.put("topic", "ticks-" + id);
        config.put("tasks.max", "1");
        config.put("name", name);
        return config;
    }

    private boolean running(String name) {
        try {
            ConnectorReport report = runtime.herder().connectorStatus(name).get(5, TimeUnit.SECONDS);
            return report.connector().state() == State.RUNNING && report.tasks().size() == 1
                    && report.tasks().get(0).state() == State.RUNNING;
        } catch (Exception e) {
            return false;
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    @Test
    void connectorsLiveInTheConfigTopicAndSurviveARestart() throws Exception {
        runtime = DistributedRuntime.start(props, config -> InternalRequests.NONE);
        await("the worker leads its group", () -> runtime.herder().ready());
        runtime.herder().putConnectorConfig("tick", ticking("tick"), false).get(30, TimeUnit.SECONDS);
        await("the connector and its task run", () -> running("tick"));

        List<String> keys = kafka.consume("configs-" + id, 4, Duration.ofSeconds(30)).stream()
                .map(ConsumerRecord::key).toList();
        assertTrue(keys.containsAll(List.of("session-key", "connector-tick", "task-tick-0", "commit-tick")),
                keys.toString());
        String status = runtime.herder().connectorStatus("tick").get().connector().workerId();
        assertEquals(runtime.rest().advertisedUrl().getHost() + ":" + runtime.rest().advertisedUrl().getPort(),
                status);

        runtime.close();
        runtime = DistributedRuntime.start(props, config -> InternalRequests.NONE);
        await("the connector runs again after the restart", () -> running("tick"));
        assertEquals(List.of("tick"), List.copyOf(runtime.herder().connectors().get()));
    }
}
