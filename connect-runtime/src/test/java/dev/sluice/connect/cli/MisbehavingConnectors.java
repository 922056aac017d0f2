/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * Test plugins that misbehave in the one way their {@code misbehave} setting names: they throw from a method, hang in
 * {@code stop()} (ignoring interrupts, as badly written plugins do), or leak a thread that never ends. Discovered from
 * the test classpath.
 */
public final class MisbehavingConnectors {

    /** Threads leaked by {@code leak-thread} tasks, so a test can see they are still there. */
    static final Collection<Thread> LEAKED = new ConcurrentLinkedQueue<>();

    private static final ConfigDef CONFIG = new ConfigDef()
            .define("misbehave", ConfigDef.Type.STRING, "", ConfigDef.Importance.HIGH, "What to get wrong")
            .define("topic", ConfigDef.Type.STRING, "unused", ConfigDef.Importance.LOW, "Where to write");

    private MisbehavingConnectors() {
    }

    static void misbehaveIf(Map<String, String> config, String when) {
        if (when.equals(config.get("misbehave"))) {
            throw new IllegalStateException("misbehaving on purpose in " + when);
        }
    }

    /** Blocks forever, swallowing interrupts, when the setting is {@code when}. */
    static void hangIf(Map<String, String> config, String when) {
        if (when.equals(config.get("misbehave"))) {
            while (true) {
                LockSupport.park();
            }
        }
    }

    public static class MisbehavingSource extends SourceConnector {
        private Map<String, String> config;

        @Override
        public void start(Map<String, String> props) {
            config = props;
            misbehaveIf(config, "connector-start");
        }

        @Override
        public Class<? extends Task> taskClass() {
            return MisbehavingSourceTask.class;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            misbehaveIf(config, "task-configs");
            return List.of(config);
        }

        @Override
        public void stop() {
            misbehaveIf(config, "connector-stop");
            hangIf(config, "connector-hangs-in-stop");
        }

        @Override
        public ConfigDef config() {
            return CONFIG;
        }

        @Override
        public String version() {
            return "0.0.1";
        }
    }

    public static class MisbehavingSourceTask extends SourceTask {
        private Map<String, String> config;

        @Override
        public void start(Map<String, String> props) {
            config = props;
            misbehaveIf(config, "task-start");
            if ("leak-thread".equals(config.get("misbehave"))) {
                Thread leaked = new Thread(() -> {
                    while (true) {
                        LockSupport.park();
                    }
                }, "leaked-by-a-task");
                LEAKED.add(leaked);
                leaked.start();
            }
        }

        @Override
        public List<SourceRecord> poll() throws InterruptedException {
            misbehaveIf(config, "poll");
            Thread.sleep(50);
            return null;
        }

        @Override
        public void stop() {
            misbehaveIf(config, "task-stop");
            hangIf(config, "task-hangs-in-stop");
        }

        @Override
        public String version() {
            return "0.0.1";
        }
    }

    public static class MisbehavingSink extends SinkConnector {
        private Map<String, String> config;

        @Override
        public void start(Map<String, String> props) {
            config = props;
        }

        @Override
        public Class<? extends Task> taskClass() {
            return MisbehavingSinkTask.class;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            return List.of(config);
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
            return "0.0.1";
        }
    }

    public static class MisbehavingSinkTask extends SinkTask {
        private Map<String, String> config;

        @Override
        public void start(Map<String, String> props) {
            config = props;
        }

        @Override
        public void put(Collection<SinkRecord> records) {
            if (!records.isEmpty()) {
                misbehaveIf(config, "put");
            }
        }

        @Override
        public void stop() {
        }

        @Override
        public String version() {
            return "0.0.1";
        }
    }
}
