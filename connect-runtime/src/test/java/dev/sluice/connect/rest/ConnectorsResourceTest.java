/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.herder.PartitionOffset;
import dev.sluice.connect.rest.RestHarness.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The /connectors family: what each endpoint answers, status code and body, for a well-formed request. */
class ConnectorsResourceTest {

    // The config echoes the keys in the order they were sent, "name" added last (as Apache does).
    private static final String FS_INFO = "{\"name\":\"fs\",\"config\":{\"connector.class\":\"FakeSource\","
            + "\"topic\":\"t\",\"name\":\"fs\"},\"tasks\":[{\"connector\":\"fs\",\"task\":0}],\"type\":\"source\"}";
    private static final String FS_STATUS = "{\"name\":\"fs\",\"connector\":{\"state\":\"RUNNING\","
            + "\"worker_id\":\"fake:8083\",\"version\":\"1.0\"},\"tasks\":[{\"id\":0,\"state\":\"RUNNING\","
            + "\"worker_id\":\"fake:8083\",\"version\":\"1.0\"}],\"type\":\"source\"}";

    private final RestHarness rest = new RestHarness();

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void listingWithoutConnectorsIsAnEmptyArray() {
        Reply reply = rest.get("/connectors");
        assertEquals(200, reply.status());
        assertEquals("[]", reply.body());
        assertEquals("application/json", reply.header("Content-Type"));
    }

    @Test
    void creatingAConnectorAnswers201WithLocationAndInfo() {
        Reply reply = rest.post("/connectors", "{\"name\":\"fs\",\"config\":{\"connector.class\":\"FakeSource\","
                + "\"topic\":\"t\"}}");
        assertEquals(201, reply.status());
        assertEquals(rest.uri("/connectors/fs").toString(), reply.header("Location"));
        assertEquals(FS_INFO, reply.body());
    }

    @Test
    void createdConnectorCanStartStoppedThroughInitialState() {
        Reply reply = rest.post("/connectors", "{\"name\":\"fs\",\"config\":{\"connector.class\":\"FakeSource\","
                + "\"topic\":\"t\"},\"initial_state\":\"STOPPED\"}");
        assertEquals(201, reply.status());
        assertEquals(TargetState.STOPPED, rest.herder.state("fs"));
    }

    @Test
    void listingNamesAndExpandingStatusAndInfo() {
        rest.createConnector("fs");
        assertEquals("[\"fs\"]", rest.get("/connectors").body());
        Reply expanded = rest.get("/connectors?expand=status&expand=info");
        assertEquals(200, expanded.status());
        assertEquals("{\"fs\":{\"status\":" + FS_STATUS + ",\"info\":" + FS_INFO + "}}", expanded.body());
        assertEquals("{\"fs\":{\"info\":" + FS_INFO + "}}", rest.get("/connectors?expand=info").body());
    }

    @Test
    void anExpandValueThatIsNeitherStatusNorInfoIsA400NamingIt() {
        rest.createConnector("fs");
        Reply reply = rest.get("/connectors?expand=status&expand=stats");
        assertEquals(400, reply.status());
        assertEquals("{\"error_code\":400,\"message\":\"Invalid value 'stats' for query parameter 'expand': use"
                + " expand=status, expand=info, or both (expand=status&expand=info)\"}", reply.body());
    }

    @Test
    void infoConfigStatusAndTasksOfAConnector() {
        rest.createConnector("fs");
        assertEquals(FS_INFO, rest.get("/connectors/fs").body());
        assertEquals("{\"connector.class\":\"FakeSource\",\"topic\":\"t\",\"name\":\"fs\"}",
                rest.get("/connectors/fs/config").body());
        assertEquals(FS_STATUS, rest.get("/connectors/fs/status").body());
        assertEquals("[{\"id\":{\"connector\":\"fs\",\"task\":0},\"config\":{\"task.class\":\"FakeTask\"}}]",
                rest.get("/connectors/fs/tasks").body());
        Reply task = rest.get("/connectors/fs/tasks/0/status");
        assertEquals(200, task.status());
        assertEquals("{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"fake:8083\",\"version\":\"1.0\"}", task.body());
    }

    @Test
    void failedInstancesCarryATrace() {
        rest.createConnector("fs");
        rest.herder.fail("fs");
        Reply task = rest.get("/connectors/fs/tasks/0/status");
        assertEquals("{\"id\":0,\"state\":\"FAILED\",\"worker_id\":\"fake:8083\",\"version\":\"1.0\","
                + "\"trace\":\"java.lang.RuntimeException: boom\"}", task.body());
    }

    @Test
    void putConfigCreatesWith201ThenUpdatesWith200() {
        String config = "{\"connector.class\":\"FakeSource\",\"topic\":\"t\"}";
        Reply created = rest.put("/connectors/fs/config", config);
        assertEquals(201, created.status());
        assertEquals(rest.uri("/connectors/fs").toString(), created.header("Location"));
        assertEquals(FS_INFO, created.body());

        Reply updated = rest.put("/connectors/fs/config", "{\"connector.class\":\"FakeSource\",\"topic\":\"u\"}");
        assertEquals(200, updated.status());
        assertEquals("u", updated.json().path("config").path("topic").asText());
    }

