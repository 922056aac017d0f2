/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.file;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileStreamSinkTaskTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private FileStreamSinkTask task;

    @AfterEach
    void stopTask() {
        if (task != null) {
            task.stop();
        }
    }

    @Test
    void writesEachValueAsALineOnceFlushed() throws Exception {
        Path out = dir.resolve("out.txt");
        task = new FileStreamSinkTask();
        task.start(Map.of("file", out.toString()));

        task.put(List.of(record("first"), record("second")));
        task.flush(Map.of());

        assertEquals("first" + NL + "second" + NL, Files.readString(out));
    }

    @Test
    void aBatchIsInTheFileAsSoonAsPutReturns() throws Exception {
        Path out = dir.resolve("out.txt");
        task = new FileStreamSinkTask();
        task.start(Map.of("file", out.toString()));

        task.put(List.of(record("hello"), record("world")));

        // No flush yet: someone tailing the file sees the lines without waiting for the next offset commit.
        assertEquals("hello" + NL + "world" + NL, Files.readString(out));
    }

    @Test
    void nullValuesAreWrittenAsTheWordNull() throws Exception {
        Path out = dir.resolve("out.txt");
        task = new FileStreamSinkTask();
        task.start(Map.of("file", out.toString()));

        task.put(List.of(record(null), record("x")));
        task.flush(Map.of());

        assertEquals("null" + NL + "x" + NL, Files.readString(out));
    }

    @Test
    void nonStringValuesAreWrittenUsingToString() throws Exception {
        Schema schema = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
        Path out = dir.resolve("out.txt");
        task = new FileStreamSinkTask();
        task.start(Map.of("file", out.toString()));

        task.put(List.of(record(42), record(new Struct(schema).put("a", 1)), record(List.of(1, 2))));
        task.flush(Map.of());

        assertEquals("42" + NL + "Struct{a=1}" + NL + "[1, 2]" + NL, Files.readString(out));
    }

    @Test
    void appendsToAnExistingFile() throws Exception {
        Path out = Files.writeString(dir.resolve("out.txt"), "earlier" + NL);
        task = new FileStreamSinkTask();
        task.start(Map.of("file", out.toString()));

        task.put(List.of(record("later")));
        task.flush(Map.of());

        assertEquals("earlier" + NL + "later" + NL, Files.readString(out));
    }

    @Test
    void textIsWrittenAsUtf8() throws Exception {
        Path out = dir.resolve("out.txt");
        task = new FileStreamSinkTask();
        task.start(Map.of("file", out.toString()));

        task.put(List.of(record("\u00e9\u20ac")));
        task.flush(Map.of());

        assertEquals("\u00e9\u20ac" + NL, new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
    }

    @Test
    void stopFlushesAndClosesTheFile() throws Exception {
        Path out = dir.resolve("out.txt");
        task = new FileStreamSinkTask();
        task.start(Map.of("file", out.toString()));
        task.put(List.of(record("kept")));

        task.stop();
        task.put(List.of(record("dropped")));

        assertEquals("kept" + NL, Files.readString(out));
    }

    @Test
    void withoutAFileTheGivenStreamIsUsedAndLeftOpen() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        task = new FileStreamSinkTask(stream);
        task.start(Map.of());

        task.put(List.of(record("to-stream")));
        task.flush(Map.of());
        task.stop();
        stream.print("still open");
        stream.flush();

        assertEquals("to-stream" + NL + "still open", bytes.toString(StandardCharsets.UTF_8));
        assertFalse(stream.checkError());
    }

    @Test
    void aConfiguredFileWinsOverTheGivenStream() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path out = dir.resolve("out.txt");
        task = new FileStreamSinkTask(new PrintStream(bytes));
        task.start(Map.of("file", out.toString()));

        task.put(List.of(record("v")));
        task.flush(Map.of());

        assertEquals("v" + NL, Files.readString(out));
        assertEquals(0, bytes.size());
    }

    @Test
    void unwritableFileFailsStartWithTheCause() {
        String path = dir.resolve("missing-dir").resolve("out.txt").toString();
        task = new FileStreamSinkTask();
        ConnectException e = assertThrows(ConnectException.class, () -> task.start(Map.of("file", path)));
        assertEquals("Couldn't find or create file '" + path + "' for FileStreamSinkTask", e.getMessage());
        assertInstanceOf(java.nio.file.NoSuchFileException.class, e.getCause());
    }

    @Test
    void stopBeforeStartIsHarmless() {
        assertDoesNotThrow(() -> new FileStreamSinkTask().stop());
    }

    private static SinkRecord record(Object value) {
        return new SinkRecord("topic", 0, null, null, null, value, 0L);
    }
}
