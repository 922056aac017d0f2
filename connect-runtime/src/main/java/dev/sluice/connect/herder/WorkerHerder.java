/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.DistributedConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.storage.ConfigSnapshot;
import dev.sluice.connect.storage.ConfigStore;
import dev.sluice.connect.storage.StatusStore;
import dev.sluice.connect.worker.Worker;
import dev.sluice.connect.worker.preview.PreviewLimits;
import dev.sluice.connect.worker.preview.RecordPreview;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The herder of one worker, standalone or in a cluster: one thread runs a loop that waits on the {@link Cluster},
 * takes the newest {@link ConfigSnapshot}, runs queued requests and makes the worker match snapshot and assignment
 * through the {@link Reconciler}. The modes differ only in the stores and the cluster plugged in. Reads are
 * answered from the latest published snapshot without the herder thread; everything that changes state is a
 * request on the queue.
 */
public final class WorkerHerder implements Herder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkerHerder.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    private static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(30);
    private static final String TOPIC_TRACKING_DISABLED = "Topic tracking is disabled.";

    private final Worker worker;
    private final ConfigStore configStore;
    private final StatusStore statusStore;
    private final Cluster cluster;
    private final ConnectorValidation validation;
    private final PluginListing pluginListing;
    private final OffsetOperations offsets;
    private final ConnectorViews views;
    private final Reconciler reconciler;
    private final ConfigWrites writes;
    private final InstanceRestarts restarts;
    private final RequestQueue requests;
    private final InternalRequests internal;
    private final TaskConfigPublisher taskConfigs;
    private final ZombieFencing fencing;
    private final CompletableFuture<String> clusterId;
    private final AtomicBoolean configChanged = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<String> reconfigurationRequests = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<RestartRequest> restartRequests = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile ConfigSnapshot snapshot = ConfigSnapshot.EMPTY;
    private volatile HerderState state = HerderState.NEW;

    /**
     * @param statuses  reports the worker's connector and task states into {@code statusStore}
     * @param offsets   reads and changes connectors' committed offsets
     * @param internal  verifies and sends requests between the workers of the cluster
     * @param fencer    fences out exactly-once source tasks' producers when this worker leads; null for a worker
     *                  without peers
     * @param clusterId completes with the Kafka cluster id; need not be complete at start-up
     * @param name      the herder thread's name
     */
    public WorkerHerder(Worker worker, ConfigStore configStore, StatusStore statusStore, StatusReporter statuses,
                        Cluster cluster, OffsetOperations offsets, InternalRequests internal, ProducerFencer fencer,
                        CompletableFuture<String> clusterId, String name) {
        this.worker = worker;
        this.configStore = configStore;
        this.statusStore = statusStore;
        this.cluster = cluster;
        boolean topicCreation = worker.config().topicCreationEnable();
        boolean exactlyOnce = fencer != null && DistributedConfig.exactlyOnceSourceGroup(worker.config()) != null;
        this.validation = new ConnectorValidation(worker.plugins(), topicCreation, exactlyOnce);
        this.pluginListing = new PluginListing(worker.plugins(), topicCreation);
        this.offsets = offsets;
        this.views = new ConnectorViews(validation, statusStore);
        this.requests = new RequestQueue(cluster::wakeup);
        this.fencing = new ZombieFencing(worker.config() instanceof DistributedConfig distributed
                ? distributed.groupId() : null, exactlyOnce, this::isSource, cluster, internal, configStore, fencer);
        this.reconciler = new Reconciler(worker, statuses, statusStore, this::requestTaskReconfiguration,
                fencing::tasksMayStart);
        this.writes = new ConfigWrites(configStore, statusStore, cluster, validation, views, () -> snapshot,
                this::readBackWrites, this::applyWrites);
        this.restarts = new InstanceRestarts(() -> snapshot, reconciler, statusStore, statuses, this::applyChanges);
        this.internal = internal;
        this.taskConfigs = new TaskConfigPublisher(configStore, cluster, internal, this::requestTaskReconfiguration);
        this.clusterId = clusterId;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        cluster.revocationListener(reconciler::stop);
        configStore.listener(new ConfigStore.Listener() {
            @Override
            public void onChange() {
                configChanged.set(true);
                cluster.wakeup();
            }

            @Override
            public void onRestartRequest(RestartRequest request) {
                restartRequests.add(request);
                cluster.wakeup();
            }
        });
    }

    /** The version a connector's plugin reports, for statuses; null when unknown. */
    public String connectorVersion(String name) {
        Map<String, String> config = snapshot.connectorConfig(name);
        return config == null ? null : pluginListing.connectorVersion(
                config.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG), config.get(ConnectorConfig.CONNECTOR_VERSION));
    }

    /** Starts the herder thread; it reads the stored state, joins the cluster and starts running connectors. */
    public void start() {
        state = HerderState.STARTING;
        thread.start();
    }

    private void run() {
        try {
            cluster.start();
            while (state == HerderState.STARTING || state == HerderState.RUNNING) {
                tick();
                if (state == HerderState.STARTING && !cluster.rebalancing()) {
                    started();
                }
                cluster.poll(IDLE_POLL);
            }
        } catch (Throwable t) {
            log.error("Herder thread failed; the worker can no longer manage its connectors", t);
        } finally {
            requests.close();
            requests.runPending();
            reconciler.stopAll();
            taskConfigs.close();
            fencing.close();
            // Statuses reach the topic before the group hears that this worker left, so the leader sees a clean exit.
            quietly(statusStore::flush);
            quietly(cluster::stop);
            state = HerderState.STOPPED;
            stopped.complete(null);
            log.info("Herder stopped");
        }
    }

    /** STARTING → RUNNING once the cluster first told this worker what to run. */
    private synchronized void started() {
        if (state == HerderState.STARTING) {
            state = HerderState.RUNNING;
            log.info("Herder started");
        }
    }

    /** One pass of the loop: new config state, queued requests, restarts, then the worker brought in line. */
    private void tick() {
        takeSnapshot();
        requests.runPending();
        applyChanges();
    }

    private void takeSnapshot() {
        if (configChanged.getAndSet(false)) {
            ConfigSnapshot previous = snapshot;
            snapshot = configStore.snapshot();
            if (previous != snapshot) {
                cluster.configChanged(previous, snapshot);
            }
        }
    }

    /** Acts on everything new: restart requests, the snapshot, task reconfigurations, until nothing changes. */
    private void applyChanges() {
        for (int pass = 0; pass < 5; pass++) {
            takeSnapshot();
            RestartRequest restart;
            while ((restart = restartRequests.poll()) != null) {
                reconciler.restart(restart, snapshot);
            }
            Set<String> needTaskConfigs = reconciler.reconcile(snapshot, cluster.assignment(snapshot));
            String name;
            while ((name = reconfigurationRequests.poll()) != null) {
                needTaskConfigs.add(name);
            }
            needTaskConfigs.forEach(this::updateTaskConfigs);
            if (!configChanged.get() && restartRequests.isEmpty() && reconfigurationRequests.isEmpty()) {
                return;
            }
        }
    }

    private void requestTaskReconfiguration(String connector) {
        reconfigurationRequests.add(connector);
        cluster.wakeup();
    }

    /** Asks the connector for task configs and commits them when they differ from the stored ones. */
    private void updateTaskConfigs(String name) {
        if (snapshot.targetState(name) == TargetState.STOPPED) {
            return;
        }
        List<Map<String, String>> generated = reconciler.generateTaskConfigs(name, snapshot);
        if (generated == null || generated.equals(snapshot.taskConfigs(name)) && snapshot.tasksCurrent(name)) {
            return;
        }
        taskConfigs.publish(name, generated, snapshot);
    }

    /** Stops every connector and task, then the herder thread. */
    public void stop() {
        synchronized (this) {
            if (state == HerderState.NEW) {
                state = HerderState.STOPPED;
                return;
            }
            if (state == HerderState.STARTING || state == HerderState.RUNNING) {
                state = HerderState.STOPPING;
            }
        }
        cluster.wakeup();
        try {
            stopped.get(worker.config().taskShutdownGracefulTimeoutMs() + 30_000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("The herder did not stop in time", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Ignoring failure while stopping", e);
        }
    }

    // ---- writes: run on the herder thread -----------------------------------------------------------------

    /**
     * A write acts on who leads and what runs where. While the group renegotiates that (work revoked and not yet
     * reassigned, or out of the group after falling behind on the config topic), the worker cannot serve it and,
     * as Apache's does, answers 409 so the client retries once the rebalance is over.
     */
    private <T> Supplier<T> settled(Supplier<T> write) {
        return () -> {
            if (state == HerderState.RUNNING && cluster.rebalancing()) {
                throw new RebalanceNeededException(RebalanceNeededException.STALE_CONFIG);
            }
            return write.get();
        };
    }

    /** Waits until the snapshot shows what was just written. */
    private void readBackWrites() {
        try {
            configStore.refresh(REFRESH_TIMEOUT);
        } catch (TimeoutException e) {
            throw new ConnectException("Timed out reading back the config", e);
        }
        configChanged.set(true);
        takeSnapshot();
    }

    /** Waits until the snapshot shows what was just written and the worker acted on it. */
    private void applyWrites() {
        readBackWrites();
        applyChanges();
    }

    @Override
    public CompletableFuture<Created<ConnectorDescription>> putConnectorConfig(String connName,
                                                                               Map<String, String> config,
                                                                               TargetState initialState,
                                                                               boolean allowReplace) {
        return requests.submit(settled(() -> writes.putConnectorConfig(connName, config, initialState, allowReplace)));
    }

    @Override
    public CompletableFuture<ConnectorDescription> patchConnectorConfig(String connName, Map<String, String> patch) {
        return requests.submit(() -> writes.patched(connName, patch))
                .thenCompose(patched -> putConnectorConfig(connName, patched, null, true))
                .thenApply(Created::result);
    }

    @Override
    public CompletableFuture<Void> deleteConnector(String connName) {
        return requests.submit(settled(() -> {
            writes.deleteConnector(connName);
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> pauseConnector(String connName) {
        return changeTargetState(connName, TargetState.PAUSED);
    }

    @Override
    public CompletableFuture<Void> resumeConnector(String connName) {
        return changeTargetState(connName, TargetState.STARTED);
    }

    @Override
    public CompletableFuture<Void> stopConnector(String connName) {
        return changeTargetState(connName, TargetState.STOPPED);
    }

    private CompletableFuture<Void> changeTargetState(String connName, TargetState target) {
        return requests.submit(settled(() -> {
            writes.changeTargetState(connName, target);
            return null;
        }));
    }

    @Override
    public CompletableFuture<Optional<ConnectorReport>> restartConnector(RestartRequest request) {
        if (!request.connectorOnly()) {
            return requests.submit(settled(() -> writes.restartConnector(request)));
        }
        return requests.submit(settled(() -> {
            restarts.restartConnector(request.connectorName());
            return Optional.empty();
        }));
    }

    @Override
    public CompletableFuture<Void> putTaskConfigs(String connName, List<Map<String, String>> configs,
                                                  RequestSignature signature) {
        return requests.submit(settled(() -> {
            internal.verify(snapshot.sessionKey(), signature);
            writes.putTaskConfigs(connName, configs);
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> fenceZombies(String connName, RequestSignature signature) {
        return requests.submitComposed(settled(() -> {
            internal.verify(snapshot.sessionKey(), signature);
            return fencing.fenceAsLeader(connName, snapshot);
        }));
    }

    private boolean isSource(String connName) {
        ConfigSnapshot current = snapshot;
        return current.contains(connName) && !views.isSink(current, connName);
    }

    @Override
    public CompletableFuture<Void> restartTask(ConnectorTaskId id) {
        return requests.submit(settled(() -> {
            restarts.restartTask(id);
            return null;
        }));
    }

    @Override
    public CompletableFuture<Void> resetConnectorActiveTopics(String connName) {
        if (!worker.config().topicTrackingEnable()) {
            return CompletableFuture.failedFuture(new ForbiddenException(TOPIC_TRACKING_DISABLED));
        }
        if (!worker.config().topicTrackingAllowReset()) {
            return CompletableFuture.failedFuture(new ForbiddenException("Topic tracking reset is disabled."));
        }
        // Like Apache, no existence check: an unknown connector simply has no active topics to forget.
        return requests.submit(() -> {
            statusStore.resetTopics(connName);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> setClusterLoggerLevel(String namespace, String level) {
        return requests.submit(() -> {
            configStore.putLoggerLevel(namespace, level);
            return null;
        });
    }

    @Override
    public CompletableFuture<List<PartitionOffset>> connectorOffsets(String connName) {
        return requests.submitComposed(() -> offsets.read(connName, snapshot.connectorConfig(connName),
                views.isSink(snapshot, connName)));
    }

    @Override
    public CompletableFuture<String> alterConnectorOffsets(String connName, List<PartitionOffset> newOffsets) {
        return requests.submitComposed(settled(() -> offsets.alter(connName, snapshot.connectorConfig(connName),
                views.requireStopped(snapshot, connName), newOffsets)));
    }

    @Override
    public CompletableFuture<String> resetConnectorOffsets(String connName) {
        return requests.submitComposed(settled(() -> offsets.reset(connName, snapshot.connectorConfig(connName),
                views.requireStopped(snapshot, connName))));
    }

    // ---- reads: answered from the published snapshot --------------------------------------------------------

    @Override
    public CompletableFuture<Collection<String>> connectors() {
        return CompletableFuture.completedFuture(new ArrayList<>(snapshot.connectors().keySet()));
    }

    @Override
    public CompletableFuture<ConnectorDescription> connectorInfo(String connName) {
        return answer(() -> views.description(snapshot, connName));
    }

    @Override
    public CompletableFuture<Map<String, String>> connectorConfig(String connName) {
        return answer(() -> new LinkedHashMap<>(ConnectorViews.require(snapshot, connName)));
    }

    @Override
    public CompletableFuture<ConnectorReport> connectorStatus(String connName) {
        return answer(() -> views.report(snapshot, connName, false, Set.of()));
    }

    @Override
    public CompletableFuture<List<TaskConfig>> taskConfigs(String connName) {
        return answer(() -> views.taskConfigs(snapshot, connName));
    }

    @Override
    public CompletableFuture<TaskStatus> taskStatus(ConnectorTaskId id) {
        return answer(() -> views.taskStatus(snapshot, id));
    }

    @Override
    public CompletableFuture<Set<String>> connectorActiveTopics(String connName) {
        if (!worker.config().topicTrackingEnable()) {
            return CompletableFuture.failedFuture(new ForbiddenException(TOPIC_TRACKING_DISABLED));
        }
        // Answered from the status store alone, as Apache does: an unknown connector has used no topics (200, []).
        return answer(() -> statusStore.topics(connName));
    }

    @Override
    public CompletableFuture<ConfigValidation> validateConnectorConfig(Map<String, String> config) {
        // Validation instantiates plugins but touches no herder state, so it stays off the herder thread.
        return CompletableFuture.supplyAsync(() -> validation.validate(config));
    }

    @Override
    public CompletableFuture<RecordPreview> previewConnector(String connName, PreviewLimits limits) {
        Map<String, String> config;
        try {
            config = ConnectorViews.require(snapshot, connName);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        // A preview runs the plugin for seconds: on the worker's pool, like a task, never on the herder thread.
        return worker.preview(connName, config, true, limits);
    }

    @Override
    public CompletableFuture<RecordPreview> previewConfig(Map<String, String> config, PreviewLimits limits) {
        try {
            validation.requireValid(config);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return worker.preview(config.get(ConnectorConfig.NAME_CONFIG), config, false, limits);
    }

    private static <T> CompletableFuture<T> answer(Supplier<T> read) {
        try {
            return CompletableFuture.completedFuture(read.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public List<PluginDesc> plugins(boolean connectorsOnly) {
        return pluginListing.plugins(connectorsOnly);
    }

    @Override
    public List<ConfigDef.ConfigKey> pluginConfig(String pluginName, String version) {
        return pluginListing.pluginConfig(pluginName, version);
    }

    @Override
    public String kafkaClusterId() {
        return clusterId.getNow(null);
    }

    @Override
    public boolean ready() {
        return state == HerderState.RUNNING;
    }

    @Override
    public CompletableFuture<Void> healthCheck() {
        return requests.submit(() -> null);
    }
}