    @Test
    void patchConfigMergesKeysAndNullRemovesOne() {
        rest.post("/connectors", "{\"name\":\"fs\",\"config\":{\"connector.class\":\"FakeSource\",\"topic\":\"t\","
                + "\"batch.size\":\"10\"}}");
        Reply reply = rest.patch("/connectors/fs/config", "{\"topic\":\"u\",\"batch.size\":null}");
        assertEquals(200, reply.status());
        assertEquals(Map.of("connector.class", "FakeSource", "topic", "u", "name", "fs"),
                rest.herder.connectorConfig("fs").join());
    }

    @Test
    void deletingAConnectorAnswers204() {
        rest.createConnector("fs");
        Reply reply = rest.delete("/connectors/fs");
        assertEquals(204, reply.status());
        assertEquals("", reply.body());
        assertEquals("[]", rest.get("/connectors").body());
    }

    @Test
    void pauseAndResumeAnswer202AndStopAnswers204() {
        rest.createConnector("fs");
        assertEquals(202, rest.put("/connectors/fs/pause", null).status());
        assertEquals(TargetState.PAUSED, rest.herder.state("fs"));
        assertEquals(202, rest.put("/connectors/fs/resume", null).status());
        assertEquals(TargetState.STARTED, rest.herder.state("fs"));
        Reply stop = rest.put("/connectors/fs/stop", null);
        assertEquals(204, stop.status());
        assertEquals("STOPPED", rest.get("/connectors/fs/status").json().path("connector").path("state").asText());
        assertEquals("[]", rest.get("/connectors/fs/tasks").body());
    }

    @Test
    void plainRestartAnswers204WithoutBody() {
        rest.createConnector("fs");
        Reply reply = rest.post("/connectors/fs/restart", null);
        assertEquals(204, reply.status());
        assertEquals("", reply.body());
    }

    @Test
    void restartWithTasksAnswers202AndMarksEverythingRestarting() {
        rest.createConnector("fs");
        Reply reply = rest.post("/connectors/fs/restart?includeTasks=true&onlyFailed=false", null);
        assertEquals(202, reply.status());
        assertEquals(FS_STATUS.replace("RUNNING", "RESTARTING"), reply.body());
    }

    @Test
    void restartOnlyFailedLeavesHealthyInstancesAlone() {
        rest.createConnector("fs");
        Reply reply = rest.post("/connectors/fs/restart?includeTasks=true&onlyFailed=true", null);
        assertEquals(202, reply.status());
        assertEquals(FS_STATUS, reply.body());

        rest.herder.fail("fs");
        Reply failed = rest.post("/connectors/fs/restart?includeTasks=true&onlyFailed=true", null);
        assertEquals(202, failed.status());
        assertEquals("RESTARTING", failed.json().path("connector").path("state").asText());
        assertEquals("RESTARTING", failed.json().path("tasks").path(0).path("state").asText());
    }

    @Test
    void restartingATaskAnswers204() {
        rest.createConnector("fs");
        assertEquals(204, rest.post("/connectors/fs/tasks/0/restart", null).status());
    }

    @Test
    void activeTopicsAreKeyedByConnectorAndCanBeReset() {
        rest.createConnector("fs");
        rest.herder.setTopics("fs", List.of("t"));
        Reply topics = rest.get("/connectors/fs/topics");
        assertEquals(200, topics.status());
        assertEquals("{\"fs\":{\"topics\":[\"t\"]}}", topics.body());
        assertEquals(202, rest.put("/connectors/fs/topics/reset", null).status());
        assertEquals("{\"fs\":{\"topics\":[]}}", rest.get("/connectors/fs/topics").body());
    }

    @Test
    void offsetsAreListedAsPartitionAndOffsetMaps() {
        rest.createConnector("fs");
        rest.herder.setOffsets("fs", List.of(new PartitionOffset(Map.of("filename", "/in.txt"),
                Map.of("position", 790))));
        Reply reply = rest.get("/connectors/fs/offsets");
        assertEquals(200, reply.status());
        assertEquals("{\"offsets\":[{\"partition\":{\"filename\":\"/in.txt\"},\"offset\":{\"position\":790}}]}",
                reply.body());
    }

    @Test
    void offsetsOfAStoppedConnectorCanBeAlteredAndReset() {
        rest.createConnector("fs");
        rest.put("/connectors/fs/stop", null);
        String offsets = "{\"offsets\":[{\"partition\":{\"filename\":\"/in.txt\"},\"offset\":{\"position\":5}}]}";
        Reply altered = rest.patch("/connectors/fs/offsets", offsets);
        assertEquals(200, altered.status());
        assertEquals("{\"message\":\"The offsets for this connector have been altered successfully\"}",
                altered.body());
        assertEquals(offsets, rest.get("/connectors/fs/offsets").body());

        Reply reset = rest.delete("/connectors/fs/offsets");
        assertEquals(200, reset.status());
        assertEquals("{\"message\":\"The offsets for this connector have been reset successfully\"}", reset.body());
        assertTrue(rest.get("/connectors/fs/offsets").json().path("offsets").isEmpty());
    }
}
