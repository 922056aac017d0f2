/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.sluice.connect.SluiceBuild;
import dev.sluice.connect.rest.RestHarness.Reply;
import java.time.Duration;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET / and GET /health. */
class RootResourceTest {

    private final RestHarness rest = new RestHarness(RestServerConfig.forListeners("http://localhost:0")
            .withHealthCheckTimeout(Duration.ofMillis(200)));

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void rootShowsTheConnectVersionSluicesCommitTheClusterIdAndThatItIsSluice() {
        Reply reply = rest.get("/");
        assertEquals(200, reply.status());
        SluiceBuild build = SluiceBuild.current();
        assertEquals("{\"version\":\"" + AppInfoParser.getVersion() + "\",\"commit\":\"" + build.commit()
                + "\",\"kafka_cluster_id\":\"cluster-1\",\"runtime\":\"Sluice\",\"runtime_version\":\""
                + build.version() + "\"}", reply.body());
        assertNotEquals(AppInfoParser.getCommitId(), build.commit(), "the commit is Sluice's, not kafka-clients'");
    }

    @Test
    void healthyOnceStarted() {
        Reply reply = rest.get("/health");
        assertEquals(200, reply.status());
        assertEquals("{\"status\":\"healthy\",\"message\":\"Worker has completed startup and is ready to handle"
                + " requests.\"}", reply.body());
    }

    @Test
    void startingIsA503() {
        rest.herder.ready = false;
        Reply reply = rest.get("/health");
        assertEquals(503, reply.status());
        assertEquals("starting", reply.json().path("status").asText());
    }

    @Test
    void aStuckHerderIsUnhealthyWith500() {
        rest.herder.stuck = true;
        Reply reply = rest.get("/health");
        assertEquals(500, reply.status());
        assertEquals("unhealthy", reply.json().path("status").asText());
    }
}
