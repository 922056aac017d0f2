/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.storage.kafka.ConfigRecord.ConnectorConfig;
import dev.sluice.connect.storage.kafka.ConfigRecord.LoggerLevelRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.RestartRequestRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.SessionKeyRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.TargetStateRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskCommit;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskConfig;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskCountRecord;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The config topic's records, with the exact bytes Apache Kafka Connect 4.3.1 writes (compat-contract.md). */
class ConfigRecordCodecTest {

    private final ConfigRecordCodec codec = new ConfigRecordCodec("connect-configs");

    private static Map<String, String> fsConfig() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("connector.class", "FileStreamSource");
        props.put("file", "/tmp/in.txt");
        props.put("topic", "t");
        props.put("tasks.max", "1");
        props.put("name", "fs");
        return props;
    }

    private void assertEncodes(ConfigRecord record, String key, String value) {
        EncodedRecord encoded = codec.encode(record);
        assertEquals(key, encoded.key());
        if (value == null) {
            assertNull(encoded.value());
        } else {
            assertEquals(value, encoded.valueText());
            assertArrayEquals(value.getBytes(StandardCharsets.UTF_8), encoded.value());
        }
        assertEquals(Optional.of(record), codec.decode(key, encoded.value()), "decoding reverses encoding");
    }

    private Optional<ConfigRecord> decode(String key, String value) {
        return codec.decode(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void connectorConfigKeepsThePropertiesInSubmissionOrder() {
        assertEncodes(new ConnectorConfig("fs", fsConfig()), "connector-fs",
                "{\"properties\":{\"connector.class\":\"FileStreamSource\",\"file\":\"/tmp/in.txt\",\"topic\":\"t\","
                        + "\"tasks.max\":\"1\",\"name\":\"fs\"}}");
    }

    @Test
    void deletingAConnectorIsATombstoneForItsConfigAndItsTargetState() {
        assertEncodes(new ConnectorConfig("fs", null), "connector-fs", null);
        assertEncodes(new TargetStateRecord("fs", null), "target-state-fs", null);
    }

    @Test
    void taskConfigIsKeyedByConnectorAndTaskNumber() {
        Map<String, String> props = fsConfig();
        props.put("task.class", "org.apache.kafka.connect.file.FileStreamSourceTask");
        assertEncodes(new TaskConfig(new ConnectorTaskId("fs", 0), props), "task-fs-0",
                "{\"properties\":{\"connector.class\":\"FileStreamSource\",\"file\":\"/tmp/in.txt\",\"topic\":\"t\","
                        + "\"tasks.max\":\"1\",\"name\":\"fs\","
                        + "\"task.class\":\"org.apache.kafka.connect.file.FileStreamSourceTask\"}}");
    }

    @Test
    void taskKeyOfAConnectorWhoseNameHasDashesSplitsAtTheLastDash() {
        assertEquals(Optional.of(new TaskConfig(new ConnectorTaskId("my-file-source", 12), Map.of("a", "b"))),
                decode("task-my-file-source-12", "{\"properties\":{\"a\":\"b\"}}"));
    }

    @Test
    void commitCountsTheTasks() {
        assertEncodes(new TaskCommit("fs", 1), "commit-fs", "{\"tasks\":1}");
    }

    @Test
    void targetStateWritesBothFieldsAndStoppedReadsAsPausedForWorkersBeforeKip875() {
        assertEncodes(new TargetStateRecord("fs", TargetState.PAUSED), "target-state-fs",
                "{\"state\":\"PAUSED\",\"state.v2\":\"PAUSED\"}");
        assertEncodes(new TargetStateRecord("fs", TargetState.STARTED), "target-state-fs",
                "{\"state\":\"STARTED\",\"state.v2\":\"STARTED\"}");
        assertEncodes(new TargetStateRecord("fs", TargetState.STOPPED), "target-state-fs",
                "{\"state\":\"PAUSED\",\"state.v2\":\"STOPPED\"}");
    }

    @Test
    void targetStateWrittenByOlderWorkersHasOnlyTheStateField() {
        assertEquals(Optional.of(new TargetStateRecord("fs", TargetState.PAUSED)),
                decode("target-state-fs", "{\"state\":\"PAUSED\"}"));
        assertEquals(Optional.of(new TargetStateRecord("fs", TargetState.STARTED)),
                decode("target-state-fs", "{\"state\":\"STARTED\"}"));
    }

    @Test
    void sessionKeyIsBase64WithItsAlgorithmAndCreationTime() {
        byte[] material = new byte[32];
        for (int i = 0; i < material.length; i++) {
            material[i] = (byte) i;
        }
        SessionKey key = new SessionKey(new SecretKeySpec(material, "HmacSHA256"), 1795243750131L);
        String base64 = Base64.getEncoder().encodeToString(material);
        EncodedRecord encoded = codec.encode(new SessionKeyRecord(key));
        assertEquals("session-key", encoded.key());
        assertEquals("{\"key\":\"" + base64 + "\",\"algorithm\":\"HmacSHA256\",\"creation-timestamp\":1795243750131}",
                encoded.valueText());

        SessionKey decoded = ((SessionKeyRecord) codec.decode("session-key", encoded.value()).orElseThrow())
                .sessionKey();
        assertArrayEquals(material, decoded.key().getEncoded());
        assertEquals("HmacSHA256", decoded.key().getAlgorithm());
        assertEquals(1795243750131L, decoded.creationTimestamp());
    }

    @Test
    void restartRequestCarriesBothFlags() {
        assertEncodes(new RestartRequestRecord("fs", true, false), "restart-connector-fs",
                "{\"include-tasks\":false,\"only-failed\":true}");
    }

    @Test
    void sessionKeyAsApacheWroteIt() {
        String apache = "{\"key\":\"S7RD0e5jODzkcRNSExTAJW/4eNhfVKqFLCi8It+6aNU=\",\"algorithm\":\"HmacSHA256\","
                + "\"creation-timestamp\":1796282232627}";
        SessionKeyRecord decoded = (SessionKeyRecord) decode("session-key", apache).orElseThrow();
        assertEquals(32, decoded.sessionKey().key().getEncoded().length);
        assertEquals(1796282232627L, decoded.sessionKey().creationTimestamp());
        assertEquals(apache, codec.encode(decoded).valueText());
    }

    @Test
    void clusterWideLogLevel() {
        assertEncodes(new LoggerLevelRecord("org.apache.kafka.connect.json", "TRACE"),
                "logger-cluster-org.apache.kafka.connect.json", "{\"level\":\"TRACE\"}");
    }

    @Test
    void taskCountRecordOfExactlyOnceSources() {
        assertEncodes(new TaskCountRecord("fs", 3), "tasks-fencing-fs", "{\"task-count\":3}");
    }

    @Test
    void unknownKeysAndGarbledValuesAreSkippedNotThrown() {
        for (List<String> record : List.of(
                List.of("something-else", "{}"),
                List.of("commit-fs", "not json"),
                List.of("commit-fs", "{\"tasks\":\"one\"}"),
                List.of("connector-fs", "[1,2]"),
                List.of("connector-fs", "{\"properties\":{\"tasks.max\":1}}"),
                List.of("target-state-fs", "{\"state\":\"DANCING\"}"),
                List.of("task-fs", "{\"properties\":{}}"),
                List.of("session-key", "{\"key\":\"not base64!\",\"algorithm\":\"HmacSHA256\","
                        + "\"creation-timestamp\":1}"))) {
            assertTrue(decode(record.get(0), record.get(1)).isEmpty(), () -> "skipped: " + record);
        }
        assertTrue(decode("commit-fs", null).isEmpty(), "a commit is never a tombstone");
        assertTrue(codec.decode(null, new byte[0]).isEmpty());
    }
}
