/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.herder.BadRequestException;
import dev.sluice.connect.herder.ConfigValidation;
import dev.sluice.connect.herder.ConnectorDescription;
import dev.sluice.connect.herder.ConnectorReport;
import dev.sluice.connect.herder.Created;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.herder.PartitionOffset;
import dev.sluice.connect.herder.RequestSignature;
import dev.sluice.connect.herder.TaskConfig;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginLocation;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.storage.ConfigStore;
import dev.sluice.connect.worker.preview.PreviewLimits;
import dev.sluice.connect.worker.preview.RecordPreview;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.errors.AlreadyExistsException;
import org.apache.kafka.connect.errors.NotFoundException;
import org.apache.kafka.connect.health.ConnectorType;

/**
 * An in-memory herder for testing the HTTP adapter: one task per connector, states kept in maps, answers
 * completed immediately (or never, when {@link #stuck} is set). Its {@link #cluster} role decides whether it serves
 * writes itself (the leader, by default) or names another worker, as the distributed herder does.
 */
final class FakeHerder implements Herder {

    static final String WORKER = "fake:8083";
    static final ConfigDef SOURCE_DEF = new ConfigDef()
            .define("topic", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "Topic to write to")
            .define("batch.size", ConfigDef.Type.INT, 2000, ConfigDef.Importance.LOW, "Records per poll");

    private final Map<String, Map<String, String>> configs = new ConcurrentHashMap<>();
    private final Map<String, TargetState> states = new ConcurrentHashMap<>();
    private final Map<String, String> failedTraces = new ConcurrentHashMap<>();
    private final Map<String, List<PartitionOffset>> offsets = new ConcurrentHashMap<>();
    private final Map<String, List<String>> topics = new ConcurrentHashMap<>();
    final FakeClusterRole cluster = new FakeClusterRole();
    /** Applies cluster-wide logger levels; a fake worker is a cluster of one, so it applies them at once. */
    volatile ConfigStore.LoggerLevelListener clusterLoggerLevels = (namespace, level) -> { };
    volatile boolean ready = true;
    volatile boolean stuck;
    /** The limits of the last preview asked for. */
    volatile PreviewLimits previewLimits;

    /** Marks a connector's instance (and task) FAILED with a trace, for restart tests. */
    void fail(String name) {
        failedTraces.put(name, "java.lang.RuntimeException: boom");
    }

    void setOffsets(String name, List<PartitionOffset> list) {
        offsets.put(name, list);
    }

    void setTopics(String name, List<String> list) {
        topics.put(name, list);
    }

    TargetState state(String name) {
        return states.get(name);
    }

