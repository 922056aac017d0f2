/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import dev.sluice.connect.e2e.BuildLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The files one distributed worker starts from, in its own folder: worker.properties and a logging configuration.
 * Every worker of a cluster gets the same {@link ClusterNames}; each gets its own REST port, which is also its
 * advertised address, so its worker id is {@code 127.0.0.1:<port>}. The files stay put, so a worker restarts on
 * the same settings and keeps its worker id.
 */
public final class DistributedWorkerSetup {

    private static final String HOST = "127.0.0.1";

    private final WorkerRuntime runtime;
    private final Path dir;
    private final Path workerProperties;
    private final Path logConfig;
    private final int restPort;
    private final String workerId;

    private DistributedWorkerSetup(WorkerRuntime runtime, Path dir, Path workerProperties, Path logConfig,
            int restPort, String workerId) {
        this.runtime = runtime;
        this.dir = dir;
        this.workerProperties = workerProperties;
        this.logConfig = logConfig;
        this.restPort = restPort;
        this.workerId = workerId;
    }

    /**
     * Starts describing a worker of {@code cluster}; {@code dir} is the worker's own folder (created if missing).
     * By default the worker loads its own runtime's FileStream connectors from plugin.path.
     */
    public static Builder of(WorkerRuntime runtime, ClusterNames cluster, String bootstrapServers, Path dir) {
        return new Builder(runtime, cluster, bootstrapServers, dir);
    }

    public WorkerRuntime runtime() {
        return runtime;
    }

    public Path dir() {
        return dir;
    }

    public Path workerProperties() {
        return workerProperties;
    }

    public Path logConfig() {
        return logConfig;
    }

    /** The port the worker's REST server listens on. */
    public int restPort() {
        return restPort;
    }

    /** The id the worker reports in statuses: its advertised host and port (the REST port unless overridden). */
    public String workerId() {
        return workerId;
    }

    public URI restUrl() {
        return URI.create("http://" + HOST + ":" + restPort);
    }

    /** Worker settings; everything not set here is the runtime's default. */
    public static final class Builder {

        private final WorkerRuntime runtime;
        private final Path dir;
        private final Map<String, String> props = new LinkedHashMap<>();

        private Builder(WorkerRuntime runtime, ClusterNames cluster, String bootstrapServers, Path dir) {
            this.runtime = runtime;
            this.dir = dir;
            props.put("bootstrap.servers", bootstrapServers);
            props.put("group.id", cluster.groupId());
            props.put("config.storage.topic", cluster.configTopic());
            props.put("offset.storage.topic", cluster.offsetTopic());
            props.put("status.storage.topic", cluster.statusTopic());
            props.put("config.storage.replication.factor", "1");
            props.put("offset.storage.replication.factor", "1");
            props.put("status.storage.replication.factor", "1");
            props.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
            props.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
            props.put("key.converter.schemas.enable", "false");
            props.put("value.converter.schemas.enable", "false");
            props.put("offset.flush.interval.ms", "1000");
        }

        /** The worker's plugin.path, e.g. {@code BuildLayout.pluginDir("apache-file")}. */
        public Builder pluginDir(Path pluginDir) {
            return set("plugin.path", pluginDir.toAbsolutePath().toString());
        }

        /** How long the group waits for a silent worker before it counts as gone. */
        public Builder sessionTimeout(Duration timeout) {
            return set("session.timeout.ms", Long.toString(timeout.toMillis()));
        }

        public Builder heartbeatInterval(Duration interval) {
            return set("heartbeat.interval.ms", Long.toString(interval.toMillis()));
        }

        /** How long the leader keeps a departed worker's work unassigned, waiting for it to come back. */
        public Builder scheduledRebalanceMaxDelay(Duration delay) {
            return set("scheduled.rebalance.max.delay.ms", Long.toString(delay.toMillis()));
        }

        /** Any other worker setting, or an override of one above; {@code listeners} is always the harness's. */
        public Builder set(String key, String value) {
            if (key.equals("listeners")) {
                throw new IllegalArgumentException("the harness picks the REST port; override rest.advertised.*");
            }
            props.put(key, value);
            return this;
        }

        /** Picks a free REST port and writes the files. */
        public DistributedWorkerSetup write() {
            int port = freePort();
            Map<String, String> all = new LinkedHashMap<>(props);
            if (!all.containsKey("plugin.path")) {
                all.put("plugin.path", BuildLayout.pluginDir(runtime.ownFileConnectors()).toAbsolutePath().toString());
            }
            all.put("listeners", "http://" + HOST + ":" + port);
            all.putIfAbsent("rest.advertised.host.name", HOST);
            all.putIfAbsent("rest.advertised.port", Integer.toString(port));
            try {
                Files.createDirectories(dir);
                Path workerProperties = dir.resolve("worker.properties");
                Files.writeString(workerProperties, propertiesText(all), StandardCharsets.UTF_8);
                Path logConfig = dir.resolve(runtime.logConfigFileName());
                Files.writeString(logConfig, runtime.logConfig(), StandardCharsets.UTF_8);
                String workerId = all.get("rest.advertised.host.name") + ":" + all.get("rest.advertised.port");
                return new DistributedWorkerSetup(runtime, dir, workerProperties, logConfig, port, workerId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String propertiesText(Map<String, String> props) {
            // Backslashes are escapes in properties files; nothing else in these values needs quoting.
            return props.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                    .collect(Collectors.joining("\n", "", "\n"));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
