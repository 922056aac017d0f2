/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Test plugins for the standalone herder specs, discovered from the test classpath by scanning. */
public final class TickingConnectors {

    private TickingConnectors() {
    }

    /**
     * A source writing "tick-N" to {@code topic}, resuming after its committed {@code position}. Task i fails on
     * its first poll when {@code fail.tasks} lists i.
     */
    public static class TickingSourceConnector extends SourceConnector {
        static final ConfigDef CONFIG = new ConfigDef()
                .define("topic", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "Topic to write ticks to")
                .define("fail.tasks", ConfigDef.Type.LIST, "", ConfigDef.Importance.LOW, "Task numbers that fail");

        /** The offsets the last alterOffsets call was given. */
        static volatile Map<Map<String, ?>, Map<String, ?>> lastAlteration;

        private Map<String, String> props;

        @Override
        public void start(Map<String, String> props) {
            this.props = props;
        }

        @Override
        public Class<? extends Task> taskClass() {
            return TickingTask.class;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            List<Map<String, String>> configs = new ArrayList<>();
            for (int i = 0; i < maxTasks; i++) {
                configs.add(Map.of("topic", props.get("topic"), "task.number", String.valueOf(i),
                        "fail", String.valueOf(List.of(props.getOrDefault("fail.tasks", "").split(","))
                                .contains(String.valueOf(i)))));
            }
            return configs;
        }

        @Override
        public void stop() {
        }

        @Override
        public ConfigDef config() {
            return CONFIG;
        }

        @Override
        public String version() {
            return "7.7.7";
        }

        /**
         * Refuses a negative position; says it handled the change when the (undeclared) config
         * {@code offsets.external} is true.
         */
        @Override
        public boolean alterOffsets(Map<String, String> config, Map<Map<String, ?>, Map<String, ?>> offsets) {
            lastAlteration = offsets;
            for (Map<String, ?> offset : offsets.values()) {
                if (offset != null && offset.get("position") instanceof Long position && position < 0) {
                    throw new ConnectException("A tick position cannot be negative: " + position);
                }
            }
            return Boolean.parseBoolean(config.get("offsets.external"));
        }
    }

    public static class TickingTask extends SourceTask {
        private String topic;
        private Map<String, Object> partition;
        private long position;
        private boolean fail;

        @Override
        public String version() {
            return "7.7.7";
        }

        @Override
        public void start(Map<String, String> props) {
            topic = props.get("topic");
            fail = Boolean.parseBoolean(props.get("fail"));
            partition = Map.of("ticker", "task-" + props.get("task.number"));
            Map<String, Object> committed = context.offsetStorageReader().offset(partition);
            position = committed == null ? 0 : ((Number) committed.get("position")).longValue();
        }

        @Override
        public List<SourceRecord> poll() throws InterruptedException {
            if (fail) {
                throw new ConnectException("configured to fail");
            }
            // Pace the ticks so an idle test does not flood the broker.
            Thread.sleep(20);
            position++;
            return List.of(new SourceRecord(partition, Map.of("position", position), topic, Schema.STRING_SCHEMA,
                    "tick-" + position));
        }

        @Override
        public void stop() {
        }
    }
}
