/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.file;

import java.io.IOException;
import java.io.Reader;

/**
 * Growable char buffer that splits text into lines ending in \n, \r\n or a lone \r. Data is copied only when the
 * buffer is full, and each line costs just its String, which keeps reading large files cheap.
 */
final class LineBuffer {
    private char[] chars;
    private int start;      // first char not yet returned as part of a line
    private int end;        // one past the last valid char
    private int scanFrom;   // chars in [start, scanFrom) are known to hold no line terminator
    private int lastLength; // chars consumed by the last line, terminator included
    private final int streamingSize;

    /**
     * Starts with {@code initialSize} chars, and doubles whenever a read fills it until it holds
     * {@code streamingSize}: a task over a file that is idle or written slowly keeps a small buffer, one reading a
     * large file soon reads big chunks. Beyond that the buffer only grows for a line longer than itself.
     */
    LineBuffer(int initialSize, int streamingSize) {
        chars = new char[Math.max(1, initialSize)];
        this.streamingSize = streamingSize;
    }

    int capacity() {
        return chars.length;
    }

    /** Reads the next chunk from the reader, making room first; returns what {@link Reader#read} returned. */
    int fill(Reader reader) throws IOException {
        if (start == end) {
            start = 0;
            end = 0;
            scanFrom = 0;
        } else if (end == chars.length) {
            // Grow while streaming, or when a single line fills the whole buffer (it has to grow to ever hold the
            // line); otherwise move the unfinished line to the front.
            char[] target = start == 0 || chars.length < streamingSize ? new char[chars.length * 2] : chars;
            System.arraycopy(chars, start, target, 0, end - start);
            chars = target;
            end -= start;
            scanFrom -= start;
            start = 0;
        }
        int read = reader.read(chars, end, chars.length - end);
        if (read > 0) {
            end += read;
        }
        return read;
    }

    /** Returns the next complete line without its terminator, or null if the buffered text holds none yet. */
    String nextLine() {
        for (int i = Math.max(start, scanFrom); i < end; i++) {
            char c = chars[i];
            if (c != '\n' && c != '\r') {
                continue;
            }
            int next = i + 1;
            if (c == '\r') {
                if (next == end) {
                    // The \n of a \r\n pair may still be on its way; decide once more text arrives.
                    scanFrom = i;
                    return null;
                }
                if (chars[next] == '\n') {
                    next++;
                }
            }
            String line = new String(chars, start, i - start);
            lastLength = next - start;
            start = next;
            scanFrom = next;
            return line;
        }
        scanFrom = end;
        return null;
    }

    /** Length in chars of the line last returned by {@link #nextLine}, including its terminator. */
    int lastLength() {
        return lastLength;
    }
}
