/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SourceOffsetWriterTest {

    private static final Map<String, Object> FILE_A = Map.of("filename", "a");
    private static final Map<String, Object> FILE_B = Map.of("filename", "b");

    private final OffsetKeyCodec codec = new OffsetKeyCodec();
    private final HeldStore store = new HeldStore();
    private final SourceOffsetWriter writer = new SourceOffsetWriter(store, "fs", codec);
    private final ConnectorOffsetReader reader = new ConnectorOffsetReader(store, "fs", codec);

    SourceOffsetWriterTest() {
        store.start();
    }

    @AfterEach
    void stop() {
        store.stop();
    }

    @Test
    void beginFlushWithNothingReportedReturnsFalse() {
        assertFalse(writer.beginFlush());
        assertFalse(writer.flushing());
    }

    @Test
    void aCompletedFlushMakesTheLatestOffsetOfEachPartitionReadable() throws Exception {
        writer.offset(FILE_A, Map.of("position", 1));
        writer.offset(FILE_A, Map.of("position", 2));
        writer.offset(FILE_B, Map.of("position", 7));

        assertTrue(writer.beginFlush());
        writer.doFlush().get();

        assertFalse(writer.flushing());
        assertEquals(Map.of("position", 2L), reader.offset(FILE_A));
        assertEquals(Map.of("position", 7L), reader.offset(FILE_B));
        assertFalse(writer.beginFlush(), "everything was committed");
    }

    @Test
    void offsetsReportedDuringAFlushGoToTheNextOne() throws Exception {
        writer.offset(FILE_A, Map.of("position", 1));
        writer.beginFlush();
        writer.offset(FILE_A, Map.of("position", 2));
        writer.doFlush().get();
        assertEquals(Map.of("position", 1L), reader.offset(FILE_A));

        assertTrue(writer.beginFlush());
        writer.doFlush().get();
        assertEquals(Map.of("position", 2L), reader.offset(FILE_A));
    }

    @Test
    void beginningASecondFlushWhileOneIsInProgressFails() {
        writer.offset(FILE_A, Map.of("position", 1));
        writer.beginFlush();

        ConnectException e = assertThrows(ConnectException.class, writer::beginFlush);
        assertEquals("OffsetStorageWriter is already flushing", e.getMessage());
    }

    @Test
    void offsetsAreNotReadableBeforeTheyAreFlushed() {
        writer.offset(FILE_A, Map.of("position", 1));
        writer.beginFlush();
        assertEquals(null, reader.offset(FILE_A));
    }

    @Test
    void cancellingAFlushKeepsItsOffsetsUnderNewerOnesForTheNextFlush() throws Exception {
        writer.offset(FILE_A, Map.of("position", 1));
        writer.offset(FILE_B, Map.of("position", 1));
        writer.beginFlush();
        writer.offset(FILE_B, Map.of("position", 5));
        writer.cancelFlush();

        assertFalse(writer.flushing());
        assertTrue(writer.beginFlush());
        writer.doFlush().get();
        assertEquals(Map.of("position", 1L), reader.offset(FILE_A));
        assertEquals(Map.of("position", 5L), reader.offset(FILE_B));
    }

    @Test
    void aStoreFailureFailsTheFlushAndCancelKeepsTheOffsets() throws Exception {
        store.holdWrites = true;
        writer.offset(FILE_A, Map.of("position", 1));
        writer.beginFlush();
        CompletableFuture<Void> flush = writer.doFlush();
        store.held.get(0).completeExceptionally(new ConnectException("disk full"));

        ExecutionException e = assertThrows(ExecutionException.class, flush::get);
        assertEquals("disk full", e.getCause().getMessage());
        assertTrue(writer.flushing(), "the committer decides to cancel");
        writer.cancelFlush();

        store.holdWrites = false;
        assertTrue(writer.beginFlush());
        writer.doFlush().get();
        assertEquals(Map.of("position", 1L), reader.offset(FILE_A));
    }

    @Test
    void aLateCompletionOfACancelledFlushDoesNotEndTheNextFlush() {
        store.holdWrites = true;
        writer.offset(FILE_A, Map.of("position", 1));
        writer.beginFlush();
        writer.doFlush();
        writer.cancelFlush();
        writer.beginFlush();
        writer.doFlush();

        store.held.get(0).complete(null);
        assertTrue(writer.flushing(), "the second flush is still waiting on the store");
        store.held.get(1).complete(null);
        assertFalse(writer.flushing());
    }

    @Test
    void anOffsetThatCannotBeSerializedFailsTheFlushWithoutWritingAnything() throws Exception {
        writer.offset(FILE_A, Map.of("position", 1));
        writer.offset(FILE_B, Map.of("nested", Map.of("x", 1)));
        writer.beginFlush();

        ExecutionException e = assertThrows(ExecutionException.class, () -> writer.doFlush().get());
        DataException cause = assertInstanceOf(DataException.class, e.getCause());
        assertEquals("Offsets may only contain primitive types as values, but field nested contains MAP",
                cause.getMessage());
        assertEquals(null, reader.offset(FILE_A));

        writer.cancelFlush();
        writer.offset(FILE_B, Map.of("position", 3));
        writer.beginFlush();
        writer.doFlush().get();
        assertEquals(Map.of("position", 1L), reader.offset(FILE_A));
        assertEquals(Map.of("position", 3L), reader.offset(FILE_B));
    }

    @Test
    void aNullOffsetResetsThePartition() throws Exception {
        writer.offset(FILE_A, Map.of("position", 1));
        writer.beginFlush();
        writer.doFlush().get();
        writer.offset(FILE_A, null);
        writer.beginFlush();
        writer.doFlush().get();

        assertEquals(null, reader.offset(FILE_A));
        assertEquals(Map.of(), store.readAll().get());
    }

    @Test
    void doFlushWithoutBeginFlushIsAProgrammingError() {
        assertThrows(IllegalStateException.class, writer::doFlush);
    }

    @Test
    void cancelWithoutAFlushInProgressDoesNothing() {
        writer.offset(FILE_A, Map.of("position", 1));
        writer.cancelFlush();
        assertTrue(writer.beginFlush());
    }

    @Test
    void beginFlushWithATimeoutGivesUpWhileTheCurrentFlushRuns() {
        store.holdWrites = true;
        writer.offset(FILE_A, Map.of("position", 1));
        writer.beginFlush();
        writer.doFlush();
        writer.offset(FILE_B, Map.of("position", 1));

        assertThrows(TimeoutException.class, () -> writer.beginFlush(1, TimeUnit.MILLISECONDS));
    }

    @Test
    void beginFlushWithATimeoutStartsOnceTheCurrentFlushEnded() throws Exception {
        store.holdWrites = true;
        writer.offset(FILE_A, Map.of("position", 1));
        writer.beginFlush();
        writer.doFlush();
        writer.offset(FILE_B, Map.of("position", 1));
        Thread completer = new Thread(() -> store.held.get(0).complete(null));
        completer.start();

        assertTrue(writer.beginFlush(30, TimeUnit.SECONDS));
        completer.join();
    }

    @Test
    void aTaskThreadAndACommitterThreadNeverLoseTheLatestOffset() throws Exception {
        int last = 5_000;
        Thread task = new Thread(() -> {
            for (int position = 1; position <= last; position++) {
                writer.offset(FILE_A, Map.of("position", position));
            }
        });
        task.start();
        while (task.isAlive()) {
            if (writer.beginFlush()) {
                writer.doFlush().get();
            }
        }
        task.join();
        if (writer.beginFlush()) {
            writer.doFlush().get();
        }

        assertEquals(Map.of("position", (long) last), reader.offset(FILE_A));
    }

    /** A memory store whose writes can be held back so the test completes them by hand. */
    private static final class HeldStore extends MemoryOffsetStore {
        volatile boolean holdWrites;
        final List<CompletableFuture<Void>> held = new ArrayList<>();

        @Override
        public CompletableFuture<Void> set(Map<ByteBuffer, ByteBuffer> entries) {
            if (!holdWrites) {
                return super.set(entries);
            }
            CompletableFuture<Void> future = new CompletableFuture<>();
            held.add(future);
            return future;
        }
    }
}
