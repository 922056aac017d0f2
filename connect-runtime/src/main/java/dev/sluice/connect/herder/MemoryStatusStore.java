/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.worker.ConnectorStatusListener;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.worker.TaskStatusListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The latest reported state of every connector and task on this worker, kept in memory. It listens to the worker
 * directly (on whatever thread reports), so reads never wait for the herder thread.
 */
public final class MemoryStatusStore implements ConnectorStatusListener, TaskStatusListener {

    /** One reported state; {@code trace} is set only for FAILED. */
    public record Status(String state, String workerId, String version, String trace) {
    }

    private final Map<String, Status> connectors = new ConcurrentHashMap<>();
    private final Map<ConnectorTaskId, Status> tasks = new ConcurrentHashMap<>();
    private volatile String workerId;
    private final Function<String, String> versionOf;

    /**
     * @param workerId  what statuses name as {@code worker_id}; may be set later through {@link #workerId(String)}
     * @param versionOf the plugin version of a connector, by connector name
     */
    public MemoryStatusStore(String workerId, Function<String, String> versionOf) {
        this.workerId = workerId;
        this.versionOf = versionOf;
    }

    /** Sets the id used from now on, once the REST server knows its advertised address. */
    public void workerId(String id) {
        this.workerId = id;
    }

    public String workerId() {
        return workerId;
    }

    public Status connector(String name) {
        return connectors.get(name);
    }

    public Status task(ConnectorTaskId id) {
        return tasks.get(id);
    }

    /** Records a state chosen by the herder itself, such as UNASSIGNED before a start. */
    public void putConnector(String name, String state) {
        connectors.put(name, status(name, state, null));
    }

    public void putTask(ConnectorTaskId id, String state) {
        tasks.put(id, status(id.connector(), state, null));
    }

    public void removeTask(ConnectorTaskId id) {
        tasks.remove(id);
    }

    /** Forgets a connector and all of its tasks. */
    public void remove(String name) {
        connectors.remove(name);
        tasks.keySet().removeIf(id -> id.connector().equals(name));
    }

    private Status status(String connector, String state, Throwable cause) {
        return new Status(state, workerId, versionOf.apply(connector), cause == null ? null : trace(cause));
    }

    private static String trace(Throwable cause) {
        StringWriter out = new StringWriter();
        cause.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Override
    public void onStartup(String connector) {
        putConnector(connector, "RUNNING");
    }

    @Override
    public void onPause(String connector) {
        putConnector(connector, "PAUSED");
    }

    @Override
    public void onResume(String connector) {
        putConnector(connector, "RUNNING");
    }

    @Override
    public void onStop(String connector) {
        putConnector(connector, "STOPPED");
    }

    @Override
    public void onFailure(String connector, Throwable cause) {
        connectors.put(connector, status(connector, "FAILED", cause));
    }

    @Override
    public void onShutdown(String connector) {
        // Keep a STOPPED or FAILED state visible; anything else becomes UNASSIGNED until it runs again.
        connectors.computeIfPresent(connector, (name, old) -> old.state().equals("STOPPED")
                || old.state().equals("FAILED") ? old : status(name, "UNASSIGNED", null));
    }

    @Override
    public void onStartup(ConnectorTaskId id) {
        putTask(id, "RUNNING");
    }

    @Override
    public void onPause(ConnectorTaskId id) {
        putTask(id, "PAUSED");
    }

    @Override
    public void onResume(ConnectorTaskId id) {
        putTask(id, "RUNNING");
    }

    @Override
    public void onFailure(ConnectorTaskId id, Throwable cause) {
        tasks.put(id, status(id.connector(), "FAILED", cause));
    }

    @Override
    public void onShutdown(ConnectorTaskId id) {
        tasks.computeIfPresent(id, (key, old) -> old.state().equals("FAILED") ? old
                : status(key.connector(), "UNASSIGNED", null));
    }
}
