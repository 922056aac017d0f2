/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static dev.sluice.connect.cli.DistributedRestWorker.assertEmpty;
import static dev.sluice.connect.cli.DistributedRestWorker.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A distributed worker reads and changes connector offsets with Apache Kafka Connect 4.3.1's bodies (recorded
 * exchanges observed/rest/07d, 12e, 13*, 20d, 25*): source partitions as the connector's own maps, sink partitions
 * as {@code {"kafka_partition","kafka_topic"}} in that order, the same success messages and the same 400s.
 */
@WithSharedKafka
class DistributedRestOffsetsTest {

    private static final String SINK = "dev.sluice.connect.worker.FactoryConnectors$CollectingSinkConnector";
    // Neither test connector says it handled a change itself (its alterOffsets answers false).
    private static final String ALTERED = "{\"message\":\"The Connect framework-managed offsets for this connector"
            + " have been altered successfully. However, if this connector manages offsets externally, they will"
            + " need to be manually altered in the system that the connector uses.\"}";
    private static final String RESET = "{\"message\":\"The Connect framework-managed offsets for this connector"
            + " have been reset successfully. However, if this connector manages offsets externally, they will"
            + " need to be manually reset in the system that the connector uses.\"}";
    private static final String NONE = "{\"offsets\":[]}";

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
        name = DistributedRestWorker.uniqueName("offsets");
    }

    private String offsetsPath() {
        return "/connectors/" + name + "/offsets";
    }

    private JsonNode awaitOffsets(String expected) throws Exception {
        return worker.awaitJson(offsetsPath(), json -> json.toString().equals(expected));
    }

    private void assertOk(String expectedBody, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expectedBody, response.body());
    }

    @Test
    void sourceOffsetsAreReadWhileRunningAndChangedOnceStopped() throws Exception {
        worker.createRunning(name, name);
        JsonNode running = worker.awaitJson(offsetsPath(), json -> json.path("offsets").size() == 1);
        JsonNode entry = running.path("offsets").path(0);
        assertEquals("{\"ticker\":\"task-0\"}", entry.path("partition").toString());
        assertEquals(List.of("position"), DistributedRestWorker.fields(entry.path("offset")));

        assertEmpty(204, worker.send("PUT", "/connectors/" + name + "/stop", null));
        worker.awaitStates(name, "STOPPED");
        assertOk(ALTERED, worker.send("PATCH", offsetsPath(),
                "{\"offsets\":[{\"partition\":{\"ticker\":\"task-0\"},\"offset\":{\"position\":6}}]}"));
        awaitOffsets("{\"offsets\":[{\"partition\":{\"ticker\":\"task-0\"},\"offset\":{\"position\":6}}]}");
        // A null offset removes a partition; one that never had an offset is accepted all the same.
        assertOk(ALTERED, worker.send("PATCH", offsetsPath(),
                "{\"offsets\":[{\"partition\":{\"ticker\":\"other\"},\"offset\":null}]}"));
        assertError(400, "Partitions / offsets need to be provided for an alter offsets request",
                worker.send("PATCH", offsetsPath(), "{}"));
        // The connector refuses this one: its message comes back as a 500 and nothing changes.
        assertError(500, "A tick position cannot be negative: -1", worker.send("PATCH", offsetsPath(),
                "{\"offsets\":[{\"partition\":{\"ticker\":\"task-0\"},\"offset\":{\"position\":-1}}]}"));
        assertOk("{\"offsets\":[{\"partition\":{\"ticker\":\"task-0\"},\"offset\":{\"position\":6}}]}",
                worker.send("GET", offsetsPath(), null));

        assertOk(RESET, worker.send("DELETE", offsetsPath(), null));
        awaitOffsets(NONE);
    }

    @Test
    void sinkOffsetsNameThePartitionBeforeTheTopic(KafkaTestClients kafka) throws Exception {
        kafka.createTopic(name, 1, 1);
        kafka.produceValues(name, "a", "b", "c");
        HttpResponse<String> created = worker.send("PUT", "/connectors/" + name + "/config",
                "{\"connector.class\":\"" + SINK + "\",\"tasks.max\":\"1\",\"topics\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("{\"name\":\"" + name + "\",\"config\":{\"connector.class\":\"" + SINK + "\",\"tasks.max\":\"1\","
                + "\"topics\":\"" + name + "\",\"name\":\"" + name + "\"},\"tasks\":[],\"type\":\"sink\"}",
                created.body());
        String committed = "{\"offsets\":[{\"partition\":{\"kafka_partition\":0,\"kafka_topic\":\"" + name + "\"},"
                + "\"offset\":{\"kafka_offset\":3}}]}";
        awaitOffsets(committed);

        assertEmpty(204, worker.send("PUT", "/connectors/" + name + "/stop", null));
        worker.awaitStates(name, "STOPPED");
        assertOk(committed, worker.send("GET", offsetsPath(), null));
        assertOk(ALTERED, worker.send("PATCH", offsetsPath(), "{\"offsets\":[{\"partition\":{\"kafka_topic\":\""
                + name + "\",\"kafka_partition\":0},\"offset\":{\"kafka_offset\":2}}]}"));
        awaitOffsets(committed.replace("\"kafka_offset\":3", "\"kafka_offset\":2"));
        assertError(400, "Failed to parse the following Kafka offset value in the provided offsets: 'abc'. Offset"
                + " values for sink connectors need to be integers.", worker.send("PATCH", offsetsPath(),
                "{\"offsets\":[{\"partition\":{\"kafka_topic\":\"" + name + "\",\"kafka_partition\":0},"
                + "\"offset\":{\"kafka_offset\":\"abc\"}}]}"));
        assertError(400, "The partition for a sink connector offset must contain the keys 'kafka_topic' and"
                + " 'kafka_partition'", worker.send("PATCH", offsetsPath(), "{\"offsets\":[{\"partition\":"
                + "{\"kafka_topic\":\"" + name + "\"},\"offset\":{\"kafka_offset\":2}}]}"));

        assertOk(RESET, worker.send("DELETE", offsetsPath(), null));
        awaitOffsets(NONE);
    }
}
