/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorOffsetReaderTest {

    private static final Map<String, Object> SAME_FILE = Map.of("filename", "/tmp/in.txt");

    @TempDir
    Path dir;

    private final OffsetKeyCodec codec = new OffsetKeyCodec();
    private FileOffsetStore store;

    @BeforeEach
    void start() {
        store = new FileOffsetStore(dir.resolve("connect.offsets"));
        store.start();
    }

    @AfterEach
    void stop() {
        store.stop();
    }

    @Test
    void aReaderSeesOnlyItsOwnConnectorsOffsetsForTheSamePartition() throws Exception {
        commit("alpha", SAME_FILE, Map.of("position", 10));
        commit("beta", SAME_FILE, Map.of("position", 20));

        assertEquals(Map.of("position", 10L), new ConnectorOffsetReader(store, "alpha", codec).offset(SAME_FILE));
        assertEquals(Map.of("position", 20L), new ConnectorOffsetReader(store, "beta", codec).offset(SAME_FILE));
        assertEquals(null, new ConnectorOffsetReader(store, "gamma", codec).offset(SAME_FILE));
    }

    @Test
    void offsetsAnswersEveryPartitionAskedForWithNullWhenThereIsNoOffset() throws Exception {
        commit("fs", SAME_FILE, Map.of("position", 10));
        Map<String, Object> other = Map.of("filename", "/tmp/other.txt");

        Map<Map<String, Object>, Map<String, Object>> expected = new LinkedHashMap<>();
        expected.put(SAME_FILE, Map.of("position", 10L));
        expected.put(other, null);
        assertEquals(expected, new ConnectorOffsetReader(store, "fs", codec).offsets(List.of(SAME_FILE, other)));
    }

    @Test
    void offsetsSurviveARestartOfTheStore() throws Exception {
        commit("fs", SAME_FILE, Map.of("position", 10));
        store.stop();
        store = new FileOffsetStore(dir.resolve("connect.offsets"));
        store.start();

        assertEquals(Map.of("position", 10L), new ConnectorOffsetReader(store, "fs", codec).offset(SAME_FILE));
    }

    @Test
    void aPartitionThatCannotBeSerializedHasNoOffsetRatherThanFailingTheTask() {
        Map<String, Object> invalid = Map.of("nested", Map.of("x", 1));
        assertEquals(null, new ConnectorOffsetReader(store, "fs", codec).offset(invalid));
    }

    @Test
    void partitionsMatchByJsonValueSoAnIntAndALongFindTheSameOffset() throws Exception {
        commit("fs", Map.of("line", 3), Map.of("position", 10));
        assertEquals(Map.of("position", 10L), new ConnectorOffsetReader(store, "fs", codec).offset(Map.of("line", 3L)));
    }

    @Test
    void aClosedReaderRefusesLookups() {
        ConnectorOffsetReader reader = new ConnectorOffsetReader(store, "fs", codec);
        reader.close();
        assertThrows(ConnectException.class, () -> reader.offset(SAME_FILE));
    }

    private void commit(String connector, Map<String, Object> partition, Map<String, Object> offset)
            throws Exception {
        SourceOffsetWriter writer = new SourceOffsetWriter(store, connector, codec);
        writer.offset(partition, offset);
        writer.beginFlush();
        writer.doFlush().get();
    }
}
