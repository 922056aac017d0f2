/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.herder.RebalanceNeededException;
import dev.sluice.connect.rest.RestHarness.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two workers: a client talks to the follower, the leader serves the write, the client sees the leader's answer
 * (status and body) with a Location on the follower. Each test is one observed Apache 4.3.1 exchange.
 */
class ForwardingTest {

    private static final String CONFIG = "{\"connector.class\":\"FakeSource\",\"topic\":\"t\"}";
    private static final String CREATE = "{\"name\":\"fs\",\"config\":" + CONFIG + "}";
    private static final String CONFLICT = "{\"error_code\":409,\"message\":\"" + Forwarding.CONFLICT + "\"}";

    private final RestHarness leader = new RestHarness();
    private final RestHarness follower = new RestHarness();

    ForwardingTest() {
        follower.herder.cluster.followerOf(leader.url());
    }

    @AfterEach
    void stop() {
        follower.close();
        leader.close();
    }

    @Test
    void createAtTheFollowerIsServedByTheLeader() {
        Reply reply = follower.post("/connectors", CREATE);

        assertEquals(201, reply.status());
        assertEquals(leader.get("/connectors/fs").body(), reply.body());
        assertEquals(follower.uri("/connectors/fs").toString(), reply.header("Location"));
        assertEquals(404, follower.get("/connectors/fs").status(), "only the leader's herder stored it");
    }

    @Test
    void theLeadersErrorsReachTheClientUnchanged() {
        leader.createConnector("fs");
        Reply duplicate = follower.post("/connectors", CREATE);
        assertEquals(409, duplicate.status());
        assertEquals("{\"error_code\":409,\"message\":\"Connector fs already exists\"}", duplicate.body());

        Reply running = follower.patch("/connectors/fs/offsets", "{\"offsets\":[{\"partition\":{\"f\":\"x\"},"
                + "\"offset\":{\"position\":6}}]}");
        assertEquals(400, running.status());
        assertEquals(leader.patch("/connectors/fs/offsets", "{\"offsets\":[{\"partition\":{\"f\":\"x\"},"
                + "\"offset\":{\"position\":6}}]}").body(), running.body());
    }

    @Test
    void anInvalidConfigIsRefusedByTheFollowerItself() {
        Reply reply = follower.post("/connectors", "{\"name\":\"fs\",\"config\":{\"connector.class\":\"FakeSource\"}}");

        assertEquals(400, reply.status());
        assertEquals("[]", leader.get("/connectors").body(), "nothing was forwarded");
    }

    @Test
    void configWritesAndDeleteAreServedByTheLeader() {
        Reply created = follower.put("/connectors/fs/config", CONFIG);
        assertEquals(201, created.status());
        assertEquals(follower.uri("/connectors/fs").toString(), created.header("Location"));

        Reply updated = follower.put("/connectors/fs/config", "{\"connector.class\":\"FakeSource\",\"topic\":\"u\"}");
        assertEquals(200, updated.status());
        assertNull(updated.header("Location"));
        assertEquals(leader.get("/connectors/fs").body(), updated.body());

        Reply patched = follower.patch("/connectors/fs/config", "{\"batch.size\":\"101\"}");
        assertEquals(200, patched.status());
        assertEquals("101", leader.get("/connectors/fs/config").json().get("batch.size").asText());

        assertEquals(204, follower.delete("/connectors/fs").status());
        assertEquals("[]", leader.get("/connectors").body());
    }

    @Test
    void stopAndOffsetsAreServedByTheLeader() {
        leader.createConnector("fs");
        assertEquals(204, follower.put("/connectors/fs/stop", null).status());
        assertEquals(TargetState.STOPPED, leader.herder.state("fs"));

        Reply altered = follower.patch("/connectors/fs/offsets", "{\"offsets\":[{\"partition\":{\"f\":\"x\"},"
                + "\"offset\":{\"position\":6}}]}");
        assertEquals(200, altered.status());
        assertEquals("{\"message\":\"The offsets for this connector have been altered successfully\"}", altered.body());
        assertEquals("{\"offsets\":[{\"partition\":{\"f\":\"x\"},\"offset\":{\"position\":6}}]}",
                leader.get("/connectors/fs/offsets").body());

        Reply reset = follower.delete("/connectors/fs/offsets");
        assertEquals(200, reset.status());
        assertEquals("{\"message\":\"The offsets for this connector have been reset successfully\"}", reset.body());
    }

    @Test
    void restartsWithOptionsGoToTheLeaderPlainRestartsToTheWorkerRunningThem() {
        leader.createConnector("fs");
        Reply withTasks = follower.post("/connectors/fs/restart?includeTasks=true&onlyFailed=false", null);
        assertEquals(202, withTasks.status());
        assertEquals("RESTARTING", withTasks.json().get("connector").get("state").asText());

        Reply plainHere = follower.post("/connectors/fs/restart", null);
        assertEquals(404, plainHere.status(), "the follower runs it itself, and does not know it");

        follower.herder.cluster.runsNothingOwnedBy(leader.url());
        assertEquals(204, follower.post("/connectors/fs/restart", null).status());
        assertEquals(204, follower.post("/connectors/fs/tasks/0/restart", null).status());
        Reply unknownTask = follower.post("/connectors/fs/tasks/5/restart", null);
        assertEquals(404, unknownTask.status());
        assertEquals(leader.post("/connectors/fs/tasks/5/restart", null).body(), unknownTask.body());
    }

    @Test
    void forwardFalseAtTheWrongWorkerIsAConflict() {
        assertEquals(CONFLICT, follower.post("/connectors?forward=false", CREATE).body());
        assertEquals(409, follower.delete("/connectors/fs?forward=false").status());
        assertEquals("[]", leader.get("/connectors").body(), "nothing was forwarded");
    }

    @Test
    void forwardTrueAtTheWrongWorkerGoesOneHopFurther() {
        try (RestHarness formerLeader = new RestHarness()) {
            // The client's worker still thinks formerLeader leads; formerLeader already knows the new leader.
            follower.herder.cluster.followerOf(formerLeader.url());
            formerLeader.herder.cluster.followerOf(leader.url());

            assertEquals(201, follower.post("/connectors", CREATE).status());
            assertEquals("[\"fs\"]", leader.get("/connectors").body());
        }
    }

    @Test
    void twoWorkersThatEachThinkTheOtherLeadsEndInAConflict() {
        leader.herder.cluster.followerOf(follower.url());

        Reply reply = follower.post("/connectors", CREATE);
        assertEquals(409, reply.status());
        assertEquals(CONFLICT, reply.body());
    }

    @Test
    void anUnreachableLeaderIsAnIoError() {
        leader.close();

        Reply reply = follower.post("/connectors", CREATE);
        assertEquals(500, reply.status());
        assertEquals("{\"error_code\":500,\"message\":\"IO Error trying to forward REST request: "
                + "java.net.ConnectException: Connection refused\"}", reply.body());
    }

    @Test
    void noKnownLeaderIsAConflictTheClientMayRetry() {
        follower.herder.cluster.followerOf(null);

        Reply reply = follower.put("/connectors/fs/stop", null);
        assertEquals(409, reply.status());
        assertEquals("{\"error_code\":409,\"message\":\"" + RebalanceNeededException.NO_LEADER + "\"}", reply.body());
    }
}
