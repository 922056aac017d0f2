/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines of a log file, for error messages that explain why a broker did not come up. */
final class LogTail {

    /** Large enough for the last few dozen log lines with stack traces, small enough for an exception message. */
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code lines} lines of {@code file}, or a note saying that the file is missing or unreadable. */
    static String of(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(" + file + " does not exist)";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return lastLines(text, lines);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    static String lastLines(String text, int lines) {
        if (lines <= 0) {
            return "";
        }
        Deque<String> kept = new ArrayDeque<>(lines);
        for (String line : text.split("\r?\n")) {
            if (kept.size() == lines) {
                kept.removeFirst();
            }
            kept.addLast(line);
        }
        return String.join("\n", kept);
    }
}