    private <T> CompletableFuture<T> answer(Supplier<T> work) {
        if (stuck) {
            return new CompletableFuture<>();
        }
        try {
            return CompletableFuture.completedFuture(work.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Work only the leader does, as the real herder's: a follower fails with NotLeaderException. */
    private <T> CompletableFuture<T> onLeader(Supplier<T> work) {
        return answer(() -> {
            cluster.requireLeader();
            return work.get();
        });
    }

    private CompletableFuture<Void> runOnLeader(String name, Runnable work) {
        return onLeader(() -> {
            requireConnector(name);
            work.run();
            return null;
        });
    }

    private CompletableFuture<Void> run(String name, Runnable work) {
        return answer(() -> {
            requireConnector(name);
            work.run();
            return null;
        });
    }

    private Map<String, String> requireConnector(String name) {
        Map<String, String> config = configs.get(name);
        if (config == null) {
            throw new NotFoundException("Connector " + name + " not found");
        }
        return config;
    }

    @Override
    public CompletableFuture<Collection<String>> connectors() {
        return answer(() -> new ArrayList<>(new TreeMap<>(configs).keySet()));
    }

    @Override
    public CompletableFuture<ConnectorDescription> connectorInfo(String connName) {
        return answer(() -> info(connName));
    }

    private ConnectorDescription info(String name) {
        Map<String, String> config = requireConnector(name);
        List<ConnectorTaskId> tasks = states.get(name) == TargetState.STOPPED
                ? List.of() : List.of(new ConnectorTaskId(name, 0));
        return new ConnectorDescription(name, config, tasks, ConnectorType.SOURCE);
    }

    @Override
    public CompletableFuture<Map<String, String>> connectorConfig(String connName) {
        return answer(() -> requireConnector(connName));
    }

    @Override
    public CompletableFuture<Created<ConnectorDescription>> putConnectorConfig(String connName, Map<String, String> config,
                                                                        TargetState initialState,
                                                                        boolean allowReplace) {
        return answer(() -> {
            boolean exists = configs.containsKey(connName);
            if (exists && !allowReplace) {
                throw new AlreadyExistsException("Connector " + connName + " already exists");
            }
            ConfigValidation validation = validate(config);
            if (validation.errorCount() > 0) {
                StringBuilder message = new StringBuilder("Connector configuration is invalid and contains the"
                        + " following " + validation.errorCount() + " error(s):");
                validation.errorMessages().forEach(e -> message.append('\n').append(e));
                throw new BadRequestException(message.toString());
            }
            cluster.requireLeader();
            configs.put(connName, new LinkedHashMap<>(config));
            if (!exists) {
                states.put(connName, initialState == null ? TargetState.STARTED : initialState);
            }
            return new Created<>(!exists, info(connName));
        });
    }

    @Override
    public CompletableFuture<ConnectorDescription> patchConnectorConfig(String connName, Map<String, String> patch) {
        return onLeader(() -> {
            Map<String, String> patched = new LinkedHashMap<>(requireConnector(connName));
            patch.forEach((key, value) -> {
                if (value == null) {
                    patched.remove(key);
                } else {
                    patched.put(key, value);
                }
            });
            configs.put(connName, patched);
            return info(connName);
        });
    }

    @Override
    public CompletableFuture<Void> deleteConnector(String connName) {
        return runOnLeader(connName, () -> {
            configs.remove(connName);
            states.remove(connName);
        });
    }

    @Override
    public CompletableFuture<ConnectorReport> connectorStatus(String connName) {
        return answer(() -> status(connName, false, false));
    }

    private ConnectorReport status(String name, boolean restartingConnector, boolean restartingTask) {
        if (!configs.containsKey(name)) {
            throw new NotFoundException("No status found for connector " + name);
        }
        String trace = failedTraces.get(name);
        State state = restartingConnector ? State.RESTARTING : trace != null ? State.FAILED
                : switch (states.get(name)) {
                    case STARTED -> State.RUNNING;
                    case PAUSED -> State.PAUSED;
                    case STOPPED -> State.STOPPED;
                };
        ConnectorStatus connector = new ConnectorStatus(name, state, restartingConnector ? null : trace, WORKER, 0,
                "1.0");
        List<TaskStatus> tasks = states.get(name) == TargetState.STOPPED ? List.of()
                : List.of(task(name, restartingTask));
        return new ConnectorReport(name, connector, tasks, ConnectorType.SOURCE);
    }

    private TaskStatus task(String name, boolean restarting) {
        String trace = restarting ? null : failedTraces.get(name);
        State state = restarting ? State.RESTARTING : trace != null ? State.FAILED
                : states.get(name) == TargetState.PAUSED ? State.PAUSED : State.RUNNING;
        return new TaskStatus(new ConnectorTaskId(name, 0), state, trace, WORKER, 0, "1.0");
    }

    @Override
    public CompletableFuture<List<TaskConfig>> taskConfigs(String connName) {
        return answer(() -> info(connName).tasks().stream()
                .map(id -> new TaskConfig(id, Map.of("task.class", "FakeTask")))
                .toList());
    }

    @Override
    public CompletableFuture<Void> fenceZombies(String connName, RequestSignature signature) {
        return answer(() -> {
            cluster.acceptTaskConfigs(signature);
            requireConnector(connName);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> putTaskConfigs(String connName, List<Map<String, String>> configs,
                                                  RequestSignature signature) {
        return answer(() -> {
            cluster.acceptTaskConfigs(signature);
            requireConnector(connName);
            cluster.storeTaskConfigs(connName, configs);
            return null;
        });
    }

    @Override
    public CompletableFuture<TaskStatus> taskStatus(ConnectorTaskId id) {
        return answer(() -> {
            if (!info(id.connector()).tasks().contains(id)) {
                throw new NotFoundException("No status found for task " + id);
            }
            return task(id.connector(), false);
        });
    }

    @Override
    public CompletableFuture<Void> pauseConnector(String connName) {
        return run(connName, () -> states.put(connName, TargetState.PAUSED));
    }

    @Override
    public CompletableFuture<Void> resumeConnector(String connName) {
        return run(connName, () -> states.put(connName, TargetState.STARTED));
    }

    @Override
    public CompletableFuture<Void> stopConnector(String connName) {
        return runOnLeader(connName, () -> states.put(connName, TargetState.STOPPED));
    }

    @Override
    public CompletableFuture<Optional<ConnectorReport>> restartConnector(RestartRequest request) {
        return answer(() -> {
            String name = request.connectorName();
            if (request.connectorOnly()) {
                cluster.requireOwner();
            } else {
                cluster.requireLeader();
            }
            if (!configs.containsKey(name)) {
                throw new NotFoundException("Unknown connector: " + name);
            }
            boolean failed = failedTraces.containsKey(name);
            ConnectorReport status = status(name, request.shouldRestartConnector(failed),
                    request.shouldRestartTask(failed));
            return Optional.of(status);
        });
    }

    @Override
    public CompletableFuture<Void> restartTask(ConnectorTaskId id) {
        return answer(() -> {
            cluster.requireOwner();
            if (!configs.containsKey(id.connector())) {
                throw new NotFoundException("Unknown connector: " + id.connector());
            }
            if (!info(id.connector()).tasks().contains(id)) {
                throw new NotFoundException("Unknown task: " + id);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<RecordPreview> previewConnector(String connName, PreviewLimits limits) {
        return answer(() -> {
            info(connName);
            previewLimits = limits;
            return new RecordPreview(connName, ConnectorType.SOURCE, List.of(), null);
        });
    }

    @Override
    public CompletableFuture<RecordPreview> previewConfig(Map<String, String> config, PreviewLimits limits) {
        return answer(() -> {
            previewLimits = limits;
            return new RecordPreview(config.get("name"), ConnectorType.SINK,
                    List.of(), null);
        });
    }

    @Override
    public CompletableFuture<ConfigValidation> validateConnectorConfig(Map<String, String> config) {
        return answer(() -> validate(config));
    }

    private ConfigValidation validate(Map<String, String> config) {
        Map<String, String> props = new HashMap<>(config);
        List<ConfigValidation.ValidatedValue> values = new ArrayList<>();
        int errors = 0;
        for (ConfigValue value : SOURCE_DEF.validate(props)) {
            errors += value.errorMessages().size();
            values.add(new ConfigValidation.ValidatedValue(SOURCE_DEF.configKeys().get(value.name()), value));
        }
        return new ConfigValidation(config.getOrDefault("connector.class", ""), errors, List.of(), values);
    }

    @Override
    public CompletableFuture<Set<String>> connectorActiveTopics(String connName) {
        return answer(() -> {
            requireConnector(connName);
            return new TreeSet<>(topics.getOrDefault(connName, List.of()));
        });
    }

    @Override
    public CompletableFuture<Void> resetConnectorActiveTopics(String connName) {
        return run(connName, () -> topics.remove(connName));
    }

    @Override
    public CompletableFuture<Void> setClusterLoggerLevel(String namespace, String level) {
        return answer(() -> {
            clusterLoggerLevels.onLoggerLevel(namespace, level);
            return null;
        });
    }

    @Override
    public CompletableFuture<List<PartitionOffset>> connectorOffsets(String connName) {
        return answer(() -> {
            requireConnector(connName);
            return offsets.getOrDefault(connName, List.of());
        });
    }

    @Override
    public CompletableFuture<String> alterConnectorOffsets(String connName, List<PartitionOffset> newOffsets) {
        return onLeader(() -> {
            requireStopped(connName);
            offsets.put(connName, newOffsets);
            return "The offsets for this connector have been altered successfully";
        });
    }

    @Override
    public CompletableFuture<String> resetConnectorOffsets(String connName) {
        return onLeader(() -> {
            requireStopped(connName);
            offsets.remove(connName);
            return "The offsets for this connector have been reset successfully";
        });
    }

    private void requireStopped(String name) {
        requireConnector(name);
        if (states.get(name) != TargetState.STOPPED) {
            throw new BadRequestException("Connectors must be in the STOPPED state before their offsets can be"
                    + " modified. This can be done for the specified connector by issuing a 'PUT' request to the"
                    + " '/connectors/" + name + "/stop' endpoint");
        }
    }

    @Override
    public List<PluginDesc> plugins(boolean connectorsOnly) {
        List<PluginDesc> plugins = new ArrayList<>(List.of(plugin("com.example.FakeSource", PluginType.SOURCE)));
        if (!connectorsOnly) {
            plugins.add(plugin("com.example.FakeTransform", PluginType.TRANSFORMATION));
        }
        return plugins;
    }

    private static PluginDesc plugin(String className, PluginType type) {
        return new PluginDesc(className, type, "1.0", PluginLocation.workerClasspath(List.of()),
                FakeHerder.class.getClassLoader(), Object.class);
    }

    @Override
    public List<ConfigDef.ConfigKey> pluginConfig(String pluginName, String version) {
        if (!pluginName.equals("FakeSource") && !pluginName.equals("com.example.FakeSource")) {
            throw new NotFoundException("Unknown plugin " + pluginName + ".");
        }
        return List.copyOf(SOURCE_DEF.configKeys().values());
    }

    @Override
    public String kafkaClusterId() {
        return "cluster-1";
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public CompletableFuture<Void> healthCheck() {
        return answer(() -> null);
    }
}
