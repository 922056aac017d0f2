/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.file;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileStreamSourceTaskTest {
    @TempDir
    Path dir;

    private final List<Map<String, ?>> offsetLookups = new ArrayList<>();
    private Map<String, Object> storedOffset;
    private FileStreamSourceTask task;

    @AfterEach
    void stopTask() {
        if (task != null) {
            task.stop();
        }
    }

    @Test
    void emitsEachLineWithItsFileAndEndPosition() throws Exception {
        Path file = write("in.txt", "alpha\nbeta\n");
        start(file, Map.of());

        List<SourceRecord> records = task.poll();

        assertEquals(List.of("alpha", "beta"), values(records));
        SourceRecord first = records.get(0);
        assertEquals(Map.of("filename", file.toString()), first.sourcePartition());
        assertEquals(Map.of("position", 6L), first.sourceOffset());
        assertEquals(Map.of("position", 11L), records.get(1).sourceOffset());
        assertEquals("topic-a", first.topic());
        assertNull(first.kafkaPartition());
        assertNull(first.key());
        assertNull(first.keySchema());
        assertEquals(Schema.STRING_SCHEMA, first.valueSchema());
        assertNotNull(first.timestamp());
    }

    @Test
    void looksUpTheStoredOffsetForTheFilePartition() throws Exception {
        Path file = write("in.txt", "x\n");
        start(file, Map.of());
        task.poll();
        assertEquals(List.of(Map.of("filename", file.toString())), offsetLookups);
    }

    @Test
    void crLfAndLoneCrBothEndALineAndCountTowardsThePosition() throws Exception {
        Path file = write("in.txt", "a\r\nb\rc\n\n");
        start(file, Map.of());

        List<SourceRecord> records = task.poll();

        assertEquals(List.of("a", "b", "c", ""), values(records));
        assertEquals(List.of(3L, 5L, 7L, 8L), positions(records));
    }

    @Test
    void positionsCountCharactersNotBytes() throws Exception {
        Path file = write("in.txt", "\u00e9\u20ac\nz\n");
        start(file, Map.of());
        assertEquals(List.of(3L, 5L), positions(task.poll()));
    }

    @Test
    void partialLineIsHeldBackUntilItsNewlineArrives() throws Exception {
        Path file = write("in.txt", "one\ntw");
        start(file, Map.of());
        assertEquals(List.of("one"), values(task.poll()));

        append(file, "o\nthr");
        List<SourceRecord> records = task.poll();

        assertEquals(List.of("two"), values(records));
        assertEquals(List.of(8L), positions(records));
    }

    @Test
    void trailingCrWaitsToSeeWhetherALineFeedFollows() throws Exception {
        Path file = write("in.txt", "a\r");
        start(file, Map.of());
        assertNull(task.poll());

        append(file, "\nb\n");
        List<SourceRecord> records = task.poll();

        assertEquals(List.of("a", "b"), values(records));
        assertEquals(List.of(3L, 5L), positions(records));
    }

    @Test
    void resumesFromTheStoredPosition() throws Exception {
        Path file = write("in.txt", "first\nsecond\nthird\n");
        storedOffset = Map.of("position", 6L);
        start(file, Map.of());

        List<SourceRecord> records = task.poll();

        assertEquals(List.of("second", "third"), values(records));
        assertEquals(List.of(13L, 19L), positions(records));
    }

    @Test
    void storedOffsetWithoutPositionStartsFromTheBeginning() throws Exception {
        Path file = write("in.txt", "a\n");
        storedOffset = Map.of("other", 4L);
        start(file, Map.of());
        assertEquals(List.of(2L), positions(task.poll()));
    }

    @Test
    void storedPositionOfTheWrongTypeIsRejected() throws Exception {
        Path file = write("in.txt", "a\n");
        storedOffset = Map.of("position", 1);
        start(file, Map.of());
        ConnectException e = assertThrows(ConnectException.class, task::poll);
        assertEquals("Offset position is the incorrect type", e.getMessage());
    }

    @Test
    void storedPositionBeyondTheEndWaitsForTheFileToGrow() throws Exception {
        Path file = write("in.txt", "ab\n");
        storedOffset = Map.of("position", 6L);
        start(file, Map.of());
        assertNull(task.poll());

        append(file, "cd\nef\n");
        List<SourceRecord> records = task.poll();

        assertEquals(List.of("ef"), values(records));
        assertEquals(List.of(9L), positions(records));
    }

    @Test
    void batchSizeCapsRecordsPerPollAndTheRestFollowOnTheNextPoll() throws Exception {
        Path file = write("in.txt", "1\n2\n3\n4\n5\n");
        start(file, Map.of("batch.size", "2"));

        assertEquals(List.of("1", "2"), values(task.poll()));
        assertEquals(List.of("3", "4"), values(task.poll()));
        assertEquals(List.of("5"), values(task.poll()));
    }

    @Test
    void nonPositiveBatchSizeStillEmitsOneLinePerPoll() throws Exception {
        Path file = write("in.txt", "1\n2\n");
        start(file, Map.of("batch.size", "0"));
        assertEquals(List.of("1"), values(task.poll()));
        assertEquals(List.of("2"), values(task.poll()));
    }

    @Test
    void readsLargeFilesAcrossManyBufferRefills() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("line-").append(i).append('\n');
        }
        Path file = write("in.txt", text.toString());
        start(file, Map.of("batch.size", "100000"));

        List<SourceRecord> records = task.poll();

        assertEquals(5000, records.size());
        assertEquals("line-4999", records.get(4999).value());
        assertEquals((long) text.length(), positions(records).get(4999));
    }

    @Test
    void lineLongerThanTheBufferMakesTheBufferGrow() throws Exception {
        task = new FileStreamSourceTask(4);
        task.initialize(context());
        Path file = write("in.txt", "0123456789abcdef\nxy\n");
        task.start(config(file, Map.of()));

        assertEquals(List.of("0123456789abcdef", "xy"), values(task.poll()));
        assertEquals(32, task.bufferSize());
    }

    @Test
    void anIdleFileKeepsASmallBufferAndALargeOneGetsBigReads() throws Exception {
        start(write("idle.txt", "one line\n"), Map.of());
        assertEquals(List.of("one line"), values(task.poll()));
        assertEquals(1024, task.bufferSize());

        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line-").append(i).append('\n');
        }
        task.stop();
        start(write("large.txt", text.toString()), Map.of("batch.size", "100000"));
        assertEquals(20_000, task.poll().size());
        assertEquals(64 * 1024, task.bufferSize());
    }

    @Test
    void fileThatDoesNotExistYetIsPickedUpOnceCreated() throws Exception {
        Path file = dir.resolve("later.txt");
        start(file, Map.of());
        assertNull(task.poll());
        assertTrue(offsetLookups.isEmpty(), "offsets are read only once the file is opened");

        write("later.txt", "hello\n");

        assertEquals(List.of("hello"), values(task.poll()));
    }

    @Test
    void pollWithNothingNewReturnsNull() throws Exception {
        Path file = write("in.txt", "only\n");
        start(file, Map.of());
        task.poll();
        assertNull(task.poll());
    }

    @Test
    void stopWakesUpAPollThatIsWaitingForData() throws Exception {
        start(dir.resolve("missing.txt"), Map.of());
        long begin = System.nanoTime();
        CompletableFuture<Thread> poller = new CompletableFuture<>();
        CompletableFuture<List<SourceRecord>> result = CompletableFuture.supplyAsync(() -> {
            poller.complete(Thread.currentThread());
            try {
                return task.poll();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread pollThread = poller.get(5, TimeUnit.SECONDS);
        while (pollThread.getState() != Thread.State.TIMED_WAITING && !result.isDone()) {
            Thread.onSpinWait();
        }

        task.stop();

        assertNull(result.get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - begin < TimeUnit.MILLISECONDS.toNanos(900), "stop should not wait out the idle pause");
        assertNull(task.poll(), "a stopped task produces nothing");
    }

    @Test
    void invalidConfigurationIsRejectedAtStart() {
        task = new FileStreamSourceTask();
        task.initialize(context());
        assertThrows(org.apache.kafka.common.config.ConfigException.class, () -> task.start(Map.of("file", "x")));
    }

    @Test
    void versionIsTheKafkaClientsVersion() {
        assertEquals(org.apache.kafka.common.utils.AppInfoParser.getVersion(), new FileStreamSourceTask().version());
    }

    private void start(Path file, Map<String, String> extra) {
        task = new FileStreamSourceTask();
        task.initialize(context());
        task.start(config(file, extra));
    }

    private static Map<String, String> config(Path file, Map<String, String> extra) {
        Map<String, String> props = new HashMap<>(extra);
        props.put("topic", "topic-a");
        props.put("file", file.toString());
        return props;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static List<Object> values(List<SourceRecord> records) {
        assertNotNull(records, "expected records");
        return records.stream().map(SourceRecord::value).collect(Collectors.toList());
    }

    private static List<Long> positions(List<SourceRecord> records) {
        assertNotNull(records, "expected records");
        return records.stream().map(r -> (Long) r.sourceOffset().get("position")).collect(Collectors.toList());
    }

    private SourceTaskContext context() {
        OffsetStorageReader reader = new OffsetStorageReader() {
            @Override
            public <T> Map<String, Object> offset(Map<String, T> partition) {
                offsetLookups.add(partition);
                return storedOffset;
            }

            @Override
            public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                throw new UnsupportedOperationException();
            }
        };
        return new SourceTaskContext() {
            @Override
            public Map<String, String> configs() {
                return Map.of();
            }

            @Override
            public OffsetStorageReader offsetStorageReader() {
                return reader;
            }

            @Override
            public PluginMetrics pluginMetrics() {
                return null;
            }
        };
    }
}
