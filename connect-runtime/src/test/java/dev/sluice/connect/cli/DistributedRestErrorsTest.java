/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static dev.sluice.connect.cli.DistributedRestWorker.TICKING;
import static dev.sluice.connect.cli.DistributedRestWorker.assertEmpty;
import static dev.sluice.connect.cli.DistributedRestWorker.assertError;
import static dev.sluice.connect.cli.DistributedRestWorker.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A distributed worker's error answers carry the status and the exact message Apache Kafka Connect 4.3.1's
 * distributed worker gave for the same request (recorded exchanges observed/rest/04–06, 31j–31k), except where
 * docs/compatibility.md lists a deliberate difference.
 */
@WithSharedKafka
class DistributedRestErrorsTest {

    private static final String SINK = "dev.sluice.connect.worker.FactoryConnectors$CollectingSinkConnector";
    private static final String SEE_VALIDATE = "\nYou can also find the above list of errors at the endpoint"
            + " `/connector-plugins/{connectorType}/config/validate`";
    private static final String STOP_FIRST = "Connectors must be in the STOPPED state before their offsets can be"
            + " modified. This can be done for the specified connector by issuing a 'PUT' request to the"
            + " '/connectors/%s/stop' endpoint";

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
        name = DistributedRestWorker.uniqueName("errors");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return worker.send("POST", "/connectors", body);
    }

    @Test
    void creatingATakenNameIs409() throws Exception {
        worker.createTicking(name, name);
        assertError(409, "Connector " + name + " already exists", post("{\"name\":\"" + name + "\",\"config\":"
                + DistributedRestWorker.tickingConfig(name) + "}"));
    }

    @Test
    void invalidConfigsAre400WithEveryErrorListed() throws Exception {
        HttpResponse<String> unknownClass = post("{\"name\":\"" + name + "\",\"config\":{\"connector.class\":"
                + "\"NoSuchConnector\",\"topic\":\"t\"}}");
        assertEquals(400, unknownClass.statusCode(), unknownClass.body());
        assertTrue(json(unknownClass).path("message").asText().startsWith("Failed to find any class that implements"
                + " Connector and which name matches NoSuchConnector, available connectors are: PluginDesc{klass="),
                unknownClass.body());

        assertError(400, "Connector configuration is invalid and contains the following 2 error(s):\n"
                + "Invalid value abc for configuration tasks.max: Not a number of type INT\n"
                + "Invalid value null for configuration tasks.max: Value must be non-null" + SEE_VALIDATE,
                post("{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\"" + TICKING + "\","
                        + "\"tasks.max\":\"abc\",\"topic\":\"t\"}}"));
        assertError(400, "Connector config {name=" + name + ", topic=t} contains no connector type",
                post("{\"name\":\"" + name + "\",\"config\":{\"topic\":\"t\"}}"));
        assertError(400, "Connector configuration is invalid and contains the following 2 error(s):\n"
                + "Must configure one of topics or topics.regex\nMust configure one of topics or topics.regex"
                + SEE_VALIDATE, post("{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\"" + SINK + "\"}}"));
        assertError(400, "Connector configuration is invalid and contains the following 1 error(s):\n"
                + "Invalid value  for configuration name: String may not be empty" + SEE_VALIDATE,
                post("{\"config\":{\"connector.class\":\"" + TICKING + "\",\"topic\":\"t\"}}"));
        assertError(400, "Connector name configuration (x2) doesn't match connector name in the URL (" + name + ")",
                post("{\"name\":\"" + name + "\",\"config\":{\"name\":\"x2\",\"connector.class\":\"" + TICKING
                        + "\",\"topic\":\"t\"}}"));
        assertError(400, "Connector configuration is invalid and contains the following 2 error(s):\n"
                + "Invalid value -1 for configuration tasks.max: Value must be at least 1\n"
                + "Missing required configuration \"topic\" which has no default value." + SEE_VALIDATE,
                worker.send("PUT", "/connectors/" + name + "/config", "{\"connector.class\":\"" + TICKING + "\","
                        + "\"tasks.max\":\"-1\"}"));
        assertError(400, "Connector name configuration (other) doesn't match connector name in the URL (" + name
                + ")", worker.send("PUT", "/connectors/" + name + "/config", "{\"connector.class\":\"" + TICKING
                + "\",\"name\":\"other\"}"));
        assertFalse(worker.send("GET", "/connectors", null).body().contains(name), "nothing was created");
    }

    @Test
    void malformedJsonIsTheClientsFault() throws Exception {
        // Deliberate difference (docs/compatibility.md): Apache answers 500 with Jackson's redacted message.
        HttpResponse<String> malformed = post("{\"name\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(json(malformed).path("message").asText().startsWith("Malformed JSON in request body: "),
                malformed.body());
    }

    @Test
    void everyEndpointOfAnUnknownConnectorAnswersWithItsOwnMessage() throws Exception {
        String nope = "/connectors/" + name;
        String notFound = "Connector " + name + " not found";
        assertError(404, notFound, worker.send("GET", nope, null));
        assertError(404, notFound, worker.send("GET", nope + "/config", null));
        assertError(404, "No status found for connector " + name, worker.send("GET", nope + "/status", null));
        assertError(404, notFound, worker.send("GET", nope + "/tasks", null));
        assertError(404, "No status found for task " + name + "-0", worker.send("GET", nope + "/tasks/0/status",
                null));
        String unknownForRestart = "Unknown connector: " + name;
        assertError(404, unknownForRestart, worker.send("POST", nope + "/restart", null));
        assertError(404, unknownForRestart, worker.send("POST", nope + "/restart?includeTasks=true&onlyFailed=false",
                null));
        assertError(404, unknownForRestart, worker.send("POST", nope + "/tasks/0/restart", null));
        String unknownForTargetState = "Unknown connector " + name;
        assertError(404, unknownForTargetState, worker.send("PUT", nope + "/pause", null));
        assertError(404, unknownForTargetState, worker.send("PUT", nope + "/resume", null));
        assertError(404, unknownForTargetState, worker.send("PUT", nope + "/stop", null));
        assertError(404, notFound, worker.send("DELETE", nope, null));
        assertError(404, notFound, worker.send("PATCH", nope + "/config", "{\"a\":\"b\"}"));
        assertError(404, notFound, worker.send("GET", nope + "/offsets", null));
        assertError(404, notFound, worker.send("DELETE", nope + "/offsets", null));
        assertError(404, notFound, worker.send("PATCH", nope + "/offsets",
                "{\"offsets\":[{\"partition\":{\"filename\":\"x\"},\"offset\":{\"position\":1}}]}"));
        // No offsets given is checked before the connector is looked up.
        String noOffsets = "Partitions / offsets need to be provided for an alter offsets request";
        assertError(400, noOffsets, worker.send("PATCH", nope + "/offsets", "{\"offsets\":[]}"));
        assertError(400, noOffsets, worker.send("PATCH", nope + "/offsets", "{}"));
    }

    @Test
    void topicsOfAnUnknownConnectorAreEmptyAndTheirResetIsAccepted() throws Exception {
        HttpResponse<String> topics = worker.send("GET", "/connectors/" + name + "/topics", null);
        assertEquals(200, topics.statusCode(), topics.body());
        assertEquals("{\"" + name + "\":{\"topics\":[]}}", topics.body());
        assertEmpty(202, worker.send("PUT", "/connectors/" + name + "/topics/reset", null));
    }

    @Test
    void aTaskTheConnectorDoesNotHaveIsUnknown() throws Exception {
        worker.createRunning(name, name);
        assertError(404, "No status found for task " + name + "-5",
                worker.send("GET", "/connectors/" + name + "/tasks/5/status", null));
        assertError(404, "Unknown task: " + name + "-5",
                worker.send("POST", "/connectors/" + name + "/tasks/5/restart", null));
    }

    @Test
    void offsetsOfARunningConnectorCannotChange() throws Exception {
        worker.createRunning(name, name);
        String stopFirst = String.format(STOP_FIRST, name);
        assertError(400, stopFirst, worker.send("PATCH", "/connectors/" + name + "/offsets",
                "{\"offsets\":[{\"partition\":{\"ticker\":\"task-0\"},\"offset\":{\"position\":1}}]}"));
        assertError(400, stopFirst, worker.send("DELETE", "/connectors/" + name + "/offsets", null));
    }

    @Test
    void unknownPathsPluginsAndLoggersAre404() throws Exception {
        // Apache sends Jersey's own 404 without a Content-Type; ours carries application/json like every error.
        HttpResponse<String> noSuchPath = worker.send("GET", "/connectors/" + name + "/tasks-config", null);
        assertEquals(404, noSuchPath.statusCode());
        assertEquals("{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}", noSuchPath.body());
        assertError(404, "Unknown plugin NoSuch.", worker.send("GET", "/connector-plugins/NoSuch/config", null));
        // Deliberate difference (docs/compatibility.md): Apache wraps this 400 in a 500.
        HttpResponse<String> validate = worker.send("PUT", "/connector-plugins/NoSuch/config/validate",
                "{\"connector.class\":\"NoSuch\"}");
        assertEquals(400, validate.statusCode(), validate.body());
        assertTrue(json(validate).path("message").asText().startsWith("Failed to find any class that implements"
                + " Connector and which name matches NoSuch, available connectors are: "), validate.body());
        assertError(404, "Logger no.such.logger." + name + " not found.",
                worker.send("GET", "/admin/loggers/no.such.logger." + name, null));
    }
}
