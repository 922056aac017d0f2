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

    LineBuffer(int initialSize) {
        chars = new char[Math.max(1, initialSize)];
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
            if (start > 0) {
                System.arraycopy(chars, start, chars, 0, end - start);
                end -= start;
                scanFrom -= start;
                start = 0;
            } else {
                // A single line fills the whole buffer, so it has to grow to ever hold the line.
                char[] bigger = new char[chars.length * 2];
                System.arraycopy(chars, 0, bigger, 0, end);
                chars = bigger;
            }
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
