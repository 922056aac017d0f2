/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.config.ConfigProviders;
import dev.sluice.connect.config.StandaloneConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.isolation.PluginDiscoveryMode;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.metrics.ConnectMetrics;
import dev.sluice.connect.storage.MemoryOffsetStore;
import dev.sluice.connect.storage.SourceOffsetStores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.config.ConfigData;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Test connectors, listeners and worker builders shared by the worker specs. */
final class WorkerFixtures {

    private WorkerFixtures() {
    }

    static Plugins plugins;

    static synchronized Plugins plugins() {
        if (plugins == null) {
            plugins = Plugins.discover(List.of(), PluginDiscoveryMode.SERVICE_LOAD, true);
        }
        return plugins;
    }

    static StandaloneConfig workerConfig(String... keyValues) {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", "localhost:9092");
        props.put("key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        props.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        props.put("offset.storage.file.filename", "/tmp/unused-offsets");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return new StandaloneConfig(props);
    }

    static Worker worker(TaskFactory factory, ConfigProviders providers, String... workerKeyValues) {
        StandaloneConfig config = workerConfig(workerKeyValues);
        return new Worker(config, plugins(), providers, new AllConnectorClientConfigOverridePolicy(), factory,
                SourceOffsetStores.shared(new MemoryOffsetStore()), ConnectMetrics.forWorker(config));
    }

    static Map<String, String> connectorConfig(String name, Class<?> connectorClass, String... keyValues) {
        Map<String, String> props = new HashMap<>();
        props.put("name", name);
        props.put("connector.class", connectorClass.getName());
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    /** Records every status change as "event:subject", in order. */
    static final class Events implements ConnectorStatusListener, TaskStatusListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final Map<Object, Throwable> failures = Collections.synchronizedMap(new HashMap<>());

        List<String> of(Object subject) {
            String suffix = ":" + subject;
            return events.stream().filter(event -> event.endsWith(suffix))
                    .map(event -> event.substring(0, event.length() - suffix.length())).toList();
        }

        private void record(String event, Object subject) {
            events.add(event + ":" + subject);
        }

        private void recordFailure(Object subject, Throwable cause) {
            failures.put(subject, cause);
            record("failure", subject);
        }

        // Connector and task events land in one list, told apart by their subject (a name or a task id).
        @Override public void onStartup(String connector) { record("startup", connector); }
        @Override public void onPause(String connector) { record("pause", connector); }
        @Override public void onResume(String connector) { record("resume", connector); }
        @Override public void onStop(String connector) { record("stop", connector); }
        @Override public void onFailure(String connector, Throwable cause) { recordFailure(connector, cause); }
        @Override public void onShutdown(String connector) { record("shutdown", connector); }

        @Override public void onStartup(ConnectorTaskId id) { record("startup", id); }
        @Override public void onPause(ConnectorTaskId id) { record("pause", id); }
        @Override public void onResume(ConnectorTaskId id) { record("resume", id); }
        @Override public void onFailure(ConnectorTaskId id, Throwable cause) { recordFailure(id, cause); }
        @Override public void onShutdown(ConnectorTaskId id) { record("shutdown", id); }
    }

    /** A source connector that remembers how it was called; "generate" sets how many task configs it makes. */
    public static class RecordingSourceConnector extends SourceConnector {
        static final Map<String, Map<String, String>> STARTED_WITH = new java.util.concurrent.ConcurrentHashMap<>();
        static final Map<String, ClassLoader> START_LOADERS = new java.util.concurrent.ConcurrentHashMap<>();
        private Map<String, String> props;

        @Override
        public void start(Map<String, String> props) {
            this.props = props;
            STARTED_WITH.put(props.get("name"), props);
            START_LOADERS.put(props.get("name"), Thread.currentThread().getContextClassLoader());
        }

        /** The context the worker gave, for specs to call as the connector would. */
        public org.apache.kafka.connect.source.SourceConnectorContext runtime() {
            return context();
        }

        @Override
        public Class<? extends Task> taskClass() {
            return NoopSourceTask.class;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            int count = Integer.parseInt(props.getOrDefault("generate", Integer.toString(maxTasks)));
            List<Map<String, String>> configs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                configs.add(Map.of("index", Integer.toString(i)));
            }
            return configs;
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

    /** A sink connector whose start always throws. */
    public static class FailingSinkConnector extends SinkConnector {
        @Override
        public void start(Map<String, String> props) {
            throw new IllegalStateException("cannot reach the database");
        }

        @Override
        public Class<? extends Task> taskClass() {
            return NoopSourceTask.class;
        }

        @Override
        public List<Map<String, String>> taskConfigs(int maxTasks) {
            return List.of();
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

    /** A source connector whose background thread raises an error while the worker waits for it to stop. */
    public static class RaiseOnStopConnector extends RecordingSourceConnector {
        @Override
        public void stop() {
            Thread background = new Thread(() -> context().raiseError(new RuntimeException("lost while stopping")));
            background.start();
            try {
                background.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static class NoopSourceTask extends SourceTask {
        @Override
        public void start(Map<String, String> props) {
        }

        @Override
        public List<SourceRecord> poll() {
            return null;
        }

        @Override
        public void stop() {
        }

        @Override
        public String version() {
            return "1.0";
        }
    }

    /** Serves "${vault:secrets:password}" as "s3cret". */
    static final class VaultProvider implements ConfigProvider {
        @Override
        public ConfigData get(String path) {
            return new ConfigData(Map.of());
        }

        @Override
        public ConfigData get(String path, Set<String> keys) {
            Map<String, String> data = new HashMap<>();
            if (path.equals("secrets") && keys.contains("password")) {
                data.put("password", "s3cret");
            }
            return new ConfigData(data);
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }

        @Override
        public void close() {
        }
    }
}
