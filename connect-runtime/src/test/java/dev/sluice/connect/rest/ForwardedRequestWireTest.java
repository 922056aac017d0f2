/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.connect.rest.RecordingPeer.Received;
import dev.sluice.connect.rest.RestHarness.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a follower puts on the wire when it forwards a write to the leader, compared with what Apache 4.3.1's
 * follower sent (observed through a logging proxy): same method and path, {@code forward} as the first query
 * parameter, unsigned, {@code Accept: application/json}, bodies re-serialized from the parsed request.
 */
class ForwardedRequestWireTest {

    private static final String CONFIG = "{\"connector.class\":\"FakeSource\",\"topic\":\"t2\",\"batch.size\":\"100\"}";

    private final RecordingPeer leader = new RecordingPeer();
    private final RestHarness follower = new RestHarness();

    ForwardedRequestWireTest() {
        follower.herder.cluster.followerOf(leader.url());
    }

    @AfterEach
    void stop() {
        follower.close();
        leader.close();
    }

    @Test
    void putConfigGoesOnWithForwardTrueAndNameAppended() {
        leader.answer(200, null, "{\"from\":\"leader\"}");
        follower.put("/connectors/a1/config", CONFIG);

        Received sent = leader.single();
        assertEquals("PUT", sent.method());
        assertEquals("/connectors/a1/config?forward=true", sent.pathAndQuery());
        assertEquals("{\"connector.class\":\"FakeSource\",\"topic\":\"t2\",\"batch.size\":\"100\",\"name\":\"a1\"}",
                sent.bodyText());
        assertEquals("application/json", sent.header("Accept"));
        assertEquals("application/json", sent.header("Content-Type"));
        assertEquals(RequestForwarder.USER_AGENT, sent.header("User-Agent"));
        assertNull(sent.header("X-Connect-Authorization"), "user requests are forwarded unsigned");
    }

    @Test
    void createGoesOnAsNameConfigAndNullInitialState() {
        leader.answer(201, null, "{}");
        follower.post("/connectors", "{\"name\":\"a1\",\"config\":" + CONFIG + "}");

        assertEquals("/connectors?forward=true", leader.single().pathAndQuery());
        assertEquals("{\"name\":\"a1\",\"config\":{\"connector.class\":\"FakeSource\",\"topic\":\"t2\","
                + "\"batch.size\":\"100\",\"name\":\"a1\"},\"initial_state\":null}", leader.single().bodyText());
    }

    @Test
    void patchGoesOnAsSent() {
        leader.answer(200, null, "{}");
        follower.patch("/connectors/a1/config", "{\"batch.size\":\"101\"}");

        assertEquals("/connectors/a1/config?forward=true", leader.single().pathAndQuery());
        assertEquals("{\"batch.size\":\"101\"}", leader.single().bodyText());
    }

    @Test
    void forwardComesFirstAndTheClientsParametersFollowInOrder() {
        leader.answer(202, null, "{}");
        follower.post("/connectors/fs/restart?includeTasks=true&onlyFailed=false", null);

        Received sent = leader.single();
        assertEquals("/connectors/fs/restart?forward=true&includeTasks=true&onlyFailed=false", sent.pathAndQuery());
        assertNull(sent.header("Content-Type"), "a bodiless request has no Content-Type");
        assertEquals(0, sent.body().length);
    }

    @Test
    void aRequestThatWasAlreadyForwardedOnceGoesOnWithForwardFalse() {
        follower.post("/connectors/fs/restart?includeTasks=true&forward=true", null);

        assertEquals("/connectors/fs/restart?forward=false&includeTasks=true", leader.single().pathAndQuery());
    }

    @Test
    void theLeadersAnswerIsRelayedVerbatimWithLocationOnTheFollower() {
        leader.answer(201, leader.url() + "connectors/a1", "{\"name\":\"a1\",  \"odd spacing\":true}");
        Reply reply = follower.post("/connectors", "{\"name\":\"a1\",\"config\":" + CONFIG + "}");

        assertEquals(201, reply.status());
        assertEquals("{\"name\":\"a1\",  \"odd spacing\":true}", reply.body());
        assertEquals("application/json", reply.header("Content-Type"));
        assertEquals(follower.uri("/connectors/a1").toString(), reply.header("Location"));
    }
}
