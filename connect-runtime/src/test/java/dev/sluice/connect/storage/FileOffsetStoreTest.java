/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import static dev.sluice.connect.storage.OffsetKeyCodecTest.bytes;
import static dev.sluice.connect.storage.OffsetKeyCodecTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOffsetStoreTest {

    @TempDir
    Path dir;

    private final List<FileOffsetStore> started = new ArrayList<>();

    @AfterEach
    void stopStores() {
        started.forEach(FileOffsetStore::stop);
    }

    @Test
    void offsetsSurviveARestart() throws Exception {
        Path file = dir.resolve("connect.offsets");
        FileOffsetStore first = start(file);
        first.set(Map.of(bytes("k1"), bytes("v1"), bytes("k2"), bytes("v2"))).get();
        first.stop();

        FileOffsetStore second = start(file);
        assertEquals(Map.of("k1", "v1", "k2", "v2"), texts(second.readAll().get()));
        assertEquals(Map.of("k1", "v1"), texts(second.get(List.of(bytes("k1"), bytes("missing"))).get()));
    }

    @Test
    void aMissingFileIsAnEmptyStoreAndIsOnlyCreatedByTheFirstWrite() throws Exception {
        Path file = dir.resolve("connect.offsets");
        FileOffsetStore store = start(file);
        assertEquals(Map.of(), store.readAll().get());
        assertFalse(Files.exists(file));

        store.set(Map.of(bytes("k"), bytes("v"))).get();
        assertTrue(Files.exists(file));
    }

    @Test
    void theFirstWriteCreatesAMissingParentFolder() throws Exception {
        Path file = dir.resolve("data/connect.offsets");
        FileOffsetStore store = start(file);

        store.set(Map.of(bytes("k"), bytes("v"))).get();

        assertEquals(Map.of("k", "v"), texts(start(file).readAll().get()));
    }

    @Test
    void anEmptyFileIsAnEmptyStore() throws Exception {
        Path file = Files.createFile(dir.resolve("connect.offsets"));
        assertEquals(Map.of(), start(file).readAll().get());
    }

    @Test
    void everyWriteIsOnDiskWhenItsFutureCompletes() throws Exception {
        Path file = dir.resolve("connect.offsets");
        FileOffsetStore store = start(file);
        store.set(Map.of(bytes("k"), bytes("v1"))).get();
        store.set(Map.of(bytes("k"), bytes("v2"))).get();

        assertEquals(Map.of("k", "v2"), texts(OffsetFile.read(file)));
    }

    @Test
    void aWriteLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("connect.offsets");
        start(file).set(Map.of(bytes("k"), bytes("v"))).get();

        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aTemporaryFileLeftByACrashIsIgnoredAndLaterReplaced() throws Exception {
        Path file = dir.resolve("connect.offsets");
        FileOffsetStore before = start(file);
        before.set(Map.of(bytes("k"), bytes("committed"))).get();
        before.stop();
        Path torn = dir.resolve("connect.offsets" + OffsetFile.TEMP_SUFFIX);
        Files.write(torn, new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x73});

        FileOffsetStore after = start(file);
        assertEquals(Map.of("k", "committed"), texts(after.readAll().get()));

        after.set(Map.of(bytes("k2"), bytes("v2"))).get();
        assertFalse(Files.exists(torn));
        assertEquals(Map.of("k", "committed", "k2", "v2"), texts(OffsetFile.read(file)));
    }

    @Test
    void aNullValueRemovesTheKeyFromMemoryAndFile() throws Exception {
        Path file = dir.resolve("connect.offsets");
        FileOffsetStore store = start(file);
        store.set(Map.of(bytes("keep"), bytes("1"), bytes("reset"), bytes("2"))).get();
        Map<ByteBuffer, ByteBuffer> reset = new HashMap<>();
        reset.put(bytes("reset"), null);
        store.set(reset).get();

        assertEquals(Map.of("keep", "1"), texts(store.readAll().get()));
        assertEquals(Map.of("keep", "1"), texts(OffsetFile.read(file)));
    }

    @Test
    void changingABufferAfterHandingItToTheStoreDoesNotChangeTheStore() throws Exception {
        FileOffsetStore store = start(dir.resolve("connect.offsets"));
        ByteBuffer value = bytes("v");
        store.set(Map.of(bytes("k"), value)).get();
        value.put(0, (byte) 'X');

        assertEquals(Map.of("k", "v"), texts(store.readAll().get()));
    }

    @Test
    void aFileThatIsNotAnOffsetsFileFailsStart() throws Exception {
        Path file = Files.writeString(dir.resolve("connect.offsets"), "garbage");
        FileOffsetStore store = new FileOffsetStore(file);

        ConnectException e = assertThrows(ConnectException.class, store::start);
        assertTrue(e.getMessage().startsWith("Could not read the offsets file " + file), e.getMessage());
    }

    @Test
    void aSerializedFileHoldingOtherClassesIsRejectedBeforeTheyAreInstantiated() throws Exception {
        Path file = dir.resolve("connect.offsets");
        Map<String, Object> notOffsets = new HashMap<>();
        notOffsets.put("key", new java.util.Date());
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(notOffsets);
        }

        ConnectException e = assertThrows(ConnectException.class, () -> new FileOffsetStore(file).start());
        assertInstanceOf(java.io.InvalidClassException.class, e.getCause());
    }

    @Test
    void aFailedWriteChangesNothing() throws Exception {
        Path file = dir.resolve("gone").resolve("connect.offsets");
        Files.createDirectories(file.getParent());
        FileOffsetStore store = start(file);
        store.set(Map.of(bytes("k"), bytes("v1"))).get();
        Files.delete(file);
        Files.delete(file.getParent());
        Files.createFile(file.getParent()); // a file where the folder was: nothing can be written below it

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> store.set(Map.of(bytes("k"), bytes("v2"))).get());
        assertInstanceOf(ConnectException.class, e.getCause());
        assertEquals(Map.of("k", "v1"), texts(store.readAll().get()));
    }

    @Test
    void operationsFailWhenTheStoreIsNotRunning() {
        FileOffsetStore store = new FileOffsetStore(dir.resolve("connect.offsets"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> store.readAll().get());
        assertInstanceOf(ConnectException.class, e.getCause());
    }

    private FileOffsetStore start(Path file) {
        FileOffsetStore store = new FileOffsetStore(file);
        store.start();
        started.add(store);
        return store;
    }

    static Map<String, String> texts(Map<ByteBuffer, ByteBuffer> map) {
        Map<String, String> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(text(k), text(v)));
        return result;
    }
}
