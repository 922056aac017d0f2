/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.herder.ConnectorReport;
import dev.sluice.connect.herder.distributed.HttpInternalRequests;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A distributed worker keeps its connectors in the config topic and finds them there again after a restart. */
@WithSharedKafka
class DistributedRuntimeTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private DistributedRuntime start() {
        return DistributedRuntime.start(props, config -> HttpInternalRequests.forWorker(config, Duration.ofSeconds(10)));
    }

    private boolean running(String name) {
        return running(runtime, name) != null;
    }

    /** The workers running the connector and its task, when both run; null otherwise. */
    private static Set<String> running(DistributedRuntime worker, String name) {
        try {
            ConnectorReport report = worker.herder().connectorStatus(name).get(5, TimeUnit.SECONDS);
            boolean allRunning = report.connector().state() == State.RUNNING && report.tasks().size() == 1
                    && report.tasks().get(0).state() == State.RUNNING;
            return allRunning ? new TreeSet<>(List.of(report.connector().workerId(), report.tasks().get(0).workerId()))
                    : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String workerId(DistributedRuntime worker) {
        return worker.rest().advertisedUrl().getHost() + ":" + worker.rest().advertisedUrl().getPort();
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
        runtime = start();
        await("the worker leads its group", () -> runtime.herder().ready());
        runtime.herder().putConnectorConfig("tick", ticking("tick"), false).get(30, TimeUnit.SECONDS);
        await("the connector and its task run", () -> running("tick"));

        List<String> keys = kafka.consume("configs-" + id, 4, Duration.ofSeconds(30)).stream()
                .map(ConsumerRecord::key).toList();
        assertTrue(keys.containsAll(List.of("session-key", "connector-tick", "task-tick-0", "commit-tick")),
                keys.toString());
        assertEquals(workerId(runtime), runtime.herder().connectorStatus("tick").get().connector().workerId());

        runtime.close();
        runtime = start();
        await("the connector runs again after the restart", () -> running("tick"));
        assertEquals(List.of("tick"), List.copyOf(runtime.herder().connectors().get()));
    }

    @Test
    void theGroupMembersCoordinatorMetricsAreInJmxUnderItsClientId() throws Exception {
        runtime = start();
        await("the worker leads its group", () -> runtime.herder().ready());
        URI advertised = runtime.rest().advertisedUrl();
        // The client id holds a colon, so JMX has it quoted.
        ObjectName coordinator = new ObjectName("kafka.connect:type=connect-coordinator-metrics,client-id="
                + ObjectName.quote("connect-" + advertised.getHost() + ":" + advertised.getPort()));
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        await("a join was counted", () -> joins(jmx, coordinator) >= 1.0);
        assertTrue(jmx.isRegistered(new ObjectName("kafka.connect:type=connect-worker-metrics")));
    }

    private static double joins(MBeanServer jmx, ObjectName coordinator) {
        try {
            return ((Number) jmx.getAttribute(coordinator, "join-total")).doubleValue();
        } catch (JMException e) {
            return -1;
        }
    }

    @Test
    void twoWorkersShareTheConnectorsAndAFollowerForwardsWrites() throws Exception {
        runtime = start();
        await("the first worker leads", () -> runtime.herder().ready());
        try (DistributedRuntime follower = start()) {
            await("the second worker joins", () -> follower.herder().ready());
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 4; i++) {
                String body = JSON.writeValueAsString(Map.of("name", "c" + i, "config", ticking("c" + i)));
                HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                                follower.rest().serverUrl().resolve("/connectors"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, created.statusCode(), created.body());
            }
            Set<String> workers = new TreeSet<>();
            await("every connector and task runs, on both workers", () -> {
                workers.clear();
                for (int i = 0; i < 4; i++) {
                    Set<String> on = running(follower, "c" + i);
                    if (on == null) {
                        return false;
                    }
                    workers.addAll(on);
                }
                return workers.size() == 2;
            });
            assertEquals(new TreeSet<>(Set.of(workerId(runtime), workerId(follower))), workers);
        }
        await("the leader runs everything once the follower left", () -> {
            for (int i = 0; i < 4; i++) {
                if (!Set.of(workerId(runtime)).equals(running(runtime, "c" + i))) {
                    return false;
                }
            }
            return true;
        });
    }
}
