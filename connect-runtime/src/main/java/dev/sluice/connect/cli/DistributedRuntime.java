/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import dev.sluice.connect.config.ConfigProviders;
import dev.sluice.connect.config.DistributedConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.herder.InternalRequests;
import dev.sluice.connect.herder.OffsetOperations;
import dev.sluice.connect.herder.ProducerFencer;
import dev.sluice.connect.herder.StatusReporter;
import dev.sluice.connect.herder.WorkerHerder;
import dev.sluice.connect.herder.distributed.AdminProducerFencer;
import dev.sluice.connect.herder.distributed.DepartureCheck;
import dev.sluice.connect.herder.distributed.GroupCluster;
import dev.sluice.connect.herder.distributed.SessionKeyRotation;
import dev.sluice.connect.herder.distributed.WorkerGroupMember;
import dev.sluice.connect.isolation.PluginPathWatcher;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.metrics.ConnectMetrics;
import dev.sluice.connect.metrics.RebalanceMetrics;
import dev.sluice.connect.rest.RestServer;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetAdmin;
import dev.sluice.connect.storage.SourceOffsetStores;
import dev.sluice.connect.storage.kafka.ConnectorOffsetTopics;
import dev.sluice.connect.storage.kafka.InternalClientConfigs;
import dev.sluice.connect.storage.kafka.InternalTopicSpec;
import dev.sluice.connect.storage.kafka.InternalTopics;
import dev.sluice.connect.storage.kafka.KafkaConfigStore;
import dev.sluice.connect.storage.kafka.KafkaOffsetStore;
import dev.sluice.connect.storage.kafka.KafkaStatusStore;
import dev.sluice.connect.worker.Worker;
import dev.sluice.connect.worker.WorkerTaskFactory;
import dev.sluice.connect.worker.source.SourceClientSettings;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;

/**
 * A running distributed worker: the internal topics ensured, the three Kafka-backed stores read, the worker, the
 * herder over its group membership and the REST server, started in dependency order and stopped in reverse.
 * Usable in-process, e.g. by tests.
 */
