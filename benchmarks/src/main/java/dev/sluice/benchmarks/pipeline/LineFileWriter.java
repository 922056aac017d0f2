/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the source input: numbered lines of a fixed length, so the sink's output can be checked line by line and
 * the watchers can count lines from the file length alone.
 */
final class LineFileWriter {

    private static final int NUMBER_DIGITS = 10;

    private LineFileWriter() {
    }

    static void write(Path file, long count, int lineBytes) throws IOException {
        if (lineBytes < NUMBER_DIGITS + 1) {
            throw new IllegalArgumentException("lines must be at least " + (NUMBER_DIGITS + 1) + " bytes");
        }
        byte[] line = new byte[lineBytes + 1];
        Arrays.fill(line, (byte) 'x');
        line[NUMBER_DIGITS] = ' ';
        line[lineBytes] = '\n';
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long i = 0; i < count; i++) {
                byte[] number = String.format("%010d", i).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(number, 0, line, 0, NUMBER_DIGITS);
                out.write(line);
            }
        }
    }
}
