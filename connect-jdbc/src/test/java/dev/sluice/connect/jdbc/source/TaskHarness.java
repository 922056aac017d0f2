/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * Runs a {@link JdbcSourceTask} as a worker does: start with the committed offsets, poll, and commit the offset of
 * every record consumed, so a new task started from the same harness resumes where the last one stopped.
 */
final class TaskHarness implements AutoCloseable {

    /** The committed offsets by source partition, as the worker's offset store would hold them. */
    final Map<Map<String, ?>, Map<String, Object>> committed = new HashMap<>();
    private JdbcSourceTask task;
    private Map<String, String> props;

    void start(Map<String, String> props) {
        this.props = props;
        task = new JdbcSourceTask();
        task.initialize(new Context());
        task.start(props);
    }

    /** One poll; its records count as sent and their offsets as committed. */
    List<SourceRecord> poll() throws InterruptedException {
        List<SourceRecord> records = task.poll();
        if (records == null) {
            return List.of();
        }
        for (SourceRecord record : records) {
            committed.put(record.sourcePartition(), new HashMap<>(record.sourceOffset()));
        }
        return records;
    }

    /** Polls until {@code count} records came or the time is up. */
    List<SourceRecord> pollUntil(int count, Duration timeout) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            records.addAll(poll());
        }
        return records;
    }

    /** Polls until a poll returns nothing: every table is read to its end and none has new rows. */
    List<SourceRecord> pollUntilQuiet() throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        for (List<SourceRecord> batch = poll(); !batch.isEmpty(); batch = poll()) {
            records.addAll(batch);
        }
        return records;
    }

    void stop() {
        if (task != null) {
            task.stop();
            task = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    static List<Object> values(List<SourceRecord> records, String field) {
        return records.stream().map(record -> ((Struct) record.value()).get(field)).toList();
    }

    private final class Context implements SourceTaskContext {
        @Override
        public Map<String, String> configs() {
            return props;
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return new OffsetStorageReader() {
                @Override
                public <T> Map<String, Object> offset(Map<String, T> partition) {
                    return committed.get(partition);
                }

                @Override
                public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                    Map<Map<String, T>, Map<String, Object>> found = new HashMap<>();
                    for (Map<String, T> partition : partitions) {
                        if (committed.containsKey(partition)) {
                            found.put(partition, committed.get(partition));
                        }
                    }
                    return found;
                }
            };
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }
    }
}
