/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static dev.sluice.connect.cli.DistributedRestWorker.assertEmpty;
import static dev.sluice.connect.cli.DistributedRestWorker.assertError;
import static dev.sluice.connect.cli.DistributedRestWorker.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.connect.rest.ClusterLoggerLevels;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * /admin/loggers on a cluster of two distributed workers answers as Apache Kafka Connect 4.3.1's did (recorded
 * exchanges observed/rest/31*, 43s): worker scope changes this worker and lists what changed; {@code scope=cluster}
 * answers 204, goes through the config topic as a {@code logger-cluster-*} record, and every worker applies it.
 */
@WithSharedKafka
class DistributedRestLoggersTest {

    private static Map<String, String> settings;
    private static DistributedRestWorker first;
    private static DistributedRestWorker second;

    @BeforeAll
    static void start(KafkaEndpoint kafka) {
        settings = DistributedRestWorker.settings(kafka);
        first = DistributedRestWorker.start(settings);
        second = DistributedRestWorker.start(settings);
    }

    @AfterAll
    static void stop() {
        for (DistributedRestWorker worker : new DistributedRestWorker[] {second, first}) {
            if (worker != null) {
                worker.close();
            }
        }
    }

    private static String namespace() {
        return "dev.sluice.restbodies.n" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void workerScopeChangesTheLoggerAndItsDescendantsAndListsThem() throws Exception {
        String namespace = namespace();
        LoggerFactory.getLogger(namespace + ".Child");
        HttpResponse<String> root = first.send("GET", "/admin/loggers/root", null);
        assertEquals(200, root.statusCode(), root.body());
        assertEquals(List.of("level", "last_modified"), fields(DistributedRestWorker.json(root)));

        HttpResponse<String> changed = first.send("PUT", "/admin/loggers/" + namespace, "{\"level\":\"TRACE\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("[\"" + namespace + "\",\"" + namespace + ".Child\"]", changed.body());
        JsonNode level = DistributedRestWorker.json(first.send("GET", "/admin/loggers/" + namespace + ".Child", null));
        assertEquals("TRACE", level.path("level").asText());
        assertTrue(level.path("last_modified").isNumber(), level.toString());

        // An unknown scope is worker scope; nothing changed this time.
        HttpResponse<String> again = first.send("PUT", "/admin/loggers/" + namespace + "?scope=galaxy",
                "{\"level\":\"TRACE\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("[]", again.body());

        assertError(404, "invalid log level 'LOUD'.", first.send("PUT", "/admin/loggers/" + namespace,
                "{\"level\":\"LOUD\"}"));
        assertError(400, "Desired 'level' parameter was not specified in request.",
                first.send("PUT", "/admin/loggers/" + namespace, "{}"));
    }

    /** Events that mention {@code text}; the appender appends under its own lock, so read under it too. */
    private static long appliedCount(ListAppender<ILoggingEvent> appender, String text) {
        synchronized (appender) {
            return appender.list.stream().filter(event -> event.getFormattedMessage().contains(text)).count();
        }
    }

    @Test
    void clusterScopeAnswers204AndEveryWorkerAppliesTheLevel(KafkaTestClients kafka) throws Exception {
        String namespace = namespace();
        // Both workers share this JVM's Logback, so each one's own "applied" log line tells them apart.
        ListAppender<ILoggingEvent> applied = new ListAppender<>();
        applied.start();
        Logger appliedLog = (Logger) LoggerFactory.getLogger(ClusterLoggerLevels.class);
        appliedLog.addAppender(applied);
        try {
            assertEmpty(204, first.send("PUT", "/admin/loggers/" + namespace + "?scope=cluster",
                    "{\"level\":\"ERROR\"}"));
            DistributedRestWorker.await("both workers applied the level",
                    () -> appliedCount(applied, namespace + " to ERROR") == 2);
        } finally {
            appliedLog.detachAppender(applied);
        }
        assertFalse(LoggerFactory.getLogger(namespace).isWarnEnabled());
        for (DistributedRestWorker worker : List.of(first, second)) {
            JsonNode level = DistributedRestWorker.json(worker.send("GET", "/admin/loggers/" + namespace, null));
            assertEquals("ERROR", level.path("level").asText());
        }
        // The worker that changed the level first reports when (the other found it already changed in this JVM).
        assertTrue(DistributedRestWorker.json(first.send("GET", "/admin/loggers/" + namespace, null))
                .path("last_modified").isNumber() || DistributedRestWorker.json(second.send("GET", "/admin/loggers/"
                + namespace, null)).path("last_modified").isNumber());
        List<String> keys = kafka.consume(settings.get("config.storage.topic"), 2, Duration.ofSeconds(30)).stream()
                .map(ConsumerRecord::key).toList();
        assertTrue(keys.contains("logger-cluster-" + namespace), keys.toString());

        assertError(404, "invalid log level 'LOUD'.", second.send("PUT", "/admin/loggers/" + namespace
                + "?scope=cluster", "{\"level\":\"LOUD\"}"));
    }
}
