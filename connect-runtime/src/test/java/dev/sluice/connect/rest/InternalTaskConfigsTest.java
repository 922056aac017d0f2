/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.herder.RequestSignature;
import dev.sluice.connect.herder.RequestSigning;
import dev.sluice.connect.rest.RestHarness.Reply;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The internal {@code POST /connectors/N/tasks}, with the session key, body and signature an Apache 4.3.1 follower
 * actually sent (captured by a proxy): the leader verifies the MAC of the exact body bytes.
 */
class InternalTaskConfigsTest {

    static final SessionKey SESSION_KEY = new SessionKey(new SecretKeySpec(
            Base64.getDecoder().decode("OLwCNAmVPlp/UNfdsIjXzjS792ht8tX0YOiDU3MD9HE="), "HmacSHA256"), 0L);
    static final RequestSigning SIGNING = new RequestSigning("HmacSHA256", List.of("HmacSHA256"));
    static final String BODY = "[{\"connector.class\":\"FileStreamSource\",\"file\":\"/work/scratch/observed/work/in.txt\","
            + "\"task.class\":\"org.apache.kafka.connect.file.FileStreamSourceTask\",\"tasks.max\":\"1\",\"name\":\"a2\","
            + "\"topic\":\"t2\"}]";
    static final String SIGNATURE = "2PKaM/9YQI6F5G1g2D+ND+O8dRJgPVvoHjgfpe6OhJ4=";

    private final RestHarness leader = new RestHarness();

    InternalTaskConfigsTest() {
        leader.herder.cluster.verifySignaturesWith(SIGNING, SESSION_KEY);
        leader.createConnector("a2");
    }

    @AfterEach
    void stop() {
        leader.close();
    }

    private static Reply postTasks(RestHarness worker, String signature, String algorithm) {
        HttpRequest.Builder request = HttpRequest.newBuilder(worker.uri("/connectors/a2/tasks"))
                .header("Content-Type", "application/json");
        if (signature != null) {
            request.header(RequestSignature.SIGNATURE_HEADER, signature);
        }
        if (algorithm != null) {
            request.header(RequestSignature.ALGORITHM_HEADER, algorithm);
        }
        return worker.send(request, "POST", BODY);
    }

    @Test
    void correctlySignedTaskConfigsAreStored() {
        Reply reply = postTasks(leader, SIGNATURE, "HmacSHA256");

        assertEquals(204, reply.status());
        assertEquals("", reply.body());
        assertEquals("org.apache.kafka.connect.file.FileStreamSourceTask",
                leader.herder.cluster.storedTaskConfigs("a2").get(0).get("task.class"));
    }

    @Test
    void anUnsignedRequestIsABadRequest() {
        Reply reply = postTasks(leader, null, null);

        assertEquals(400, reply.status());
        assertEquals("{\"error_code\":400,\"message\":\"Internal request missing required signature\"}", reply.body());
        assertNull(leader.herder.cluster.storedTaskConfigs("a2"));
    }

    @Test
    void aWrongSignatureIsForbidden() {
        Reply reply = postTasks(leader, "VTsfLl2Ov7lXALnyqWnHHBXBgMdF54Zxi++t35RZPAE=", "HmacSHA256");

        assertEquals(403, reply.status());
        assertEquals("{\"error_code\":403,\"message\":\"Internal request contained invalid signature.\"}",
                reply.body());
    }

    @Test
    void aFollowerSendsTheSignedRequestOnWithItsSignatureSoTheLeaderAcceptsIt() {
        try (RestHarness follower = new RestHarness()) {
            follower.herder.cluster.verifySignaturesWith(SIGNING, SESSION_KEY);
            follower.herder.cluster.followerOf(leader.url());

            assertEquals(204, postTasks(follower, SIGNATURE, "HmacSHA256").status());
            assertEquals(List.of(Map.of("connector.class", "FileStreamSource",
                            "file", "/work/scratch/observed/work/in.txt",
                            "task.class", "org.apache.kafka.connect.file.FileStreamSourceTask",
                            "tasks.max", "1", "name", "a2", "topic", "t2")),
                    leader.herder.cluster.storedTaskConfigs("a2"));
            // A forged request is refused by the follower itself, before anything is forwarded.
            assertEquals(403, postTasks(follower, "VTsfLl2Ov7lXALnyqWnHHBXBgMdF54Zxi++t35RZPAE=", "HmacSHA256")
                    .status());
        }
    }

    @Test
    void aBodyThatIsNotAListOfConfigsIsABadRequest() {
        HttpRequest.Builder request = HttpRequest.newBuilder(leader.uri("/connectors/a2/tasks"))
                .header("Content-Type", "application/json");
        assertEquals(400, leader.send(request, "POST", "{\"not\":\"a list\"}").status());
    }

    @Test
    void theFencingEndpointTakesOnlySignedPutsAsApachesDoes() {
        HttpRequest.Builder unsigned = HttpRequest.newBuilder(leader.uri("/connectors/a2/fence"))
                .header("Content-Type", "application/json");
        Reply put = leader.send(unsigned, "PUT", "");
        assertEquals(400, put.status());
        assertEquals("{\"error_code\":400,\"message\":\"Internal request missing required signature\"}", put.body());

        HttpRequest.Builder forged = HttpRequest.newBuilder(leader.uri("/connectors/a2/fence"))
                .header("Content-Type", "application/json")
                .header(RequestSignature.SIGNATURE_HEADER, "VTsfLl2Ov7lXALnyqWnHHBXBgMdF54Zxi++t35RZPAE=")
                .header(RequestSignature.ALGORITHM_HEADER, "HmacSHA256");
        assertEquals(403, leader.send(forged, "PUT", "").status());

        Reply get = leader.get("/connectors/a2/fence");
        assertEquals(405, get.status());
        assertEquals("{\"error_code\":405,\"message\":\"HTTP 405 Method Not Allowed: this path takes OPTIONS, PUT\"}",
                get.body());
    }
}
