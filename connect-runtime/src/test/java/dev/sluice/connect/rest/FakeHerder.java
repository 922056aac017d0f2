/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.herder.Created;
import dev.sluice.connect.herder.Herder;
import dev.sluice.connect.herder.RestartRequest;
import dev.sluice.connect.herder.TargetState;
import dev.sluice.connect.rest.entities.ActiveTopicsInfo;
import dev.sluice.connect.rest.entities.ConfigInfo;
import dev.sluice.connect.rest.entities.ConfigInfos;
import dev.sluice.connect.rest.entities.ConfigKeyInfo;
import dev.sluice.connect.rest.entities.ConfigValueInfo;
import dev.sluice.connect.rest.entities.ConnectorInfo;
import dev.sluice.connect.rest.entities.ConnectorOffset;
import dev.sluice.connect.rest.entities.ConnectorOffsets;
import dev.sluice.connect.rest.entities.ConnectorStateInfo;
import dev.sluice.connect.rest.entities.ConnectorTaskId;
import dev.sluice.connect.rest.entities.ConnectorType;
import dev.sluice.connect.rest.entities.Message;
import dev.sluice.connect.rest.entities.PluginInfo;
import dev.sluice.connect.rest.entities.ServerInfo;
import dev.sluice.connect.rest.entities.TaskInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.errors.AlreadyExistsException;
import org.apache.kafka.connect.errors.NotFoundException;

/**
 * An in-memory herder for testing the HTTP adapter: one task per connector, states kept in maps, answers
 * completed immediately (or never, when {@link #stuck} is set).
 */
final class FakeHerder implements Herder {

    static final String WORKER = "fake:8083";
    static final ConfigDef SOURCE_DEF = new ConfigDef()
            .define("topic", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "Topic to write to")
            .define("batch.size", ConfigDef.Type.INT, 2000, ConfigDef.Importance.LOW, "Records per poll");

    private final Map<String, Map<String, String>> configs = new ConcurrentHashMap<>();
    private final Map<String, TargetState> states = new ConcurrentHashMap<>();
    private final Map<String, String> failedTraces = new ConcurrentHashMap<>();
    private final Map<String, List<ConnectorOffset>> offsets = new ConcurrentHashMap<>();
    private final Map<String, List<String>> topics = new ConcurrentHashMap<>();
    volatile boolean ready = true;
    volatile boolean stuck;

    /** Marks a connector's instance (and task) FAILED with a trace, for restart tests. */
    void fail(String name) {
        failedTraces.put(name, "java.lang.RuntimeException: boom");
    }

