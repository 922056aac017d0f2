/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.apache.kafka.connect.sink.SinkTaskContext;

/** A sink task that keeps what it is given, with hooks a spec can set to make put or preCommit misbehave. */
class CollectingSinkTask extends SinkTask {

    /** What put does before the records are kept; may throw. */
    interface PutHook {
        void beforePut(CollectingSinkTask task, Collection<SinkRecord> records);
    }

    final List<SinkRecord> records = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Long> putTimes = new CopyOnWriteArrayList<>();
    volatile PutHook putHook = (task, records) -> { };
    volatile Function<Map<TopicPartition, OffsetAndMetadata>, Map<TopicPartition, OffsetAndMetadata>> preCommitHook;
    volatile Map<String, String> startedWith;

    SinkTaskContext context() {
        return context;
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public void start(Map<String, String> props) {
        startedWith = props;
        events.add("start");
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        events.add("open:" + sorted(partitions));
    }

    @Override
    public void put(Collection<SinkRecord> batch) {
        if (!batch.isEmpty()) {
            putTimes.add(System.nanoTime());
        }
        putHook.beforePut(this, batch);
        records.addAll(batch);
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        var hook = preCommitHook;
        return hook == null ? super.preCommit(offsets) : hook.apply(offsets);
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        events.add("close:" + sorted(partitions));
    }

    @Override
    public void stop() {
        events.add("stop");
    }

    List<Object> values() {
        List<Object> values = new ArrayList<>();
        records.forEach(record -> values.add(record.value()));
        return values;
    }

    private static List<String> sorted(Collection<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::toString).sorted().toList();
    }
}
