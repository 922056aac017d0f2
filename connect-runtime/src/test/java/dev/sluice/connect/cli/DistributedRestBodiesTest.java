/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static dev.sluice.connect.cli.DistributedRestWorker.CONNECTOR_INFO;
import static dev.sluice.connect.cli.DistributedRestWorker.TICKING;
import static dev.sluice.connect.cli.DistributedRestWorker.TICKING_TASK;
import static dev.sluice.connect.cli.DistributedRestWorker.TICKING_VERSION;
import static dev.sluice.connect.cli.DistributedRestWorker.assertEmpty;
import static dev.sluice.connect.cli.DistributedRestWorker.assertError;
import static dev.sluice.connect.cli.DistributedRestWorker.fields;
import static dev.sluice.connect.cli.DistributedRestWorker.json;
import static dev.sluice.connect.cli.DistributedRestWorker.tickingConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A distributed worker answers the connector lifecycle (create, read, update, pause, resume, stop, restart, topics,
 * delete) with the status codes, headers and JSON bodies Apache Kafka Connect 4.3.1's distributed worker gave
 * (recorded exchanges, observed/rest/02–28): the same property names in the same order, the same empty lists.
 */
@WithSharedKafka
class DistributedRestBodiesTest {

    private static DistributedRestWorker worker;
    private String name;

    @BeforeAll
    static void start(KafkaEndpoint kafka) {
        worker = DistributedRestWorker.start(DistributedRestWorker.settings(kafka));
    }

    @AfterAll
    static void stop() {
        if (worker != null) {
            worker.close();
        }
    }

    @BeforeEach
    void name() {
        name = DistributedRestWorker.uniqueName("bodies");
    }

    /** The status body of a one-task connector, exactly as Apache writes it. */
    private String status(String connectorState, String taskState) {
        String tasks = taskState == null ? "[]" : "[{\"id\":0,\"state\":\"" + taskState + "\",\"worker_id\":\""
                + worker.workerId() + "\",\"version\":\"" + TICKING_VERSION + "\"}]";
        return "{\"name\":\"" + name + "\",\"connector\":{\"state\":\"" + connectorState + "\",\"worker_id\":\""
                + worker.workerId() + "\",\"version\":\"" + TICKING_VERSION + "\"},\"tasks\":" + tasks
                + ",\"type\":\"source\"}";
    }

