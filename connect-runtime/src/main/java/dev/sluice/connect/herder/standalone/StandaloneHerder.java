/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.herder.ActiveTopics;
import dev.sluice.connect.herder.ConnectorValidation;
import dev.sluice.connect.herder.Created;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.herder.MemoryStatusStore;
import dev.sluice.connect.herder.PluginListing;
import dev.sluice.connect.herder.RestartRequest;
import dev.sluice.connect.herder.TargetState;
import dev.sluice.connect.rest.BadRequestException;
import dev.sluice.connect.rest.entities.ActiveTopicsInfo;
import dev.sluice.connect.rest.entities.ConfigInfos;
import dev.sluice.connect.rest.entities.ConfigKeyInfo;
import dev.sluice.connect.rest.entities.ConnectorInfo;
import dev.sluice.connect.rest.entities.ConnectorOffsets;
import dev.sluice.connect.rest.entities.ConnectorStateInfo;
import dev.sluice.connect.rest.entities.ConnectorTaskId;
import dev.sluice.connect.rest.entities.ConnectorType;
import dev.sluice.connect.rest.entities.Message;
import dev.sluice.connect.rest.entities.PluginInfo;
import dev.sluice.connect.rest.entities.ServerInfo;
import dev.sluice.connect.rest.entities.TaskInfo;
import dev.sluice.connect.storage.SourceOffsetAdmin;
import dev.sluice.connect.worker.Worker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.errors.AlreadyExistsException;
import org.apache.kafka.connect.errors.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The herder of a standalone worker. Every request that reads or changes connector state is queued to one thread
 * (named {@code standalone-herder}), so the connector table needs no locks; statuses, active topics and plugin
 * listings are read directly because the worker feeds them from its own threads.
 */
