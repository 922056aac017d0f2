/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.rest.RestHarness.Reply;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad requests and failures: every one is a JSON {"error_code","message"} body with the right status. */
class RestErrorsTest {

    private RestHarness rest = new RestHarness();

    @AfterEach
    void stop() {
        rest.close();
    }

    private static void assertError(int status, String message, Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/json", reply.header("Content-Type"));
        assertEquals("{\"error_code\":" + status + ",\"message\":\"" + message + "\"}", reply.body());
    }

    @Test
    void malformedJsonIsA400NamingWhereItBroke() {
        Reply reply = rest.post("/connectors", "{\"name\":\"x\", \"config\": {");
        assertEquals(400, reply.status());
        assertEquals(400, reply.json().path("error_code").asInt());
        String message = reply.json().path("message").asText();
        assertEquals("Malformed JSON in request body: Unexpected end-of-input: expected close marker for Object"
                + " (start marker at line 1, column 24) (line 1, column 25)", message);
    }

    @Test
    void malformedJsonIsA400OnEveryEndpointWithABody() {
        rest.createConnector("fs");
        assertEquals(400, rest.put("/connectors/fs/config", "{").status());
        assertEquals(400, rest.patch("/connectors/fs/offsets", "{\"offsets\":[").status());
        assertEquals(400, rest.put("/connector-plugins/FakeSource/config/validate", "{").status());
        assertEquals(400, rest.put("/admin/loggers/x", "nope").status());
    }

    @Test
    void jsonOfTheWrongShapeIsA400() {
        Reply array = rest.post("/connectors", "[1,2]");
        assertEquals(400, array.status());
        assertTrue(array.json().path("message").asText().startsWith("Invalid JSON in request body: Cannot deserialize"),
                array.body());

        Reply unknownField = rest.post("/connectors", "{\"name\":\"u\",\"config\":{},\"bogus\":1}");
        assertEquals(400, unknownField.status());
        assertTrue(unknownField.json().path("message").asText()
                .startsWith("Invalid JSON in request body: Unrecognized field \"bogus\""), unknownField.body());

        Reply badState = rest.post("/connectors", "{\"name\":\"u\",\"config\":{},\"initial_state\":\"NOPE\"}");
        assertEquals(400, badState.status());
    }

    @Test
    void anEmptyBodyIsA400() {
        assertError(400, "Request body must be a JSON object with \\\"name\\\" and \\\"config\\\"",
                rest.post("/connectors", null));
        assertError(400, "Request body must be a JSON object of connector config keys",
                rest.put("/connectors/fs/config", null));
    }

    @Test
    void creatingWithoutConfigIsA400() {
        assertError(400, "Connector config is required (\\\"config\\\" is missing or null)",
                rest.post("/connectors", "{\"name\":\"noc\"}"));
    }

    @Test
    void unknownConnectorIsA404OnEveryEndpoint() {
        assertError(404, "Connector nope not found", rest.get("/connectors/nope"));
        assertError(404, "Connector nope not found", rest.get("/connectors/nope/config"));
        assertError(404, "No status found for connector nope", rest.get("/connectors/nope/status"));
        assertError(404, "Connector nope not found", rest.get("/connectors/nope/offsets"));
        assertError(404, "Connector nope not found", rest.patch("/connectors/nope/config", "{\"a\":\"b\"}"));
        assertError(404, "Connector nope not found", rest.delete("/connectors/nope"));
        assertError(404, "Connector nope not found", rest.put("/connectors/nope/pause", null));
        assertError(404, "Unknown connector: nope", rest.post("/connectors/nope/restart", null));
    }

    @Test
    void unknownTaskIsA404() {
        rest.createConnector("fs");
        assertError(404, "No status found for task fs-7", rest.get("/connectors/fs/tasks/7/status"));
        assertError(404, "Unknown task: fs-9", rest.post("/connectors/fs/tasks/9/restart", null));
    }

    @Test
    void duplicateConnectorIsA409() {
        rest.createConnector("fs");
        assertError(409, "Connector fs already exists", rest.post("/connectors",
                "{\"name\":\"fs\",\"config\":{\"connector.class\":\"FakeSource\",\"topic\":\"t\"}}"));
    }

    @Test
    void invalidConfigIsA400NamingTheKeys() {
        Reply reply = rest.post("/connectors", "{\"name\":\"bad\",\"config\":{\"connector.class\":\"FakeSource\","
                + "\"batch.size\":\"zero\"}}");
        assertError(400, "Connector configuration is invalid and contains the following 2 error(s):\\n"
                + "Invalid value zero for configuration batch.size: Not a number of type INT\\n"
                + "Missing required configuration \\\"topic\\\" which has no default value.", reply);
    }

    @Test
    void nameInConfigMustMatchTheUrl() {
        assertError(400, "Connector name configuration (other) doesn't match connector name in the URL (fs3)",
                rest.put("/connectors/fs3/config", "{\"name\":\"other\",\"connector.class\":\"FakeSource\"}"));
    }

    @Test
    void offsetsCanOnlyChangeWhileStopped() {
        rest.createConnector("fs");
        String message = "Connectors must be in the STOPPED state before their offsets can be modified. This can be"
                + " done for the specified connector by issuing a 'PUT' request to the '/connectors/fs/stop' endpoint";
        assertError(400, message, rest.patch("/connectors/fs/offsets",
                "{\"offsets\":[{\"partition\":{\"f\":\"a\"},\"offset\":{\"p\":1}}]}"));
        assertError(400, message, rest.delete("/connectors/fs/offsets"));
    }

    @Test
    void alteringOffsetsNeedsOffsets() {
        rest.createConnector("fs");
        rest.put("/connectors/fs/stop", null);
        assertError(400, "Partitions / offsets need to be provided for an alter offsets request",
                rest.patch("/connectors/fs/offsets", "{}"));
    }

    @Test
    void unknownRouteIsA404WithJsonBody() {
        assertError(404, "HTTP 404 Not Found", rest.get("/nothing/here"));
    }

    @Test
    void wrongMethodIsA405AndWrongMediaTypeA415() {
        Reply notAllowed = rest.delete("/connector-plugins");
        assertError(405, "HTTP 405 Method Not Allowed: this path takes GET, HEAD, OPTIONS", notAllowed);
        assertEquals("GET,HEAD,OPTIONS", String.join(",", new TreeSet<>(List.of(notAllowed.header("Allow")
                .split(",\\s*")))));
        Reply reply = rest.send(java.net.http.HttpRequest.newBuilder(rest.uri("/connectors"))
                .header("Content-Type", "text/plain"), "POST", "x");
        assertError(415, "Unsupported Media Type: send the request body as JSON with the header 'Content-Type:"
                + " application/json'", reply);
    }

    @Test
    void aHerderThatDoesNotAnswerInTimeIsA500() {
        rest.close();
        rest = new RestHarness(RestServerConfig.forListeners("http://localhost:0")
                .withRequestTimeout(Duration.ofMillis(200)));
        rest.herder.stuck = true;
        assertError(500, "Request timed out", rest.get("/connectors"));
    }
}
