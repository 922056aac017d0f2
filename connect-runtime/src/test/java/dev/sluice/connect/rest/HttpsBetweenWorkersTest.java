/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.herder.distributed.HttpInternalRequests;
import dev.sluice.connect.rest.ssl.RestSslConfig;
import dev.sluice.connect.rest.ssl.TestKeystores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers whose listeners are HTTPS reach each other with their REST SSL settings as clients, as Apache's workers
 * do: a follower forwards a request to the leader, and posts task configs to it, trusting the leader through its
 * truststore and presenting its own certificate when the leader requires one. Host names are verified unless
 * {@code ssl.endpoint.identification.algorithm} is empty.
 */
class HttpsBetweenWorkersTest {

    private static final String CREATE = "{\"name\":\"fs\",\"config\":{\"connector.class\":\"FakeSource\","
            + "\"topic\":\"t\"}}";

    @TempDir
    static Path dir;
    static TestKeystores stores;

    @BeforeAll
    static void makeKeystores() {
        stores = TestKeystores.create(dir);
    }

    /** A worker on an HTTPS listener that requires client certificates. */
    static RestHarness worker(Map<String, String> settings) {
        Map<String, String> withAuth = new HashMap<>(settings);
        withAuth.put("ssl.client.auth", "required");
        RestServerConfig config = RestServerConfig.forListeners("https://localhost:0")
                .withSsl(RestSslConfig.fromWorkerSettings(withAuth));
        return new RestHarness(config, stores.clientWithCertificate());
    }

    /** The leader's URL by IP address, which its certificate (for localhost only) does not name. */
    static String byAddress(RestHarness leader) {
        return leader.url().replace("//localhost:", "//127.0.0.1:");
    }

    @Test
    void aFollowerForwardsToAnHttpsLeaderPresentingItsCertificate() {
        try (RestHarness leader = worker(stores.workerSslSettings());
             RestHarness follower = worker(stores.workerSslSettings())) {
            follower.herder.cluster.followerOf(leader.url());

            RestHarness.Reply created = follower.post("/connectors", CREATE);

            assertEquals(201, created.status(), created.body());
            assertEquals("[\"fs\"]", leader.get("/connectors").body());
        }
    }

    @Test
    void theLeadersHostNameIsVerifiedUnlessTheAlgorithmIsEmpty() {
        try (RestHarness leader = worker(stores.workerSslSettings());
             RestHarness follower = worker(stores.workerSslSettings())) {
            follower.herder.cluster.followerOf(byAddress(leader));
            RestHarness.Reply refused = follower.post("/connectors", CREATE);
            assertEquals(500, refused.status());
            assertTrue(refused.json().get("message").asText().startsWith(RequestForwarder.IO_ERROR), refused.body());
            assertTrue(refused.body().contains("No subject alternative names matching IP address 127.0.0.1"),
                    refused.body());
        }
        Map<String, String> noHostCheck = new HashMap<>(stores.workerSslSettings());
        noHostCheck.put("ssl.endpoint.identification.algorithm", "");
        try (RestHarness leader = worker(stores.workerSslSettings());
             RestHarness follower = worker(noHostCheck)) {
            follower.herder.cluster.followerOf(byAddress(leader));
            assertEquals(201, follower.post("/connectors", CREATE).status());
        }
    }

    @Test
    void withoutTheTruststoreTheLeaderIsNotTrusted() {
        Map<String, String> noTruststore = new HashMap<>(stores.workerSslSettings());
        noTruststore.remove("ssl.truststore.location");
        noTruststore.remove("ssl.truststore.password");
        RequestForwarder forwarder = new RequestForwarder(Duration.ofSeconds(10),
                RestSslConfig.fromWorkerSettings(noTruststore));
        try (RestHarness leader = worker(stores.workerSslSettings())) {
            RestException e = assertThrows(RestException.class, () -> forwarder.send(new RequestForwarder.Outgoing(
                    "GET", leader.uri("/connectors"), null, Map.of())));
            assertTrue(e.getMessage().startsWith(RequestForwarder.IO_ERROR + "javax.net.ssl.SSLHandshakeException"),
                    e.getMessage());
        }
    }

    @Test
    void taskConfigsArePostedToAnHttpsLeader() {
        List<Map<String, String>> configs = List.of(Map.of("task.class", "FakeTask", "topic", "t"));
        HttpInternalRequests follower = new HttpInternalRequests(InternalTaskConfigsTest.SIGNING, true,
                Duration.ofSeconds(10), RestSslConfig.fromWorkerSettings(stores.workerSslSettings("listeners.https.")));
        try (RestHarness leader = worker(stores.workerSslSettings())) {
            leader.herder.cluster.verifySignaturesWith(InternalTaskConfigsTest.SIGNING,
                    InternalTaskConfigsTest.SESSION_KEY);
            leader.createConnector("fs");

            follower.sendTaskConfigs(leader.url(), "fs", configs, InternalTaskConfigsTest.SESSION_KEY);

            assertEquals(configs, leader.herder.cluster.storedTaskConfigs("fs"));
        }
        HttpInternalRequests withoutCertificate = new HttpInternalRequests(InternalTaskConfigsTest.SIGNING, true,
                Duration.ofSeconds(10), RestSslConfig.fromWorkerSettings(Map.of(
                        "ssl.truststore.location", stores.truststore().toString(),
                        "ssl.truststore.password", TestKeystores.PASSWORD)));
        try (RestHarness leader = worker(stores.workerSslSettings())) {
            leader.createConnector("fs");
            ConnectException refused = assertThrows(ConnectException.class, () -> withoutCertificate
                    .sendTaskConfigs(leader.url(), "fs", configs, InternalTaskConfigsTest.SESSION_KEY));
            assertTrue(refused.getMessage().startsWith("Could not send the task configs of connector fs to the"
                    + " leader at " + leader.url()), refused.getMessage());
        }
    }
}