    @Test
    void postAnswers201WithLocationAndNoTasksYetThenEveryReadShowsTheRunningConnector() throws Exception {
        HttpResponse<String> created = worker.send("POST", "/connectors", "{\"name\":\"" + name + "\",\"config\":"
                + tickingConfig(name) + "}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(worker.url("/connectors/" + name), created.headers().firstValue("Location").orElse(null));
        assertEquals("application/json", created.headers().firstValue("Content-Type").orElse(null));
        // Apache answers once the config is stored, before the connector generated task configs; config in sent
        // order with "name" appended.
        assertEquals("{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\"" + TICKING + "\","
                + "\"tasks.max\":\"1\",\"topic\":\"" + name + "\",\"name\":\"" + name + "\"},\"tasks\":[],"
                + "\"type\":\"source\"}", created.body());

        JsonNode info = worker.awaitJson("/connectors/" + name, json -> json.path("tasks").size() == 1);
        assertEquals(CONNECTOR_INFO, fields(info));
        assertEquals("[{\"connector\":\"" + name + "\",\"task\":0}]", info.path("tasks").toString());
        assertEquals("source", info.path("type").asText());
        Map<String, String> config = Map.of("connector.class", TICKING, "tasks.max", "1", "topic", name,
                "name", name);
        assertEquals(config, DistributedRestWorker.JSON.convertValue(info.path("config"), Map.class));
        HttpResponse<String> configAnswer = worker.send("GET", "/connectors/" + name + "/config", null);
        assertEquals(200, configAnswer.statusCode(), configAnswer.body());
        assertEquals(config, DistributedRestWorker.JSON.readValue(configAnswer.body(), Map.class));

        JsonNode status = worker.awaitStates(name, "RUNNING", "RUNNING");
        assertEquals(status("RUNNING", "RUNNING"), status.toString());

        JsonNode tasks = json(worker.send("GET", "/connectors/" + name + "/tasks", null));
        assertEquals(1, tasks.size(), tasks.toString());
        assertEquals(List.of("id", "config"), fields(tasks.get(0)));
        assertEquals("{\"connector\":\"" + name + "\",\"task\":0}", tasks.get(0).path("id").toString());
        assertEquals(TICKING_TASK, tasks.get(0).path("config").path("task.class").asText());

        HttpResponse<String> task = worker.send("GET", "/connectors/" + name + "/tasks/0/status", null);
        assertEquals(200, task.statusCode(), task.body());
        assertEquals("{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"" + worker.workerId() + "\",\"version\":\""
                + TICKING_VERSION + "\"}", task.body());

        JsonNode names = json(worker.send("GET", "/connectors", null));
        assertTrue(names.isArray() && names.toString().contains("\"" + name + "\""), names.toString());
    }

    @Test
    void aNewConnectorHasNoStatusUntilItRunsAndIsNeverShownUnassigned() throws Exception {
        worker.createTicking(name, name);
        Set<String> answers = new TreeSet<>();
        long deadline = System.nanoTime() + DistributedRestWorker.DEADLINE.toNanos();
        JsonNode status = null;
        while (status == null || !status.path("tasks").path(0).path("state").asText().equals("RUNNING")) {
            assertTrue(System.nanoTime() < deadline, "Timed out; answers so far " + answers);
            HttpResponse<String> answer = worker.send("GET", "/connectors/" + name + "/status", null);
            if (answer.statusCode() == 404) {
                answers.add(answer.body());
            } else {
                status = json(answer);
                answers.add(status.path("connector").path("state").asText());
                status.path("tasks").forEach(task -> answers.add("task " + task.path("state").asText()));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        Set<String> expected = Set.of("{\"error_code\":404,\"message\":\"No status found for connector " + name
                + "\"}", "RUNNING", "task RUNNING");
        assertTrue(expected.containsAll(answers), answers.toString());
    }

    @Test
    void restartingOnlyFailedTasksShowsThemRestartingWithTheirTrace() throws Exception {
        HttpResponse<String> created = worker.send("POST", "/connectors", "{\"name\":\"" + name + "\",\"config\":{"
                + "\"connector.class\":\"" + TICKING + "\",\"tasks.max\":\"1\",\"topic\":\"" + name + "\","
                + "\"fail.tasks\":\"0\"}}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode failed = worker.awaitStates(name, "RUNNING", "FAILED").path("tasks").path(0);
        // A failed instance adds "trace" after the other properties; a healthy one has none at all.
        assertEquals(List.of("id", "state", "worker_id", "version", "trace"), fields(failed));
        assertTrue(failed.path("trace").asText().contains("configured to fail"), failed.toString());
        assertEquals(failed, json(worker.send("GET", "/connectors/" + name + "/tasks/0/status", null)));

        HttpResponse<String> restart = worker.send("POST", "/connectors/" + name
                + "/restart?includeTasks=true&onlyFailed=true", null);
        assertEquals(202, restart.statusCode(), restart.body());
        JsonNode planned = json(restart);
        assertEquals(List.of("state", "worker_id", "version"), fields(planned.path("connector")));
        assertEquals("RUNNING", planned.path("connector").path("state").asText());
        JsonNode restarting = planned.path("tasks").path(0);
        assertEquals(List.of("id", "state", "worker_id", "version", "trace"), fields(restarting));
        assertEquals("RESTARTING", restarting.path("state").asText());
        assertEquals(failed.path("trace"), restarting.path("trace"));
    }

    @Test
    void expandingStatusAndInfoGivesStatusFirst() throws Exception {
        worker.createRunning(name, name);
        JsonNode listing = worker.awaitJson("/connectors?expand=status&expand=info",
                json -> json.path(name).path("info").path("tasks").size() == 1);
        JsonNode entry = listing.path(name);
        assertEquals(List.of("status", "info"), fields(entry));
        assertEquals(status("RUNNING", "RUNNING"), entry.path("status").toString());
        assertEquals(CONNECTOR_INFO, fields(entry.path("info")));
        assertEquals("[{\"connector\":\"" + name + "\",\"task\":0}]", entry.path("info").path("tasks").toString());
    }

    @Test
    void putConfigCreatesWith201AndNoTasksThenUpdatesWith200AndTheCurrentTasks() throws Exception {
        HttpResponse<String> created = worker.send("PUT", "/connectors/" + name + "/config", tickingConfig(name));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(worker.url("/connectors/" + name), created.headers().firstValue("Location").orElse(null));
        assertEquals("{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\"" + TICKING + "\","
                + "\"tasks.max\":\"1\",\"topic\":\"" + name + "\",\"name\":\"" + name + "\"},\"tasks\":[],"
                + "\"type\":\"source\"}", created.body());
        worker.awaitStates(name, "RUNNING", "RUNNING");

        String update = "{\"connector.class\":\"" + TICKING + "\",\"tasks.max\":\"1\",\"topic\":\"" + name
                + "\",\"fail.tasks\":\"7\"}";
        HttpResponse<String> updated = worker.send("PUT", "/connectors/" + name + "/config", update);
        assertEquals(200, updated.statusCode(), updated.body());
        assertFalse(updated.headers().firstValue("Location").isPresent());
        assertEquals("{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\"" + TICKING + "\","
                + "\"tasks.max\":\"1\",\"topic\":\"" + name + "\",\"fail.tasks\":\"7\",\"name\":\"" + name + "\"},"
                + "\"tasks\":[{\"connector\":\"" + name + "\",\"task\":0}],\"type\":\"source\"}", updated.body());

        HttpResponse<String> patched = worker.send("PATCH", "/connectors/" + name + "/config",
                "{\"fail.tasks\":null,\"tasks.max\":\"1\"}");
        assertEquals(200, patched.statusCode(), patched.body());
        JsonNode info = json(patched);
        assertEquals(CONNECTOR_INFO, fields(info));
        assertFalse(info.path("config").has("fail.tasks"), patched.body());
        assertEquals(name, info.path("config").path("name").asText());
        assertEquals("[{\"connector\":\"" + name + "\",\"task\":0}]", info.path("tasks").toString());
    }

    @Test
    void pauseAndResumeAnswer202WithoutBody() throws Exception {
        worker.createRunning(name, name);
        assertEmpty(202, worker.send("PUT", "/connectors/" + name + "/pause", null));
        assertEquals(status("PAUSED", "PAUSED"), worker.awaitStates(name, "PAUSED", "PAUSED").toString());
        assertEmpty(202, worker.send("PUT", "/connectors/" + name + "/pause", null));
        assertEmpty(202, worker.send("PUT", "/connectors/" + name + "/resume", null));
        assertEquals(status("RUNNING", "RUNNING"), worker.awaitStates(name, "RUNNING", "RUNNING").toString());
    }

    @Test
    void stopAnswers204AndLeavesTheConnectorStoppedWithoutTasks() throws Exception {
        worker.createRunning(name, name);
        assertEmpty(204, worker.send("PUT", "/connectors/" + name + "/stop", null));
        assertEquals(status("STOPPED", null), worker.awaitStates(name, "STOPPED").toString());
        assertEquals("[]", worker.send("GET", "/connectors/" + name + "/tasks", null).body());
        assertEquals("[]", json(worker.send("GET", "/connectors/" + name, null)).path("tasks").toString());
        assertError(404, "No status found for task " + name + "-0",
                worker.send("GET", "/connectors/" + name + "/tasks/0/status", null));

        // Pausing a stopped connector starts it paused, still without tasks.
        assertEmpty(202, worker.send("PUT", "/connectors/" + name + "/pause", null));
        assertEquals(status("PAUSED", null), worker.awaitStates(name, "PAUSED").toString());
        assertEmpty(204, worker.send("PUT", "/connectors/" + name + "/stop", null));
        worker.awaitStates(name, "STOPPED");

        assertEmpty(202, worker.send("PUT", "/connectors/" + name + "/resume", null));
        assertEquals(status("RUNNING", "RUNNING"), worker.awaitStates(name, "RUNNING", "RUNNING").toString());
    }

    @Test
    void restartsAnswer204PlainAnd202WithTheStatusAsItWillBe() throws Exception {
        worker.createRunning(name, name);
        String restart = "/connectors/" + name + "/restart";
        assertEmpty(204, worker.send("POST", restart, null));
        worker.awaitStates(name, "RUNNING", "RUNNING");

        HttpResponse<String> withTasks = worker.send("POST", restart + "?includeTasks=true&onlyFailed=false", null);
        assertEquals(202, withTasks.statusCode(), withTasks.body());
        assertEquals("application/json", withTasks.headers().firstValue("Content-Type").orElse(null));
        assertEquals(status("RESTARTING", "RESTARTING"), withTasks.body());
        worker.awaitStates(name, "RUNNING", "RUNNING");

        // Nothing failed: nothing restarts, and the answer is the current status.
        HttpResponse<String> onlyFailed = worker.send("POST", restart + "?includeTasks=true&onlyFailed=true", null);
        assertEquals(202, onlyFailed.statusCode(), onlyFailed.body());
        assertEquals(status("RUNNING", "RUNNING"), onlyFailed.body());

        assertEmpty(204, worker.send("POST", restart + "?includeTasks=false&onlyFailed=false", null));
        worker.awaitStates(name, "RUNNING", "RUNNING");
        assertEmpty(204, worker.send("POST", "/connectors/" + name + "/tasks/0/restart", null));
        worker.awaitStates(name, "RUNNING", "RUNNING");
    }

    @Test
    void topicsAreKeyedByConnectorAndResetEmptiesThem() throws Exception {
        worker.createRunning(name, name);
        JsonNode topics = worker.awaitJson("/connectors/" + name + "/topics",
                json -> json.path(name).path("topics").size() > 0);
        assertEquals("{\"" + name + "\":{\"topics\":[\"" + name + "\"]}}", topics.toString());
        assertEmpty(202, worker.send("PUT", "/connectors/" + name + "/topics/reset", null));
        assertEquals("{\"" + name + "\":{\"topics\":[]}}",
                worker.send("GET", "/connectors/" + name + "/topics", null).body());
    }

    @Test
    void deleteAnswers204AndTheConnectorIsGone() throws Exception {
        worker.createRunning(name, name);
        assertEmpty(204, worker.send("DELETE", "/connectors/" + name, null));
        assertFalse(worker.send("GET", "/connectors", null).body().contains("\"" + name + "\""));
        assertError(404, "No status found for connector " + name,
                worker.awaitAnswer("/connectors/" + name + "/status", 404));
        assertError(404, "Connector " + name + " not found", worker.send("DELETE", "/connectors/" + name, null));
    }
}
