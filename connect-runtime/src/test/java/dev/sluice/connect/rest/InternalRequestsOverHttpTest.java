/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.herder.distributed.HttpInternalRequests;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A follower's {@link HttpInternalRequests} posting task configs to a leader's REST API. */
class InternalRequestsOverHttpTest {

    private static final List<Map<String, String>> CONFIGS = List.of(
            Map.of("task.class", "FakeTask", "topic", "t"), Map.of("task.class", "FakeTask", "topic", "u"));

    private final RestHarness leader = new RestHarness();
    private final HttpInternalRequests follower = new HttpInternalRequests(InternalTaskConfigsTest.SIGNING, true,
            Duration.ofSeconds(10));

    InternalRequestsOverHttpTest() {
        leader.herder.cluster.verifySignaturesWith(InternalTaskConfigsTest.SIGNING, InternalTaskConfigsTest.SESSION_KEY);
    }

    @AfterEach
    void stop() {
        leader.close();
    }

    @Test
    void signedTaskConfigsAreAcceptedByTheLeader() {
        leader.createConnector("fs");
        follower.sendTaskConfigs(leader.url(), "fs", CONFIGS, InternalTaskConfigsTest.SESSION_KEY);

        assertEquals(CONFIGS, leader.herder.cluster.storedTaskConfigs("fs"));
    }

    @Test
    void theConnectorNameIsOnePathSegment() {
        leader.createConnector("my conn");
        follower.sendTaskConfigs(leader.url(), "my conn", CONFIGS, InternalTaskConfigsTest.SESSION_KEY);

        assertEquals(CONFIGS, leader.herder.cluster.storedTaskConfigs("my conn"));
    }

    @Test
    void theLeadersRefusalCarriesItsMessage() {
        leader.createConnector("fs");
        SessionKey otherKey = new SessionKey(new SecretKeySpec(new byte[32], "HmacSHA256"), 0L);

        ConnectException refused = assertThrows(ConnectException.class,
                () -> follower.sendTaskConfigs(leader.url(), "fs", CONFIGS, otherKey));
        assertTrue(refused.getMessage().endsWith("(403): Internal request contained invalid signature."),
                refused.getMessage());
        ConnectException unknown = assertThrows(ConnectException.class, () -> follower.sendTaskConfigs(leader.url(),
                "nope", CONFIGS, InternalTaskConfigsTest.SESSION_KEY));
        assertTrue(unknown.getMessage().endsWith("(404): Connector nope not found"), unknown.getMessage());
    }

    @Test
    void aFencingRequestIsSignedOverItsEmptyBodyAndAForgedOneIsRefused() {
        leader.createConnector("fs");
        assertDoesNotThrow(() -> follower.requestFencing(leader.url(), "fs", InternalTaskConfigsTest.SESSION_KEY));

        SessionKey otherKey = new SessionKey(new SecretKeySpec(new byte[32], "HmacSHA256"), 0L);
        ConnectException refused = assertThrows(ConnectException.class,
                () -> follower.requestFencing(leader.url(), "fs", otherKey));
        assertTrue(refused.getMessage().endsWith("(403): Internal request contained invalid signature."),
                refused.getMessage());
    }

    @Test
    void withoutTheSessionedProtocolNothingIsSignedOrChecked() {
        HttpInternalRequests compatible = new HttpInternalRequests(InternalTaskConfigsTest.SIGNING, false,
                Duration.ofSeconds(10));
        assertDoesNotThrow(() -> compatible.verify(null, null));

        leader.createConnector("fs");
        ConnectException refused = assertThrows(ConnectException.class,
                () -> compatible.sendTaskConfigs(leader.url(), "fs", CONFIGS, null));
        assertTrue(refused.getMessage().endsWith("(400): Internal request missing required signature"),
                refused.getMessage());
    }

    @Test
    void aSessionedFollowerVerifiesLikeTheLeader() {
        ConnectException missing = assertThrows(ConnectException.class,
                () -> follower.verify(InternalTaskConfigsTest.SESSION_KEY, null));
        assertEquals("Internal request missing required signature", missing.getMessage());
    }
}