    void setOffsets(String name, List<ConnectorOffset> list) {
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
    public CompletableFuture<ConnectorInfo> connectorInfo(String connName) {
        return answer(() -> info(connName));
    }

    private ConnectorInfo info(String name) {
        Map<String, String> config = requireConnector(name);
        List<ConnectorTaskId> tasks = states.get(name) == TargetState.STOPPED
                ? List.of() : List.of(new ConnectorTaskId(name, 0));
        return new ConnectorInfo(name, config, tasks, ConnectorType.SOURCE);
    }

    @Override
    public CompletableFuture<Map<String, String>> connectorConfig(String connName) {
        return answer(() -> requireConnector(connName));
    }

    @Override
    public CompletableFuture<Created<ConnectorInfo>> putConnectorConfig(String connName, Map<String, String> config,
                                                                        TargetState initialState,
                                                                        boolean allowReplace) {
        return answer(() -> {
            boolean exists = configs.containsKey(connName);
            if (exists && !allowReplace) {
                throw new AlreadyExistsException("Connector " + connName + " already exists");
            }
            ConfigInfos validation = validate(config);
            if (validation.errorCount() > 0) {
                StringBuilder message = new StringBuilder("Connector configuration is invalid and contains the"
                        + " following " + validation.errorCount() + " error(s):");
                validation.invalidValues().forEach(v -> v.errors().forEach(e -> message.append('\n').append(e)));
                throw new BadRequestException(message.toString());
            }
            configs.put(connName, new LinkedHashMap<>(config));
            if (!exists) {
                states.put(connName, initialState == null ? TargetState.RUNNING : initialState);
            }
            return new Created<>(!exists, info(connName));
        });
    }

    @Override
    public CompletableFuture<ConnectorInfo> patchConnectorConfig(String connName, Map<String, String> patch) {
        return answer(() -> {
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
        return run(connName, () -> {
            configs.remove(connName);
            states.remove(connName);
        });
    }

    @Override
    public CompletableFuture<ConnectorStateInfo> connectorStatus(String connName) {
        return answer(() -> status(connName, false, false));
    }

    private ConnectorStateInfo status(String name, boolean restartingConnector, boolean restartingTask) {
        requireConnector(name);
        String trace = failedTraces.get(name);
        String state = restartingConnector ? "RESTARTING" : trace != null ? "FAILED" : switch (states.get(name)) {
            case RUNNING -> "RUNNING";
            case PAUSED -> "PAUSED";
            case STOPPED -> "STOPPED";
        };
        ConnectorStateInfo.ConnectorState connector = new ConnectorStateInfo.ConnectorState(state, WORKER, "1.0",
                restartingConnector ? null : trace);
        List<ConnectorStateInfo.TaskState> tasks = states.get(name) == TargetState.STOPPED ? List.of()
                : List.of(task(name, restartingTask));
        return new ConnectorStateInfo(name, connector, tasks, ConnectorType.SOURCE);
    }

    private ConnectorStateInfo.TaskState task(String name, boolean restarting) {
        String trace = restarting ? null : failedTraces.get(name);
        String state = restarting ? "RESTARTING" : trace != null ? "FAILED"
                : states.get(name) == TargetState.PAUSED ? "PAUSED" : "RUNNING";
        return new ConnectorStateInfo.TaskState(0, state, WORKER, "1.0", trace);
    }

    @Override
    public CompletableFuture<List<TaskInfo>> taskConfigs(String connName) {
        return answer(() -> info(connName).tasks().stream()
                .map(id -> new TaskInfo(id, Map.of("task.class", "FakeTask")))
                .toList());
    }

    @Override
    public CompletableFuture<ConnectorStateInfo.TaskState> taskStatus(ConnectorTaskId id) {
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
        return run(connName, () -> states.put(connName, TargetState.RUNNING));
    }

    @Override
    public CompletableFuture<Void> stopConnector(String connName) {
        return run(connName, () -> states.put(connName, TargetState.STOPPED));
    }

    @Override
    public CompletableFuture<Optional<ConnectorStateInfo>> restartConnector(RestartRequest request) {
        return answer(() -> {
            String name = request.connectorName();
            requireConnector(name);
            boolean failed = failedTraces.containsKey(name);
            ConnectorStateInfo status = status(name, request.shouldRestartConnector(failed),
                    request.shouldRestartTask(failed));
            return Optional.of(status);
        });
    }

    @Override
    public CompletableFuture<Void> restartTask(ConnectorTaskId id) {
        return answer(() -> {
            if (!info(id.connector()).tasks().contains(id)) {
                throw new NotFoundException("Task " + id + " not found");
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<ConfigInfos> validateConnectorConfig(Map<String, String> config) {
        return answer(() -> validate(config));
    }

    private ConfigInfos validate(Map<String, String> config) {
        Map<String, String> props = new HashMap<>(config);
        List<ConfigInfo> infos = new ArrayList<>();
        int errors = 0;
        for (var value : SOURCE_DEF.validate(props)) {
            errors += value.errorMessages().size();
            infos.add(new ConfigInfo(ConfigKeyInfo.of(SOURCE_DEF.configKeys().get(value.name())),
                    new ConfigValueInfo(value.name(), props.get(value.name()), List.of(),
                            value.errorMessages(), value.visible())));
        }
        return new ConfigInfos(config.getOrDefault("connector.class", ""), errors, List.of(), infos);
    }

    @Override
    public CompletableFuture<ActiveTopicsInfo> connectorActiveTopics(String connName) {
        return answer(() -> {
            requireConnector(connName);
            return new ActiveTopicsInfo(connName, topics.getOrDefault(connName, List.of()));
        });
    }

    @Override
    public CompletableFuture<Void> resetConnectorActiveTopics(String connName) {
        return run(connName, () -> topics.remove(connName));
    }

    @Override
    public CompletableFuture<ConnectorOffsets> connectorOffsets(String connName) {
        return answer(() -> {
            requireConnector(connName);
            return new ConnectorOffsets(offsets.getOrDefault(connName, List.of()));
        });
    }

    @Override
    public CompletableFuture<Message> alterConnectorOffsets(String connName, ConnectorOffsets newOffsets) {
        return answer(() -> {
            requireStopped(connName);
            offsets.put(connName, newOffsets.offsets());
            return new Message("The offsets for this connector have been altered successfully");
        });
    }

    @Override
    public CompletableFuture<Message> resetConnectorOffsets(String connName) {
        return answer(() -> {
            requireStopped(connName);
            offsets.remove(connName);
            return new Message("The offsets for this connector have been reset successfully");
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
    public List<PluginInfo> plugins(boolean connectorsOnly) {
        List<PluginInfo> plugins = new ArrayList<>(List.of(new PluginInfo("com.example.FakeSource", "source", "1.0")));
        if (!connectorsOnly) {
            plugins.add(new PluginInfo("com.example.FakeTransform", "transformation", "1.0"));
        }
        return plugins;
    }

    @Override
    public List<ConfigKeyInfo> pluginConfig(String pluginName, String version) {
        if (!pluginName.equals("FakeSource") && !pluginName.equals("com.example.FakeSource")) {
            throw new NotFoundException("Unknown plugin " + pluginName + ".");
        }
        return SOURCE_DEF.configKeys().values().stream().map(ConfigKeyInfo::of).toList();
    }

    @Override
    public ServerInfo serverInfo() {
        return new ServerInfo("0.1.0", "abc123", "cluster-1");
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
