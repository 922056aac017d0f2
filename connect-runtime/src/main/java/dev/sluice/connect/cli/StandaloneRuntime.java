/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import dev.sluice.connect.config.ConfigProviders;
import dev.sluice.connect.config.StandaloneConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.herder.InternalRequests;
import dev.sluice.connect.herder.OffsetOperations;
import dev.sluice.connect.herder.StatusReporter;
import dev.sluice.connect.herder.WorkerHerder;
import dev.sluice.connect.herder.standalone.ConnectorFiles;
import dev.sluice.connect.herder.standalone.LocalCluster;
import dev.sluice.connect.isolation.PluginPathWatcher;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.metrics.ConnectMetrics;
import dev.sluice.connect.rest.RestServer;
import dev.sluice.connect.storage.FileOffsetStore;
import dev.sluice.connect.storage.MemoryConfigStore;
import dev.sluice.connect.storage.MemoryStatusStore;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetAdmin;
import dev.sluice.connect.storage.SourceOffsetStores;
import dev.sluice.connect.worker.Worker;
import dev.sluice.connect.worker.WorkerTaskFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running standalone worker: every component {@link ConnectStandalone} wires, started in dependency order and
 * stopped in reverse (REST first, so no request reaches a stopping herder). Usable in-process, e.g. by tests.
 */
public final class StandaloneRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StandaloneRuntime.class);

    private final Plugins plugins;
    private final ConfigProviders configProviders;
    private final FileOffsetStore offsetStore;
    private final Worker worker;
    private final StatusReporter statuses;
    private final WorkerHerder herder;
    private final RestServer rest;
    private final AdminHolder admin;
    private final String pluginPath;
    private final Duration pluginPathWatchInterval;
    private PluginPathWatcher pluginWatcher;

    private StandaloneRuntime(StandaloneConfig config, Plugins plugins) {
        this.plugins = plugins;
        this.pluginPath = config.pluginPath();
        this.pluginPathWatchInterval = config.pluginPathWatchInterval();
        // First: wrong listener or SSL settings stop the worker before anything else is started.
        this.rest = WorkerRestServer.create(config, plugins);
        this.configProviders = ConfigProviders.start(config, ConfigProviders.pluginsFactory(plugins));
        this.offsetStore = new FileOffsetStore(Path.of(config.offsetsFile()));
        OffsetKeyCodec codec = new OffsetKeyCodec();
        ConnectorClientConfigOverridePolicy policy = Worker.overridePolicy(config, plugins);
        MemoryStatusStore statusStore = new MemoryStatusStore();
        LocalCluster cluster = new LocalCluster();
        this.statuses = new StatusReporter(statusStore, "localhost:8083", cluster::generation,
                this::connectorVersion);
        // Like Apache's standalone worker, every connector's offsets live in the one offsets file.
        SourceOffsetStores offsetStores = SourceOffsetStores.shared(offsetStore);
        ConnectMetrics metrics = ConnectMetrics.forWorker(config);
        WorkerTaskFactory tasks = new WorkerTaskFactory(config, plugins, policy, offsetStores, statuses, metrics);
        this.worker = new Worker(config, plugins, configProviders, policy, tasks, offsetStores, metrics);
        rest.exposeMetrics(worker.metrics()::snapshot);
        this.admin = new AdminHolder(config, "sluice-standalone-admin");
        OffsetOperations offsets = new OffsetOperations(new SourceOffsetAdmin(offsetStore, codec), admin::get,
                worker.offsetsHook());
        MemoryConfigStore configStore = new MemoryConfigStore();
        configStore.loggerLevelListener(rest.clusterLoggerLevels());
        this.herder = new WorkerHerder(worker, configStore, statusStore, statuses, cluster, offsets,
                InternalRequests.NONE, null, admin.clusterId(), "standalone-herder");
    }

    private String connectorVersion(String connector) {
        return herder == null ? null : herder.connectorVersion(connector);
    }

    /** Parses the worker settings, discovers plugins and starts everything; Kafka is not contacted on the way. */
    public static StandaloneRuntime start(Map<String, String> workerProps) {
        Plugins plugins = Plugins.fromWorkerConfig(workerProps);
        StandaloneConfig config = WorkerConfig.parse(plugins, workerProps, StandaloneConfig::new);
        StandaloneRuntime runtime;
        try {
            runtime = new StandaloneRuntime(config, plugins);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
        runtime.startComponents();
        return runtime;
    }

    private void startComponents() {
        offsetStore.start();
        rest.start(herder);
        URI advertised = rest.advertisedUrl();
        statuses.workerId(advertised.getHost() + ":" + advertised.getPort());
        herder.start();
        admin.lookUpClusterIdInBackground();
        pluginWatcher = PluginPathWatcher.start(pluginPath, plugins, pluginPathWatchInterval);
    }

    public WorkerHerder herder() {
        return herder;
    }

    public RestServer rest() {
        return rest;
    }

    /** Creates the connector a command-line file describes, waiting for the herder's answer. */
    public void submit(Path connectorFile, Duration timeout) throws Exception {
        ConnectorFiles.ConnectorFile file = ConnectorFiles.read(connectorFile);
        herder.putConnectorConfig(file.name(), file.config(), false)
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Created connector {} from {}", file.name(), connectorFile);
    }

    private void stopWatchingPluginPath() {
        if (pluginWatcher != null) {
            pluginWatcher.close();
        }
    }

    @Override
    public void close() {
        new StopSequence()
                .then("REST server", rest::stop)
                .then("herder", herder::stop)
                .then("worker", worker::stop)
                .then("offset store", offsetStore::stop)
                .then("admin client", admin::close)
                .then("config providers", configProviders::close)
                .then("plugin.path watcher", this::stopWatchingPluginPath)
                .then("plugins", plugins::close)
                .run();
    }
}
