/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Small connectors, discovered through the test service manifests, that the task factory specs run for real. */
final class FactoryConnectors {

    private FactoryConnectors() {
    }

    /** Values each {@link CollectingSinkConnector} task received, by connector name. */
    static final Map<String, Queue<Object>> RECEIVED = new ConcurrentHashMap<>();

    /**
     * Writes {@code value-<n>} for n from the position after its committed offset up to {@code count} - 1 to
     * {@code topic}, one source partition per connector, then idles.
     */
    public static class CountingSourceConnector extends SourceConnector {
        private Map<String, String> props;

        @Override
        public void start(Map<String, String> props) {
            this.props = props;
        }

        @Override
        public Class<? extends Task> taskClass() {
            return CountingSourceTask.class;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            return List.of(Map.of("name", props.get("name"), "topic", props.get("topic"),
                    "count", props.get("count")));
        }

        @Override
        public void stop() {
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public String version() {
            return "1.0";
        }
    }

    public static class CountingSourceTask extends SourceTask {
        private Map<String, String> partition;
        private String topic;
        private long next;
        private long count;

        @Override
        public void start(Map<String, String> props) {
            partition = Map.of("source", props.get("name"));
            topic = props.get("topic");
            count = Long.parseLong(props.get("count"));
            Map<String, Object> committed = context.offsetStorageReader().offset(partition);
            next = committed == null ? 0 : ((Number) committed.get("position")).longValue() + 1;
        }

        @Override
        public List<SourceRecord> poll() {
            if (next >= count) {
                // Nothing left: wait a little as a real source would, instead of spinning.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                return null;
            }
            List<SourceRecord> batch = new ArrayList<>();
            for (; next < count; next++) {
                batch.add(new SourceRecord(partition, Map.of("position", next), topic, null, Schema.STRING_SCHEMA,
                        "key-" + next, Schema.STRING_SCHEMA, "value-" + next));
            }
            return batch;
        }

        @Override
        public void stop() {
        }

        @Override
        public String version() {
            return "1.0";
        }
    }

    /** Collects every value its task is given into {@link #RECEIVED}. */
    public static class CollectingSinkConnector extends SinkConnector {
        private Map<String, String> props;

        @Override
        public void start(Map<String, String> props) {
            this.props = props;
        }

        @Override
        public Class<? extends Task> taskClass() {
            return CollectingTask.class;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            return List.of(Map.of("name", props.get("name")));
        }

        @Override
        public void stop() {
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public String version() {
            return "1.0";
        }
    }

    public static class CollectingTask extends SinkTask {
        private Queue<Object> received;

        @Override
        public void start(Map<String, String> props) {
            received = RECEIVED.computeIfAbsent(props.get("name"), name -> new ConcurrentLinkedQueue<>());
        }

        @Override
        public void put(Collection<SinkRecord> records) {
            for (SinkRecord record : records) {
                received.add(record.value());
            }
        }

        @Override
        public void stop() {
        }

        @Override
        public String version() {
            return "1.0";
        }
    }
}
