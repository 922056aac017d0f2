/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.config.ConfigProviders;
import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.metrics.ConnectMetrics;
import dev.sluice.connect.metrics.ConnectorTaskCounts;
import dev.sluice.connect.metrics.WorkerMetrics;
import dev.sluice.connect.storage.ConnectorOffsetReader;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.SourceOffsetStores;
import dev.sluice.connect.worker.preview.PreviewLimits;
import dev.sluice.connect.worker.preview.Previewer;
import dev.sluice.connect.worker.preview.RecordPreview;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.health.ConnectorType;
import org.apache.kafka.connect.sink.SinkConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the connectors and tasks the herder assigns to this process. Connectors are created from their plugin
 * (class name or alias, {@code connector.plugin.version}) and driven through {@link ConnectorRunner}; tasks are
 * built by a {@link TaskFactory} and each runs on its own pool thread. Configs are resolved through the config
 * providers on the way in; the herder keeps the raw ones. One connector or task failing never touches another.
 */
public final class Worker implements AutoCloseable {

    /** The key the worker adds to every task config, naming the connector's task class. */
    public static final String TASK_CLASS_CONFIG = "task.class";

    private static final Logger log = LoggerFactory.getLogger(Worker.class);
    /** How long a connector's {@code stop()} may take before the worker goes on without it (Apache's: 5 s too). */
    private static final long CONNECTOR_STOP_TIMEOUT_MS = 5_000;

    private final WorkerConfig config;
    private final Plugins plugins;
    private final ConfigProviders configProviders;
    private final ClientConfigOverrides clientConfigs;
    private final TaskFactory taskFactory;
    private final SourceOffsetStores sourceOffsets;
    private final OffsetKeyCodec offsetCodec = new OffsetKeyCodec();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConnectMetrics metrics;
    private final WorkerMetrics workerMetrics;
    private final ConnectorTaskCounts taskCounts;
    private final Map<String, ConnectorRunner> connectors = new ConcurrentHashMap<>();
    private final Map<ConnectorTaskId, WorkerTask> tasks = new ConcurrentHashMap<>();
    private final Previewer previewer;

    /**
     * @param sourceOffsets       where a source connector reads the offsets its tasks committed
     * @param metrics             the worker's registry; the worker closes it when it stops
     */
    public Worker(WorkerConfig config, Plugins plugins, ConfigProviders configProviders,
                  ConnectorClientConfigOverridePolicy policy, TaskFactory taskFactory,
                  SourceOffsetStores sourceOffsets, ConnectMetrics metrics) {
        this.config = config;
        this.plugins = plugins;
        this.configProviders = configProviders;
        this.clientConfigs = new ClientConfigOverrides(config, policy);
        this.taskFactory = taskFactory;
        this.sourceOffsets = sourceOffsets;
        this.metrics = metrics;
        this.workerMetrics = new WorkerMetrics(metrics.registry(), connectors::size, tasks::size);
        this.previewer = new Previewer(config, plugins, sourceOffsets, executor);
        this.taskCounts = new ConnectorTaskCounts(metrics.registry(), this::countTasks);
    }

    /**
     * Creates and configures the policy named (by class name or alias) in the worker's
     * {@code connector.client.config.override.policy} setting.
     */
    public static ConnectorClientConfigOverridePolicy overridePolicy(WorkerConfig config, Plugins plugins) {
        ConnectorClientConfigOverridePolicy policy = plugins.newPlugin(config.connectorClientConfigOverridePolicy(),
                PluginType.CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY, null, ConnectorClientConfigOverridePolicy.class);
        try (LoaderSwap swap = Plugins.withClassLoader(policy)) {
            policy.configure(config.originals());
        }
        return policy;
    }

    public WorkerConfig config() {
        return config;
    }

    public Plugins plugins() {
        return plugins;
    }

    public ClientConfigOverrides clientConfigOverrides() {
        return clientConfigs;
    }

    /** The worker's metrics registry (JMX and the REST API's {@code /metrics} read it). */
    public ConnectMetrics metrics() {
        return metrics;
    }

