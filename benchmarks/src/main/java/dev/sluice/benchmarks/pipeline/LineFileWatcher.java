/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Times a sink that writes fixed-length lines: the file length divided by the line length (plus newline) is the
 * number of lines, so sampling costs a {@code stat}, not a read of the file.
 */
final class LineFileWatcher {

    private static final long SAMPLE_MILLIS = 20;

    private LineFileWatcher() {
    }

    static Progress await(Path file, long target, int lineBytes, long timeoutSeconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Progress progress = Progress.none(target);
        while (!progress.reached() && System.nanoTime() < deadline) {
            long lines = Files.exists(file) ? Files.size(file) / (lineBytes + 1) : 0;
            long now = System.nanoTime();
            if (progress.firstNanos() == 0 && lines > 0) {
                progress = new Progress(target, lines, now, lines, now);
            } else if (lines > 0) {
                progress = new Progress(target, progress.firstCount(), progress.firstNanos(), lines, now);
            }
            if (!progress.reached()) {
                Thread.sleep(SAMPLE_MILLIS);
            }
        }
        return progress;
    }
}
