/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connector JAR compiled against Apache's connect-api 4.3.1 links against and runs on ours.
 *
 * <p>The test classpath holds Apache's compiled {@code connect-file-4.3.1.jar} (a test-scope download with all of
 * its dependencies excluded) and this module's own classes; Apache's connect-api is nowhere on it, which
 * {@link #apacheConnectApiIsNotOnTheClasspath()} checks rather than assumes. The Apache classes are reached by name
 * so that nothing in this test compiles against them.
 */
class ApacheFileConnectorsLinkAgainstOurApiTest {

    private static final String SOURCE_CONNECTOR = "org.apache.kafka.connect.file.FileStreamSourceConnector";
    private static final String SINK_CONNECTOR = "org.apache.kafka.connect.file.FileStreamSinkConnector";
    private static final String SOURCE_TASK = "org.apache.kafka.connect.file.FileStreamSourceTask";
    private static final String SINK_TASK = "org.apache.kafka.connect.file.FileStreamSinkTask";

    @TempDir
    Path dir;

    @BeforeAll
    static void apacheConnectApiIsNotOnTheClasspath() throws Exception {
        Path ourApi = codeSource(Connector.class);
        assertTrue(Files.isDirectory(ourApi), "the API classes must come from this module's build output, not a jar: " + ourApi);
        assertTrue(codeSource(Schema.class).equals(ourApi) && codeSource(SinkRecord.class).equals(ourApi));

        Path apacheFile = codeSource(Class.forName(SOURCE_CONNECTOR));
        assertEquals("connect-file-4.3.1.jar", apacheFile.getFileName().toString());

        List<String> apacheApiJars = classpathEntries().stream()
                .filter(entry -> entry.contains("connect-api") && entry.endsWith(".jar"))
                .collect(Collectors.toList());
        assertEquals(List.of(), apacheApiJars, "Apache's connect-api must not be on the test classpath");
    }

    @Test
    void sourceConnectorReportsVersionConfigAndValidation() throws Exception {
        SourceConnector connector = newInstance(SOURCE_CONNECTOR, SourceConnector.class);

        assertEquals("4.3.1", connector.version());
        ConfigDef config = connector.config();
        assertTrue(config.names().containsAll(List.of("file", "topic", "batch.size")), config.names().toString());

        Config missingTopic = connector.validate(Map.of("file", dir.resolve("in.txt").toString()));
        assertFalse(errorsOf(missingTopic, "topic").isEmpty(), "topic is required");
        Config valid = connector.validate(Map.of("file", "in.txt", "topic", "lines"));
        assertTrue(valid.configValues().stream().allMatch(v -> v.errorMessages().isEmpty()));
    }

    @Test
    void sourceConnectorStartsAndOffersOneTaskWhenAskedForTwo() throws Exception {
        SourceConnector connector = newInstance(SOURCE_CONNECTOR, SourceConnector.class);
        connector.initialize(new NoOpConnectorContext());
        connector.start(Map.of("file", "in.txt", "topic", "lines"));

        assertEquals(SOURCE_TASK, connector.taskClass().getName());
        List<Map<String, String>> taskConfigs = connector.taskConfigs(2);
        assertEquals(1, taskConfigs.size(), "a file is read by a single task");
        assertEquals("in.txt", taskConfigs.get(0).get("file"));
        assertEquals("lines", taskConfigs.get(0).get("topic"));
        connector.stop();
    }

    @Test
    void sinkConnectorStartsAndOffersTwoTasks() throws Exception {
        SinkConnector connector = newInstance(SINK_CONNECTOR, SinkConnector.class);
        assertEquals("4.3.1", connector.version());
        assertTrue(connector.config().names().contains("file"));
        assertTrue(connector.validate(Map.of("topics", "lines", "file", "out.txt")).configValues().stream()
                .allMatch(v -> v.errorMessages().isEmpty()));

        connector.initialize(new NoOpConnectorContext());
        connector.start(Map.of("topics", "lines", "file", "out.txt"));
        assertEquals(SINK_TASK, connector.taskClass().getName());
        List<Map<String, String>> taskConfigs = connector.taskConfigs(2);
        assertEquals(2, taskConfigs.size());
        taskConfigs.forEach(c -> assertEquals("out.txt", c.get("file")));
        connector.stop();
    }

    @Test
    void sourceTaskPollsTheLinesOfAFileWithTheirOffsets() throws Exception {
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "first\nsecond\nthird\n", StandardCharsets.UTF_8);
        SourceTask task = newInstance(SOURCE_TASK, SourceTask.class);
        task.initialize(new EmptyOffsetsTaskContext());
        task.start(Map.of("file", input.toString(), "topic", "lines"));

        List<SourceRecord> records = pollUntil(task, 3, Duration.ofSeconds(10));
        task.stop();

        assertEquals(List.of("first", "second", "third"),
                records.stream().map(SourceRecord::value).collect(Collectors.toList()));
        SourceRecord last = records.get(2);
        assertEquals("lines", last.topic());
        assertEquals(Schema.STRING_SCHEMA, last.valueSchema());
        assertEquals(Map.of("filename", input.toString()), last.sourcePartition());
        assertEquals(Map.of("position", 19L), last.sourceOffset());
    }

    @Test
    void sinkTaskWritesRecordValuesAsLines() throws Exception {
        Path output = dir.resolve("out.txt");
        SinkTask task = newInstance(SINK_TASK, SinkTask.class);
        task.initialize(new NoOpSinkTaskContext());
        task.start(Map.of("file", output.toString(), "topics", "lines"));

        TopicPartition partition = new TopicPartition("lines", 0);
        task.put(List.of(
                new SinkRecord("lines", 0, null, null, Schema.STRING_SCHEMA, "alpha", 0),
                new SinkRecord("lines", 0, null, null, Schema.STRING_SCHEMA, "beta", 1)));
        task.flush(Map.of(partition, new org.apache.kafka.clients.consumer.OffsetAndMetadata(2)));
        task.stop();

        assertEquals(List.of("alpha", "beta"), Files.readAllLines(output, StandardCharsets.UTF_8));
    }

    private static List<SourceRecord> pollUntil(SourceTask task, int count, Duration timeout) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            List<SourceRecord> batch = task.poll();
            if (batch != null) {
                records.addAll(batch);
            }
        }
        assertEquals(count, records.size(), "records polled before the deadline");
        return records;
    }

    private static List<String> errorsOf(Config config, String key) {
        return config.configValues().stream()
                .filter(v -> v.name().equals(key))
                .map(ConfigValue::errorMessages)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no config value for " + key));
    }

    private static <T> T newInstance(String className, Class<T> type) throws ReflectiveOperationException {
        Object instance = Class.forName(className).getDeclaredConstructor().newInstance();
        assertNotNull(instance);
        return type.cast(instance);
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<String> classpathEntries() throws IOException {
        List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        // Surefire may hand the JVM a manifest-only jar; the real entries are then in this property.
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null) {
            entries.addAll(List.of(surefire.split(java.io.File.pathSeparator)));
        }
        return entries;
    }

    private static final class NoOpConnectorContext implements ConnectorContext {
        @Override
        public void requestTaskReconfiguration() {
        }

        @Override
        public void raiseError(Exception e) {
            throw new AssertionError("connector raised an error", e);
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }
    }

    private static final class EmptyOffsetsTaskContext implements SourceTaskContext {
        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return new OffsetStorageReader() {
                @Override
                public <T> Map<String, Object> offset(Map<String, T> partition) {
                    return null;
                }

                @Override
                public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                    return Map.of();
                }
            };
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }
    }

    private static final class NoOpSinkTaskContext implements SinkTaskContext {
        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public void offset(Map<TopicPartition, Long> offsets) {
        }

        @Override
        public void offset(TopicPartition tp, long offset) {
        }

        @Override
        public void timeout(long timeoutMs) {
        }

        @Override
        public java.util.Set<TopicPartition> assignment() {
            return java.util.Set.of();
        }

        @Override
        public void pause(TopicPartition... partitions) {
        }

        @Override
        public void resume(TopicPartition... partitions) {
        }

        @Override
        public void requestCommit() {
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return null;
        }
    }
}