    /**
     * Creates, initializes and brings a connector to {@code initialState}. Problems are reported to
     * {@code listener} as FAILED rather than thrown.
     *
     * @param onTaskReconfigurationRequest run when the connector asks for new task configs
     * @return true when the connector is now RUNNING, PAUSED or STOPPED
     */
    public boolean startConnector(String name, Map<String, String> connectorConfig, ConnectorStatusListener listener,
                                  TargetState initialState, Runnable onTaskReconfigurationRequest) {
        if (connectors.containsKey(name)) {
            throw new ConnectException("Connector with name " + name + " already exists");
        }
        log.info("Creating connector {} of type {}", name, connectorConfig.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG));
        Connector connector;
        Map<String, String> resolved;
        ConnectorOffsetReader reader = null;
        ConnectorRunner runner;
        try {
            resolved = configProviders.resolve(connectorConfig);
            PluginDesc plugin = connectorPlugin(resolved);
            connector = plugins.newInstance(plugin, Connector.class);
            reader = connector instanceof SinkConnector ? null
                    : new ConnectorOffsetReader(sourceOffsets.lease(name, resolved), name, offsetCodec);
            // Inside the try: a config it cannot take (a null value) fails this connector, not the herder thread.
            runner = new ConnectorRunner(name, connector, plugin.version(), resolved, listener,
                    onTaskReconfigurationRequest, metrics.registry(), reader);
        } catch (Throwable t) {
            log.error("Failed to create connector {}", name, t);
            if (reader != null) {
                ConnectorOffsetReader leased = reader;
                safely(leased::close);
            }
            safely(() -> listener.onFailure(name, t));
            workerMetrics.connectorStartup(false);
            return false;
        }
        connectors.put(name, runner);
        boolean ok = runner.initialize(initialState);
        workerMetrics.connectorStartup(ok);
        log.info("Finished creating connector {}", name);
        return ok;
    }

    /**
     * Runs connector {@code name}'s plugins on a sample of records and reports them as they would be written or
     * delivered, writing nothing and committing no offset. Runs on the worker's pool, never on the caller's thread.
     *
     * @param fromCommitted whether a source task starts from the connector's committed offsets
     */
    public CompletableFuture<RecordPreview> preview(String name, Map<String, String> connectorConfig,
                                                    boolean fromCommitted, PreviewLimits limits) {
        try {
            Map<String, String> resolved = configProviders.resolve(connectorConfig);
            return previewer.preview(name, resolved, connectorPlugin(resolved), fromCommitted, limits);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** What connectors are asked before their offsets change through the REST API. */
    public ConnectorOffsetsHook offsetsHook() {
        return new ConnectorOffsetsHook(this::newConnector, configProviders::resolve, executor);
    }

    private Connector newConnector(Map<String, String> connectorConfig) {
        return plugins.newInstance(connectorPlugin(connectorConfig), Connector.class);
    }

    private PluginDesc connectorPlugin(Map<String, String> connectorConfig) {
        String className = connectorConfig.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG);
        if (className == null || className.isBlank()) {
            throw new ConnectException("Connector config has no " + ConnectorConfig.CONNECTOR_CLASS_CONFIG);
        }
        return findConnector(className, connectorConfig.get(ConnectorConfig.CONNECTOR_VERSION));
    }

    private PluginDesc findConnector(String classOrAlias, String version) {
        try {
            return plugins.find(classOrAlias, PluginType.SOURCE, version);
        } catch (ConnectException notSource) {
            try {
                return plugins.find(classOrAlias, PluginType.SINK, version);
            } catch (ConnectException notSink) {
                throw new ConnectException("Failed to find any class that implements Connector and which name"
                        + " matches " + classOrAlias, notSink);
            }
        }
    }

    /** True when the running connector is a sink. */
    public boolean isSinkConnector(String name) {
        return runner(name).isSink();
    }

    /** The source or sink kind of a running connector. */
    public ConnectorType connectorType(String name) {
        return isSinkConnector(name) ? ConnectorType.SINK : ConnectorType.SOURCE;
    }

    /**
     * Asks the connector for task configs, adding {@code task.class} to each. With {@code tasks.max.enforce}
     * on (the default), more configs than {@code maxTasks} is an error.
     */
    public List<Map<String, String>> connectorTaskConfigs(String name, int maxTasks) {
        ConnectorRunner runner = runner(name);
        List<Map<String, String>> configs = runner.taskConfigs(maxTasks);
        if (configs.size() > maxTasks) {
            String enforce = runner.config().get(ConnectorConfig.TASKS_MAX_ENFORCE_CONFIG);
            if (enforce == null || Boolean.parseBoolean(enforce.trim())) {
                ConnectException error = new ConnectException("The connector " + name + " has generated "
                        + configs.size() + " tasks, which is greater than " + maxTasks + ", the maximum number of"
                        + " tasks it is configured to create. This behaviour should be considered a bug and is"
                        + " disallowed. If necessary, it can be permitted by reconfiguring the connector with"
                        + " 'tasks.max.enforce' set to false; however, this option will be removed in a future"
                        + " release of Kafka Connect.");
                runner.fail("task config generation", error);
                throw error;
            }
            log.warn("Connector {} generated {} task configs, more than tasks.max={}; allowed because"
                    + " tasks.max.enforce=false", name, configs.size(), maxTasks);
        }
        return configs;
    }

    /** Moves a connector to a new target state; its tasks are moved by {@link #setTargetState}. */
    public void setConnectorState(String name, TargetState state) {
        ConnectorRunner runner = connectors.get(name);
        if (runner != null) {
            runner.transitionTo(state);
        }
    }

    /** Moves a connector and its running tasks: paused/resumed tasks follow; STOPPED leaves tasks to the herder. */
    public void setTargetState(String name, TargetState state) {
        log.info("Setting connector {} state to {}", name, state);
        setConnectorState(name, state);
        if (state != TargetState.STOPPED) {
            for (Map.Entry<ConnectorTaskId, WorkerTask> entry : tasks.entrySet()) {
                if (entry.getKey().connector().equals(name)) {
                    entry.getValue().transitionTo(state);
                }
            }
        }
    }

    public void pauseConnector(String name) {
        setTargetState(name, TargetState.PAUSED);
    }

    public void resumeConnector(String name) {
        setTargetState(name, TargetState.STARTED);
    }

    /** Shuts a connector down; its own errors are logged and reported, never thrown. Unknown names are ignored. */
    public void stopConnector(String name) {
        ConnectorRunner runner = connectors.remove(name);
        if (runner == null) {
            log.warn("Ignoring stop request for unowned connector {}", name);
            return;
        }
        log.info("Stopping connector {}", name);
        // On a thread of its own: a connector whose stop() hangs must not hold the herder's.
        Thread stopper = new Thread(runner::shutdown, "stop-connector-" + name);
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(CONNECTOR_STOP_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.error("Connector {} did not stop within {} ms: its stop() has not returned. The worker goes on"
                    + " without it; the connector may still hold resources until this worker restarts", name,
                    CONNECTOR_STOP_TIMEOUT_MS);
        }
    }

    /** The names of the connectors this worker runs, sorted. */
    public Set<String> connectorNames() {
        return new TreeSet<>(connectors.keySet());
    }

    /** The ids of the tasks this worker runs, sorted. */
    public Set<ConnectorTaskId> taskIds() {
        return new TreeSet<>(tasks.keySet());
    }

    /** The connector's resolved config, or null if this worker does not run it. */
    public Map<String, String> connectorConfig(String name) {
        ConnectorRunner runner = connectors.get(name);
        return runner == null ? null : runner.config();
    }

    /**
     * Builds a task through the {@link TaskFactory} and starts it on its own thread
     * ({@code task-thread-<connector>-<task>}). A task that cannot be built is reported FAILED.
     *
     * @return true when the task was submitted
     */
    public boolean startTask(ConnectorTaskId id, Map<String, String> connectorConfig, Map<String, String> taskConfig,
                             TaskStatusListener listener, TargetState initialState) {
        if (tasks.containsKey(id)) {
            throw new ConnectException("Task already exists in this worker: " + id);
        }
        log.info("Creating task {}", id);
        WorkerTask task;
        try {
            task = taskFactory.create(id, configProviders.resolve(connectorConfig),
                    configProviders.resolve(taskConfig), initialState, listener);
        } catch (Throwable t) {
            log.error("Failed to start task {}", id, t);
            safely(() -> listener.onFailure(id, t));
            workerMetrics.taskStartup(false);
            return false;
        }
        tasks.put(id, task);
        taskCounts.track(connectorsWithTasks());
        executor.submit(() -> runNamed(id, task));
        workerMetrics.taskStartup(true);
        return true;
    }

    private void runNamed(ConnectorTaskId id, WorkerTask task) {
        Thread thread = Thread.currentThread();
        String poolName = thread.getName();
        thread.setName("task-thread-" + id);
        try {
            task.run();
        } finally {
            thread.setName(poolName);
        }
    }

    /** Asks tasks to stop without waiting; see {@link #awaitStopTasks(Collection)}. */
    public void stopTasks(Collection<ConnectorTaskId> ids) {
        for (ConnectorTaskId id : ids) {
            WorkerTask task = tasks.get(id);
            if (task == null) {
                log.warn("Ignoring stop request for unowned task {}", id);
                continue;
            }
            log.info("Stopping task {}", id);
            task.stop();
        }
    }

    /**
     * Waits, within one {@code task.shutdown.graceful.timeout.ms} shared by all of them, for stopping tasks to
     * finish; stragglers are cancelled so that nothing they do later is reported.
     */
    public void awaitStopTasks(Collection<ConnectorTaskId> ids) {
        long deadline = System.currentTimeMillis() + config.taskShutdownGracefulTimeoutMs();
        for (ConnectorTaskId id : ids) {
            WorkerTask task = tasks.get(id);
            if (task == null) {
                continue;
            }
            long remaining = Math.max(0, deadline - System.currentTimeMillis());
            if (!task.awaitStop(remaining)) {
                log.error("Graceful stop of task {} failed.", id);
                task.cancel();
            } else {
                log.debug("Graceful stop of task {} succeeded.", id);
            }
            tasks.remove(id);
            task.removeMetrics();
        }
        taskCounts.track(connectorsWithTasks());
    }

    private Set<String> connectorsWithTasks() {
        return tasks.keySet().stream().map(ConnectorTaskId::connector).collect(Collectors.toSet());
    }

    /** How many of the connector's tasks here are in {@code state}, or (null) how many there are at all. */
    private int countTasks(String connector, State state) {
        int count = 0;
        for (Map.Entry<ConnectorTaskId, WorkerTask> entry : tasks.entrySet()) {
            if (entry.getKey().connector().equals(connector)
                    && (state == null || entry.getValue().state() == state)) {
                count++;
            }
        }
        return count;
    }

    /** Stops tasks and waits for them; see {@link #awaitStopTasks(Collection)}. */
    public void stopAndAwaitTasks(Collection<ConnectorTaskId> ids) {
        stopTasks(ids);
        awaitStopTasks(ids);
    }

    /** The producer settings for a task of a running connector, after checking its overrides against the policy. */
    public Map<String, Object> producerConfigs(ConnectorTaskId id, Map<String, String> connectorConfig) {
        return clientConfigs.producerConfigs(id, connectorClass(id.connector()), connectorType(id.connector()),
                connectorConfig);
    }

    /** The consumer settings for a task of a running connector, after checking its overrides against the policy. */
    public Map<String, Object> consumerConfigs(ConnectorTaskId id, Map<String, String> connectorConfig) {
        return clientConfigs.consumerConfigs(id, connectorClass(id.connector()), connectorType(id.connector()),
                connectorConfig);
    }

    /** The admin settings for a task of a running connector, after checking its overrides against the policy. */
    public Map<String, Object> adminConfigs(ConnectorTaskId id, Map<String, String> connectorConfig) {
        return clientConfigs.adminConfigs(id, connectorClass(id.connector()), connectorType(id.connector()),
                connectorConfig);
    }

    private Class<? extends Connector> connectorClass(String name) {
        ConnectorRunner runner = connectors.get(name);
        return runner == null ? null : runner.connector().getClass();
    }

    /** The running connector instance, for the task runners' contexts and for specs. */
    Connector connectorInstance(String name) {
        return runner(name).connector();
    }

    private ConnectorRunner runner(String name) {
        ConnectorRunner runner = connectors.get(name);
        if (runner == null) {
            throw new ConnectException("Connector " + name + " not found in this worker.");
        }
        return runner;
    }

    /** Stops every task and connector, then the thread pool. */
    public void stop() {
        log.info("Worker stopping");
        List<ConnectorTaskId> running = new ArrayList<>(tasks.keySet());
        if (!running.isEmpty()) {
            log.warn("Shutting down tasks {} uncleanly; the herder should have stopped them", running);
            stopAndAwaitTasks(running);
        }
        for (String name : new ArrayList<>(connectors.keySet())) {
            stopConnector(name);
        }
        executor.shutdown();
        try {
            executor.awaitTermination(config.taskShutdownGracefulTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        metrics.close();
        log.info("Worker stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("Status listener threw", e);
        }
    }
}
