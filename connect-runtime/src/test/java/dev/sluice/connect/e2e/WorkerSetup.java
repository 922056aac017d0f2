/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The files a standalone worker is started from, written into a test's temporary folder: worker.properties,
 * a quiet logback.xml and connector property files. The offsets file stays in the same folder, so a second worker
 * started from the same setup resumes where the first stopped.
 */
final class WorkerSetup {

    private final Path dir;
    private final Path workerProperties;
    private final Path logbackXml;
    private final Path offsetsFile;
    private final int restPort;

    private WorkerSetup(Path dir, Path workerProperties, Path logbackXml, Path offsetsFile, int restPort) {
        this.dir = dir;
        this.workerProperties = workerProperties;
        this.logbackXml = logbackXml;
        this.offsetsFile = offsetsFile;
        this.restPort = restPort;
    }

    /** Worker settings for {@code pluginDir}; {@code extra} adds or overrides entries (e.g. producer settings). */
    static WorkerSetup create(Path dir, String bootstrapServers, Path pluginDir, Map<String, String> extra) {
        int port = freePort();
        Path offsets = dir.resolve("connect.offsets");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("listeners", "http://127.0.0.1:" + port);
        props.put("plugin.path", pluginDir.toAbsolutePath().toString());
        props.put("offset.storage.file.filename", offsets.toAbsolutePath().toString());
        props.put("offset.flush.interval.ms", "1000");
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.putAll(extra);
        Path worker = write(dir.resolve("worker.properties"), props);
        Path logback = dir.resolve("logback.xml");
        writeString(logback, """
                <configuration>
                  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="dev.sluice" level="INFO"/>
                  <root level="WARN"><appender-ref ref="CONSOLE"/></root>
                </configuration>
                """);
        return new WorkerSetup(dir, worker, logback, offsets, port);
    }

    Path sourceConnector(String name, Path input, String topic) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("name", name);
        props.put("connector.class", "FileStreamSource");
        props.put("tasks.max", "1");
        props.put("file", input.toAbsolutePath().toString());
        props.put("topic", topic);
        return write(dir.resolve(name + ".properties"), props);
    }

    Path sinkConnector(String name, Path output, String topic) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("name", name);
        props.put("connector.class", "FileStreamSink");
        props.put("tasks.max", "1");
        props.put("file", output.toAbsolutePath().toString());
        props.put("topics", topic);
        return write(dir.resolve(name + ".properties"), props);
    }

    Path dir() {
        return dir;
    }

    Path workerProperties() {
        return workerProperties;
    }

    Path logbackXml() {
        return logbackXml;
    }

    Path offsetsFile() {
        return offsetsFile;
    }

    int restPort() {
        return restPort;
    }

    private static Path write(Path file, Map<String, String> props) {
        // Backslashes are escapes in properties files; nothing else in these values needs quoting.
        String text = props.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
        writeString(file, text);
        return file;
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plugin directory the build laid out under {@code e2e-plugins/<name>} next to the test classes. */
    static Path pluginDir(String name) {
        return BuildLayout.pluginDir(name);
    }
}
