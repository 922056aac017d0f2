/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.pipeline;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/**
 * Times a sink task's {@code put} with no runtime around it: the task (from the JARs of one plugin directory, in a
 * loader of its own) writes COUNT string records of LINE_BYTES - 1 characters to a file in batches of BATCH, the
 * same batch instance handed over again and again, then flushes. This is the part of a sink's time that belongs to
 * the connector and that a runtime calling {@code put} on one thread cannot go below. The run is repeated
 * ROUNDS times in one JVM (the first ones warm it up) and the last is printed.
 */
final class SinkPutTimer {

    private static final int ROUNDS = 4;

    private SinkPutTimer() {
    }

    static Progress time(Path pluginDir, String taskClass, long count, int lineBytes, int batchSize)
            throws Exception {
        List<URL> jars = new ArrayList<>();
        try (var files = Files.list(pluginDir)) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        Path output = Files.createTempFile("sink-put", ".txt");
        List<SinkRecord> batch = new ArrayList<>(batchSize);
        String line = "x".repeat(lineBytes - 1);
        for (int i = 0; i < batchSize; i++) {
            batch.add(new SinkRecord("sink-put", 0, null, null, Schema.STRING_SCHEMA, line, i));
        }
        Progress last = Progress.none(count);
        try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), SinkPutTimer.class.getClassLoader())) {
            for (int round = 0; round < ROUNDS; round++) {
                Files.deleteIfExists(output);
                SinkTask task = (SinkTask) loader.loadClass(taskClass).getDeclaredConstructor().newInstance();
                task.start(Map.of("file", output.toString(), "topics", "sink-put"));
                long written = 0;
                long started = System.nanoTime();
                while (written < count) {
                    task.put(batch);
                    written += batchSize;
                }
                task.flush(Map.of());
                last = new Progress(count, 0, started, written, System.nanoTime());
                task.stop();
            }
        } finally {
            Files.deleteIfExists(output);
        }
        return last;
    }
}
