/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.connect.source.SourceTaskContext;

/**
 * A source task for the runner specs: emits {@code limit} records (or forever with a negative limit) in batches,
 * record {@code i} going to {@code topics[i % topics.length]} with source partition {@code {"file": "f"}} and
 * offset {@code {"line": i}}. It records every call the runner makes on it.
 */
class ScriptedSourceTask extends SourceTask {

    static final Map<String, String> PARTITION = Map.of("file", "f");

    private final String[] topics;
    private final int limit;
    private final int batchSize;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile RuntimeException pollFailure;

    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger polls = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();
    final AtomicInteger stops = new AtomicInteger();
    final AtomicReference<Map<String, String>> startedWith = new AtomicReference<>();
    final AtomicReference<SourceTaskContext> initializedWith = new AtomicReference<>();
    final Queue<SourceRecord> committedRecords = new ConcurrentLinkedQueue<>();
    final Queue<RecordMetadata> committedMetadata = new ConcurrentLinkedQueue<>();
    final AtomicInteger committedWithoutMetadata = new AtomicInteger();

    ScriptedSourceTask(int limit, int batchSize, String... topics) {
        this.limit = limit;
        this.batchSize = batchSize;
        this.topics = topics;
    }

    /** Makes every later poll throw. */
    void failPolls(RuntimeException failure) {
        this.pollFailure = failure;
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public void initialize(SourceTaskContext context) {
        super.initialize(context);
        initializedWith.set(context);
    }

    @Override
    public void start(Map<String, String> props) {
        startedWith.set(props);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        polls.incrementAndGet();
        RuntimeException failure = pollFailure;
        if (failure != null) {
            throw failure;
        }
        if (limit >= 0 && next.get() >= limit) {
            // Like a real task with nothing to read: block briefly, return control, wake up early on stop.
            stopped.await(20, TimeUnit.MILLISECONDS);
            return null;
        }
        List<SourceRecord> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && (limit < 0 || next.get() < limit)) {
            int i = next.getAndIncrement();
            SourceRecord record = new SourceRecord(PARTITION, Map.of("line", (long) i), topics[i % topics.length],
                    null, Schema.STRING_SCHEMA, "k" + i, Schema.STRING_SCHEMA, "v" + i);
            record.headers().addString("origin", "line-" + i);
            batch.add(record);
        }
        if (limit < 0) {
            // An endless task paces itself so specs do not flood the shared broker.
            stopped.await(5, TimeUnit.MILLISECONDS);
        }
        return batch;
    }

    @Override
    public void commit() {
        commits.incrementAndGet();
    }

    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        committedRecords.add(record);
        if (metadata == null) {
            committedWithoutMetadata.incrementAndGet();
        } else {
            committedMetadata.add(metadata);
        }
    }

    @Override
    public void stop() {
        stops.incrementAndGet();
        stopped.countDown();
    }

    static ConnectException pollBroke() {
        return new ConnectException("the source system went away");
    }
}