public final class StandaloneHerder implements Herder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StandaloneHerder.class);

    private final Worker worker;
    private final MemoryStatusStore statuses;
    private final ConnectorValidation validation;
    private final PluginListing pluginListing;
    private final OffsetOperations offsets;
    private final TaskSupervisor tasks;
    private final Map<String, ConnectorEntry> connectors = new TreeMap<>();
    // Read from other threads (status versions), so kept apart from the herder-thread-only table.
    private final Map<String, Map<String, String>> configsForVersions = new ConcurrentHashMap<>();
    private final ActiveTopics activeTopics;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "standalone-herder");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<String> clusterId;
    private volatile boolean ready;

    /**
     * @param sourceOffsets the worker's source offsets (its offset file)
     * @param admin         creates the admin client for sink offsets, only when first needed
     * @param clusterId     completes with the Kafka cluster id; need not be complete at start-up
     * @param activeTopics  the topics the worker's source tasks report (the same instance the task factory feeds)
     */
    public StandaloneHerder(Worker worker, SourceOffsetAdmin sourceOffsets, Supplier<Admin> admin,
                            CompletableFuture<String> clusterId, ActiveTopics activeTopics) {
        this.worker = worker;
        this.activeTopics = activeTopics;
        boolean topicCreation = worker.config().topicCreationEnable();
        this.pluginListing = new PluginListing(worker.plugins(), topicCreation);
        this.validation = new ConnectorValidation(worker.plugins(), topicCreation);
        this.statuses = new MemoryStatusStore("localhost:8083", this::connectorVersion);
        this.offsets = new OffsetOperations(sourceOffsets, memoize(admin));
        this.tasks = new TaskSupervisor(worker, statuses);
        this.clusterId = clusterId;
    }

    private static Supplier<Admin> memoize(Supplier<Admin> factory) {
        return new Supplier<>() {
            private Admin admin;

            @Override
            public synchronized Admin get() {
                if (admin == null) {
                    admin = factory.get();
                }
                return admin;
            }
        };
    }

    private String connectorVersion(String name) {
        Map<String, String> config = configsForVersions.get(name);
        return config == null ? null : pluginListing.connectorVersion(
                config.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG), config.get(ConnectorConfig.CONNECTOR_VERSION));
    }

    /** Sets the {@code worker_id} statuses report; call with the REST server's advertised host:port. */
    public void workerId(String workerId) {
        statuses.workerId(workerId);
    }

    /** Starts accepting requests. */
    public void start() {
        ready = true;
        log.info("Herder started");
    }

    /** Stops every connector and task, then the herder thread. */
    public void stop() {
        ready = false;
        try {
            onThread(() -> {
                for (String name : new ArrayList<>(connectors.keySet())) {
                    tasks.stopTasks(name, connectors.get(name));
                    worker.stopConnector(name);
                }
                return null;
            }).get(worker.config().taskShutdownGracefulTimeoutMs() + 30_000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("Failed to stop every connector cleanly", e);
        }
        thread.shutdown();
        log.info("Herder stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private <T> CompletableFuture<T> onThread(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, thread);
    }

    private <T> CompletableFuture<T> composeOnThread(Supplier<CompletableFuture<T>> work) {
        return onThread(work).thenCompose(future -> future);
    }

    private ConnectorEntry require(String name) {
        ConnectorEntry entry = connectors.get(name);
        if (entry == null) {
            throw new NotFoundException("Connector " + name + " not found");
        }
        return entry;
    }

    private ConnectorEntry requireKnown(String name) {
        ConnectorEntry entry = connectors.get(name);
        if (entry == null) {
            throw new NotFoundException("Unknown connector " + name);
        }
        return entry;
    }

    @Override
    public CompletableFuture<Collection<String>> connectors() {
        return onThread(() -> new ArrayList<>(connectors.keySet()));
    }

    @Override
    public CompletableFuture<ConnectorInfo> connectorInfo(String connName) {
        return onThread(() -> info(connName));
    }

    private ConnectorInfo info(String name) {
        ConnectorEntry entry = require(name);
        List<ConnectorTaskId> ids = new ArrayList<>();
        for (int i = 0; i < entry.taskConfigs.size(); i++) {
            ids.add(new ConnectorTaskId(name, i));
        }
        return new ConnectorInfo(name, new LinkedHashMap<>(entry.config), ids, type(entry));
    }

    private static ConnectorType type(ConnectorEntry entry) {
        return entry.sink ? ConnectorType.SINK : ConnectorType.SOURCE;
    }

    @Override
    public CompletableFuture<Map<String, String>> connectorConfig(String connName) {
        return onThread(() -> new LinkedHashMap<>(require(connName).config));
    }

    @Override
    public CompletableFuture<Created<ConnectorInfo>> putConnectorConfig(String connName, Map<String, String> config,
                                                                        TargetState initialState,
                                                                        boolean allowReplace) {
        return onThread(() -> {
            ConnectorEntry existing = connectors.get(connName);
            if (existing != null && !allowReplace) {
                throw new AlreadyExistsException("Connector " + connName + " already exists");
            }
            Map<String, String> withName = new LinkedHashMap<>(config);
            withName.putIfAbsent(ConnectorConfig.NAME_CONFIG, connName);
            requireValid(withName);
            boolean sink = validation.isSink(withName.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG),
                    withName.get(ConnectorConfig.CONNECTOR_VERSION));
            TargetState target;
            if (existing != null) {
                log.info("Reconfiguring connector {}", connName);
                tasks.stopTasks(connName, existing);
                worker.stopConnector(connName);
                target = existing.target;
            } else {
                target = initialState == null ? TargetState.RUNNING : initialState;
            }
            ConnectorEntry entry = new ConnectorEntry(withName, target, sink);
            connectors.put(connName, entry);
            configsForVersions.put(connName, withName);
            startConnector(connName, entry);
            return new Created<>(existing == null, info(connName));
        });
    }

    private void requireValid(Map<String, String> config) {
        ConfigInfos result = validation.validate(config);
        if (result.errorCount() > 0) {
            StringBuilder message = new StringBuilder("Connector configuration is invalid and contains the following "
                    + result.errorCount() + " error(s):");
            result.invalidValues().forEach(value -> value.errors().forEach(e -> message.append('\n').append(e)));
            message.append("\nYou can also find the above list of errors at the endpoint"
                    + " `/connector-plugins/{connectorType}/config/validate`");
            throw new BadRequestException(message.toString());
        }
    }

    private void startConnector(String name, ConnectorEntry entry) {
        statuses.putConnector(name, "UNASSIGNED");
        boolean started = worker.startConnector(name, entry.config, statuses, TaskSupervisor.toWorker(entry.target),
                () -> requestTaskReconfiguration(name));
        if (started) {
            tasks.reconcile(name, entry);
        }
    }

    private void requestTaskReconfiguration(String name) {
        thread.execute(() -> {
            ConnectorEntry entry = connectors.get(name);
            if (entry != null && worker.connectorNames().contains(name)) {
                tasks.reconcile(name, entry);
            }
        });
    }

    @Override
    public CompletableFuture<ConnectorInfo> patchConnectorConfig(String connName, Map<String, String> patch) {
        return onThread(() -> {
            Map<String, String> patched = new LinkedHashMap<>(require(connName).config);
            patch.forEach((key, value) -> {
                if (value == null) {
                    patched.remove(key);
                } else {
                    patched.put(key, value);
                }
            });
            return patched;
        }).thenCompose(patched -> putConnectorConfig(connName, patched, null, true))
                .thenApply(Created::result);
    }

    @Override
    public CompletableFuture<Void> deleteConnector(String connName) {
        return onThread(() -> {
            ConnectorEntry entry = require(connName);
            tasks.stopTasks(connName, entry);
            worker.stopConnector(connName);
            connectors.remove(connName);
            configsForVersions.remove(connName);
            statuses.remove(connName);
            activeTopics.reset(connName);
            log.info("Deleted connector {}", connName);
            return null;
        });
    }

    @Override
    public CompletableFuture<ConnectorStateInfo> connectorStatus(String connName) {
        return onThread(() -> status(connName, false, Set.of()));
    }

    private ConnectorStateInfo status(String name, boolean restartingConnector, Set<Integer> restartingTasks) {
        ConnectorEntry entry = require(name);
        MemoryStatusStore.Status connector = statuses.connector(name);
        if (connector == null) {
            throw new NotFoundException("No status found for connector " + name);
        }
        ConnectorStateInfo.ConnectorState state = restartingConnector
                ? new ConnectorStateInfo.ConnectorState("RESTARTING", connector.workerId(), connector.version(), null)
                : new ConnectorStateInfo.ConnectorState(connector.state(), connector.workerId(), connector.version(),
                        connector.trace());
        List<ConnectorStateInfo.TaskState> taskStates = new ArrayList<>();
        for (int i = 0; i < entry.taskConfigs.size(); i++) {
            MemoryStatusStore.Status task = statuses.task(new dev.sluice.connect.domain.ConnectorTaskId(name, i));
            if (task == null) {
                continue;
            }
            taskStates.add(restartingTasks.contains(i)
                    ? new ConnectorStateInfo.TaskState(i, "RESTARTING", task.workerId(), task.version(), null)
                    : new ConnectorStateInfo.TaskState(i, task.state(), task.workerId(), task.version(),
                            task.trace()));
        }
        return new ConnectorStateInfo(name, state, taskStates, type(entry));
    }

    @Override
    public CompletableFuture<List<TaskInfo>> taskConfigs(String connName) {
        return onThread(() -> {
            ConnectorEntry entry = require(connName);
            List<TaskInfo> result = new ArrayList<>();
            for (int i = 0; i < entry.taskConfigs.size(); i++) {
                result.add(new TaskInfo(new ConnectorTaskId(connName, i), entry.taskConfigs.get(i)));
            }
            return result;
        });
    }

    @Override
    public CompletableFuture<ConnectorStateInfo.TaskState> taskStatus(ConnectorTaskId id) {
        return onThread(() -> {
            MemoryStatusStore.Status task = connectors.containsKey(id.connector())
                    ? statuses.task(TaskSupervisor.toWorker(id)) : null;
            if (task == null) {
                throw new NotFoundException("No status found for task " + id);
            }
            return new ConnectorStateInfo.TaskState(id.task(), task.state(), task.workerId(), task.version(),
                    task.trace());
        });
    }

    @Override
    public CompletableFuture<Void> pauseConnector(String connName) {
        return onThread(() -> {
            ConnectorEntry entry = requireKnown(connName);
            if (entry.target == TargetState.STOPPED) {
                // Paused tasks need configs, so a stopped connector is brought back first.
                entry.target = TargetState.PAUSED;
                worker.setTargetState(connName, TaskSupervisor.toWorker(TargetState.PAUSED));
                tasks.reconcile(connName, entry);
            } else {
                entry.target = TargetState.PAUSED;
                worker.setTargetState(connName, TaskSupervisor.toWorker(TargetState.PAUSED));
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> resumeConnector(String connName) {
        return onThread(() -> {
            ConnectorEntry entry = requireKnown(connName);
            boolean wasStopped = entry.target == TargetState.STOPPED;
            entry.target = TargetState.RUNNING;
            worker.setTargetState(connName, TaskSupervisor.toWorker(TargetState.RUNNING));
            if (wasStopped) {
                tasks.reconcile(connName, entry);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> stopConnector(String connName) {
        return onThread(() -> {
            ConnectorEntry entry = requireKnown(connName);
            entry.target = TargetState.STOPPED;
            tasks.stopTasks(connName, entry);
            worker.setTargetState(connName, TaskSupervisor.toWorker(TargetState.STOPPED));
            return null;
        });
    }

    @Override
    public CompletableFuture<Optional<ConnectorStateInfo>> restartConnector(RestartRequest request) {
        return onThread(() -> {
            String name = request.connectorName();
            ConnectorEntry entry = requireKnown(name);
            MemoryStatusStore.Status connector = statuses.connector(name);
            if (connector == null) {
                return Optional.empty();
            }
            boolean restartConnector = request.shouldRestartConnector("FAILED".equals(connector.state()));
            Set<Integer> restartTasks = new TreeSet<>();
            for (int i = 0; i < entry.taskConfigs.size(); i++) {
                MemoryStatusStore.Status task = statuses.task(new dev.sluice.connect.domain.ConnectorTaskId(name, i));
                if (task != null && request.shouldRestartTask("FAILED".equals(task.state()))) {
                    restartTasks.add(i);
                }
            }
            ConnectorStateInfo planned = status(name, restartConnector, restartTasks);
            if (restartConnector) {
                restartConnectorInstance(name, entry);
            }
            restartTasks.forEach(i -> tasks.restartTask(name, entry, i));
            return Optional.of(planned);
        });
    }

    private void restartConnectorInstance(String name, ConnectorEntry entry) {
        log.info("Restarting connector {}", name);
        worker.stopConnector(name);
        statuses.putConnector(name, "UNASSIGNED");
        boolean started = worker.startConnector(name, entry.config, statuses, TaskSupervisor.toWorker(entry.target),
                () -> requestTaskReconfiguration(name));
        if (started) {
            tasks.reconcile(name, entry);
        }
    }

    @Override
    public CompletableFuture<Void> restartTask(ConnectorTaskId id) {
        return onThread(() -> {
            ConnectorEntry entry = connectors.get(id.connector());
            if (entry == null || id.task() < 0 || id.task() >= entry.taskConfigs.size()) {
                throw new NotFoundException("Task " + id + " not found");
            }
            tasks.restartTask(id.connector(), entry, id.task());
            return null;
        });
    }

    @Override
    public CompletableFuture<ConfigInfos> validateConnectorConfig(Map<String, String> config) {
        // Validation instantiates plugins but touches no herder state, so it stays off the herder thread.
        return CompletableFuture.supplyAsync(() -> validation.validate(config));
    }

    @Override
    public CompletableFuture<ActiveTopicsInfo> connectorActiveTopics(String connName) {
        return onThread(() -> {
            require(connName);
            return new ActiveTopicsInfo(connName, activeTopics.topics(connName));
        });
    }

    @Override
    public CompletableFuture<Void> resetConnectorActiveTopics(String connName) {
        return onThread(() -> {
            require(connName);
            activeTopics.reset(connName);
            return null;
        });
    }

    @Override
    public CompletableFuture<ConnectorOffsets> connectorOffsets(String connName) {
        return composeOnThread(() -> offsets.read(connName, require(connName).sink));
    }

    @Override
    public CompletableFuture<Message> alterConnectorOffsets(String connName, ConnectorOffsets newOffsets) {
        return composeOnThread(() -> offsets.alter(connName, requireStopped(connName).sink, newOffsets));
    }

    @Override
    public CompletableFuture<Message> resetConnectorOffsets(String connName) {
        return composeOnThread(() -> offsets.reset(connName, requireStopped(connName).sink));
    }

    private ConnectorEntry requireStopped(String name) {
        ConnectorEntry entry = require(name);
        if (entry.target != TargetState.STOPPED) {
            throw new BadRequestException("Connectors must be in the STOPPED state before their offsets can be"
                    + " modified. This can be done for the specified connector by issuing a 'PUT' request to the"
                    + " '/connectors/" + name + "/stop' endpoint");
        }
        return entry;
    }

    @Override
    public List<PluginInfo> plugins(boolean connectorsOnly) {
        return pluginListing.plugins(connectorsOnly);
    }

    @Override
    public List<ConfigKeyInfo> pluginConfig(String pluginName, String version) {
        return pluginListing.pluginConfig(pluginName, version);
    }

    @Override
    public ServerInfo serverInfo() {
        return new ServerInfo(AppInfoParser.getVersion(), AppInfoParser.getCommitId(), clusterId.getNow(null));
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public CompletableFuture<Void> healthCheck() {
        return CompletableFuture.runAsync(() -> { }, thread);
    }
}
