/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.storage.kafka.StatusRecord.ConnectorState;
import dev.sluice.connect.storage.kafka.StatusRecord.TaskState;
import dev.sluice.connect.storage.kafka.StatusRecord.TopicState;
import dev.sluice.connect.storage.kafka.StatusRecord.TopicUse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status topic's records, with the exact bytes Apache Kafka Connect 4.3.1 writes (compat-contract.md). */
class StatusRecordCodecTest {

    private final StatusRecordCodec codec = new StatusRecordCodec("connect-status");

    private void assertEncodes(StatusRecord record, String key, String value) {
        EncodedRecord encoded = codec.encode(record);
        assertEquals(key, encoded.key());
        if (value == null) {
            assertNull(encoded.value());
        } else {
            assertEquals(value, encoded.valueText());
        }
        assertEquals(Optional.of(record), codec.decode(key, encoded.value()), "decoding reverses encoding");
    }

    private Optional<StatusRecord> decode(String key, String value) {
        return codec.decode(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void connectorStatusFieldsInApachesOrder() {
        assertEncodes(new ConnectorState("fs",
                        new ConnectorStatus("fs", State.RUNNING, null, "localhost:8083", 2, "4.3.1")),
                "status-connector-fs",
                "{\"state\":\"RUNNING\",\"trace\":null,\"worker_id\":\"localhost:8083\",\"generation\":2,"
                        + "\"version\":\"4.3.1\"}");
    }

    @Test
    void taskStatusOfAFailedTaskCarriesItsTrace() {
        ConnectorTaskId id = new ConnectorTaskId("fs", 0);
        assertEncodes(new TaskState(id, new TaskStatus(id, State.RUNNING, null, "localhost:8083", 3, "4.3.1")),
                "status-task-fs-0",
                "{\"state\":\"RUNNING\",\"trace\":null,\"worker_id\":\"localhost:8083\",\"generation\":3,"
                        + "\"version\":\"4.3.1\"}");
        assertEncodes(new TaskState(id, new TaskStatus(id, State.FAILED, "boom\n\tat X", "w:1", 4, null)),
                "status-task-fs-0",
                "{\"state\":\"FAILED\",\"trace\":\"boom\\n\\tat X\",\"worker_id\":\"w:1\",\"generation\":4,"
                        + "\"version\":null}");
    }

    @Test
    void statusWithoutVersionFromOlderWorkersReadsWithNullVersion() {
        assertEquals(Optional.of(new ConnectorState("my-conn",
                        new ConnectorStatus("my-conn", State.PAUSED, null, "h:8083", 7, null))),
                decode("status-connector-my-conn",
                        "{\"state\":\"PAUSED\",\"trace\":null,\"worker_id\":\"h:8083\",\"generation\":7}"));
    }

    @Test
    void taskKeyOfAConnectorWhoseNameHasDashes() {
        ConnectorTaskId id = new ConnectorTaskId("my-conn", 10);
        assertEquals(Optional.of(new TaskState(id, new TaskStatus(id, State.UNASSIGNED, null, "h:1", 0, null))),
                decode("status-task-my-conn-10",
                        "{\"state\":\"UNASSIGNED\",\"trace\":null,\"worker_id\":\"h:1\",\"generation\":0}"));
    }

    @Test
    void topicUseNamesTopicConnectorTaskAndDiscoveryTime() {
        assertEncodes(new TopicState("t", "fs", new TopicUse(0, 1795243799028L)), "status-topic-t:connector-fs",
                "{\"topic\":{\"name\":\"t\",\"connector\":\"fs\",\"task\":0,\"discoverTimestamp\":1795243799028}}");
    }

    @Test
    void deletionsAreTombstones() {
        ConnectorTaskId id = new ConnectorTaskId("fs", 0);
        assertEncodes(new ConnectorState("fs", null), "status-connector-fs", null);
        assertEncodes(new TaskState(id, null), "status-task-fs-0", null);
        assertEncodes(new TopicState("t", "fs", null), "status-topic-t:connector-fs", null);
    }

    @Test
    void unknownKeysAndGarbledValuesAreSkippedNotThrown() {
        assertTrue(decode("status-worker-x", "{}").isEmpty());
        assertTrue(decode("status-connector-fs", "{\"state\":\"SLEEPING\",\"worker_id\":\"h\",\"generation\":1}")
                .isEmpty());
        assertTrue(decode("status-connector-fs", "{\"state\":\"RUNNING\"}").isEmpty());
        assertTrue(decode("status-task-fs", "{}").isEmpty());
        assertTrue(decode("status-topic-t", "{}").isEmpty());
        assertTrue(decode("status-topic-t:connector-fs", "{\"topic\":5}").isEmpty());
        assertTrue(decode("status-connector-fs", "{{{").isEmpty());
    }
}