public final class DistributedRuntime implements AutoCloseable {

    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);

    private final DistributedConfig config;
    private final Plugins plugins;
    private final ConfigProviders configProviders;
    private final AdminHolder admin;
    private final KafkaOffsetStore offsetStore;
    private final KafkaConfigStore configStore;
    private final KafkaStatusStore statusStore;
    private final StatusReporter statuses;
    private final Worker worker;
    private final WorkerHerder herder;
    private final RestServer rest;
    private PluginPathWatcher pluginWatcher;

    private DistributedRuntime(DistributedConfig config, Plugins plugins, InternalRequests internal) {
        this.config = config;
        this.plugins = plugins;
        // First: wrong listener or SSL settings stop the worker before anything else is started.
        this.rest = WorkerRestServer.create(config, plugins);
        this.configProviders = ConfigProviders.start(config, ConfigProviders.pluginsFactory(plugins));
        this.admin = new AdminHolder(config, "sluice-" + config.groupId() + "-admin");
        InternalClientConfigs clients = new InternalClientConfigs(config.originals(), "sluice-" + config.groupId());
        this.offsetStore = new KafkaOffsetStore(config.offsetsTopic(), clients);
        this.configStore = KafkaConfigStore.create(config.configTopic(), clients);
        this.statusStore = KafkaStatusStore.create(config.statusTopic(), clients);
        configStore.loggerLevelListener(rest.clusterLoggerLevels());
        OffsetKeyCodec codec = new OffsetKeyCodec();
        ConnectorClientConfigOverridePolicy policy = Worker.overridePolicy(config, plugins);
        ConnectMetrics metrics = ConnectMetrics.forWorker(config);
        GroupCluster cluster = new GroupCluster(groupMember(config.originals()), configStore,
                () -> rest.advertisedUrl().toString(), Duration.ofMillis(config.workerSyncTimeoutMs()),
                Duration.ofMillis(config.workerUnsyncBackoffMs()),
                config.scheduledRebalanceMaxDelayMs(), sessionKeys(config),
                new DepartureCheck(workerId -> statusStore.leftNothingRunning(workerId, Duration.ofSeconds(5))),
                new RebalanceMetrics(metrics.registry(), System::currentTimeMillis));
        this.statuses = new StatusReporter(statusStore, null, cluster::generation, this::connectorVersion);
        SourceOffsetStores offsetStores = connectorOffsetTopics(config, offsetStore, admin);
        WorkerTaskFactory tasks = new WorkerTaskFactory(config, plugins, policy, offsetStores, statuses, metrics);
        this.worker = new Worker(config, plugins, configProviders, policy, tasks, offsetStores, metrics);
        rest.exposeMetrics(worker.metrics()::snapshot);
        // REST reads the stored connector config, whose placeholders a lease on its own topic needs resolved.
        SourceOffsetStores resolvingStores = (name, connectorConfig) ->
                offsetStores.lease(name, configProviders.resolve(connectorConfig));
        OffsetOperations offsets = new OffsetOperations(new SourceOffsetAdmin(resolvingStores, codec), admin::get,
                worker.offsetsHook());
        ProducerFencer fencer = new AdminProducerFencer((name, connectorConfig) -> SourceClientSettings.admin(config,
                configProviders.resolve(connectorConfig), new ConnectorTaskId(name, 0)), TOPIC_TIMEOUT);
        this.herder = new WorkerHerder(worker, configStore, statusStore, statuses, cluster, offsets, internal, fencer,
                admin.clusterId(), "distributed-herder");
    }

    private static SourceOffsetStores connectorOffsetTopics(DistributedConfig config, KafkaOffsetStore workerStore,
                                                            AdminHolder admin) {
        ConnectorOffsetTopics.ConnectorClients clients = new ConnectorOffsetTopics.ConnectorClients() {
            @Override
            public Map<String, Object> producer(String connector, Map<String, String> connectorConfig) {
                return SourceClientSettings.producer(config, connectorConfig, new ConnectorTaskId(connector, 0));
            }

            @Override
            public Map<String, Object> admin(String connector, Map<String, String> connectorConfig) {
                return SourceClientSettings.admin(config, connectorConfig, new ConnectorTaskId(connector, 0));
            }
        };
        return new ConnectorOffsetTopics(config.originals(), workerStore, clients,
                () -> admin.clusterId().completeOnTimeout(null, 60, TimeUnit.SECONDS).join(), TOPIC_TIMEOUT);
    }

    /** The group member, created once REST listens: like Apache's, its client id names the advertised address. */
    private Function<GroupCluster, WorkerGroupMember> groupMember(Map<String, Object> settings) {
        return cluster -> {
            Map<String, Object> member = new HashMap<>(settings);
            Object clientId = member.get(CommonClientConfigs.CLIENT_ID_CONFIG);
            if (clientId == null || clientId.toString().isEmpty()) {
                URI advertised = rest.advertisedUrl();
                member.put(CommonClientConfigs.CLIENT_ID_CONFIG,
                        "connect-" + advertised.getHost() + ":" + advertised.getPort());
            }
            return new WorkerGroupMember(member, cluster::metadata, cluster, cluster);
        };
    }

    private static SessionKeyRotation sessionKeys(DistributedConfig config) {
        if (!config.connectProtocol().equals("sessioned")) {
            return null;
        }
        return new SessionKeyRotation(config.getString(DistributedConfig.INTER_WORKER_KEY_GENERATION_ALGORITHM_CONFIG),
                config.getInt(DistributedConfig.INTER_WORKER_KEY_SIZE_CONFIG), config.keyTtlMs(),
                System::currentTimeMillis);
    }

    private String connectorVersion(String connector) {
        return herder == null ? null : herder.connectorVersion(connector);
    }

    /**
     * Parses the worker settings, discovers plugins, makes sure the internal topics exist, reads them and starts
     * the herder, which joins the group in the background.
     *
     * @param internal sends and verifies requests between workers
     */
    public static DistributedRuntime start(Map<String, String> workerProps,
                                           Function<DistributedConfig, InternalRequests> internal) {
        Plugins plugins = Plugins.fromWorkerConfig(workerProps);
        DistributedConfig config = WorkerConfig.parse(plugins, workerProps, DistributedConfig::new);
        DistributedRuntime runtime;
        try {
            runtime = new DistributedRuntime(config, plugins, internal.apply(config));
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
        try {
            runtime.startComponents();
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    private void startComponents() {
        InternalTopics topics = new InternalTopics(admin.get(), TOPIC_TIMEOUT);
        Map<String, Object> props = config.originals();
        admin.lookUpClusterIdInBackground();
        // Until the stores are read, /health answers 503 "starting" and every other request waits.
        new ParallelStart()
                .step("rest-server-start", () -> rest.startHoldingRequests(herder))
                .step("offset-store-start", () -> {
                    topics.ensure(InternalTopicSpec.offsetsTopic(props));
                    offsetStore.start();
                })
                .step("status-store-start", () -> {
                    topics.ensure(InternalTopicSpec.statusTopic(props));
                    statusStore.start();
                })
                .step("config-store-start", () -> {
                    topics.ensure(InternalTopicSpec.configTopic(props));
                    configStore.start();
                })
                .run();
        URI advertised = rest.advertisedUrl();
        statuses.workerId(advertised.getHost() + ":" + advertised.getPort());
        herder.start();
        rest.openRequests();
        pluginWatcher = PluginPathWatcher.start(config.pluginPath(), plugins, config.pluginPathWatchInterval());
    }

    public WorkerHerder herder() {
        return herder;
    }

    public RestServer rest() {
        return rest;
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
                .then("status store", statusStore::stop)
                .then("config store", configStore::stop)
                .then("admin client", admin::close)
                .then("config providers", configProviders::close)
                .then("plugin.path watcher", this::stopWatchingPluginPath)
                .then("plugins", plugins::close)
                .run();
    }
}
