/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.storage.StatusStore;
import dev.sluice.connect.worker.ActiveTopicListener;
import dev.sluice.connect.worker.ConnectorStatusListener;
import dev.sluice.connect.worker.TaskStatusListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Turns what the worker reports about its connectors and tasks into statuses in the {@link StatusStore}, stamped
 * with this worker's id, the current generation and the plugin version, and records
 * the topics source tasks use. Called on task and connector threads.
 */
public final class StatusReporter implements ConnectorStatusListener, TaskStatusListener, ActiveTopicListener {

    private final StatusStore store;
    private final IntSupplier generation;
    private final Function<String, String> versionOf;
    private volatile String workerId;

    /**
     * @param workerId      what statuses name as {@code worker_id}; may be replaced through {@link #workerId(String)}
     * @param generation    the current group generation
     * @param versionOf     the connector plugin's version, by connector name
     */
    public StatusReporter(StatusStore store, String workerId, IntSupplier generation,
                          Function<String, String> versionOf) {
        this.store = store;
        this.workerId = workerId;
        this.generation = generation;
        this.versionOf = versionOf;
    }

    /** Sets the id used from now on, once the REST server knows its advertised address. */
    public void workerId(String id) {
        this.workerId = id;
    }

    public String workerId() {
        return workerId;
    }

    /** Records a state the herder itself decided, such as UNASSIGNED before a start. */
    public void connector(String connector, State state) {
        store.put(connectorStatus(connector, state, null));
    }

    public void task(ConnectorTaskId id, State state) {
        store.put(taskStatus(id, state, null));
    }

    private ConnectorStatus connectorStatus(String connector, State state, Throwable cause) {
        return new ConnectorStatus(connector, state, trace(cause), workerId, generation.getAsInt(),
                versionOf.apply(connector));
    }

    private TaskStatus taskStatus(ConnectorTaskId id, State state, Throwable cause) {
        return new TaskStatus(id, state, trace(cause), workerId, generation.getAsInt(),
                versionOf.apply(id.connector()));
    }

    private static String trace(Throwable cause) {
        if (cause == null) {
            return null;
        }
        StringWriter out = new StringWriter();
        cause.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Override
    public void onStartup(String connector) {
        connector(connector, State.RUNNING);
    }

    @Override
    public void onPause(String connector) {
        connector(connector, State.PAUSED);
    }

    @Override
    public void onResume(String connector) {
        connector(connector, State.RUNNING);
    }

    @Override
    public void onStop(String connector) {
        connector(connector, State.STOPPED);
    }

    @Override
    public void onFailure(String connector, Throwable cause) {
        store.put(connectorStatus(connector, State.FAILED, cause));
    }

    /**
     * A STOPPED or FAILED state stays visible; anything else becomes UNASSIGNED until it runs again. Only a status
     * this worker wrote is replaced: a worker that stops late (it lost its group membership, or was revoked while
     * another worker already started the connector) must not overwrite the new owner's RUNNING.
     */
    @Override
    public void onShutdown(String connector) {
        ConnectorStatus current = store.get(connector);
        if (current != null && workerId.equals(current.workerId()) && current.state() != State.STOPPED
                && current.state() != State.FAILED) {
            connector(connector, State.UNASSIGNED);
        }
    }

    @Override
    public void onStartup(ConnectorTaskId id) {
        task(id, State.RUNNING);
    }

    @Override
    public void onPause(ConnectorTaskId id) {
        task(id, State.PAUSED);
    }

    @Override
    public void onResume(ConnectorTaskId id) {
        task(id, State.RUNNING);
    }

    @Override
    public void onFailure(ConnectorTaskId id, Throwable cause) {
        store.put(taskStatus(id, State.FAILED, cause));
    }

    /** Like {@link #onShutdown(String)}: only this worker's own status of the task becomes UNASSIGNED. */
    @Override
    public void onShutdown(ConnectorTaskId id) {
        TaskStatus current = store.get(id);
        if (current != null && workerId.equals(current.workerId()) && current.state() != State.FAILED) {
            task(id, State.UNASSIGNED);
        }
    }

    @Override
    public void onTopicUsed(ConnectorTaskId task, String topic) {
        // The store records a topic once, and again after a reset forgot it; tasks report theirs with every batch.
        store.putTopicUsage(task.connector(), topic, task.task());
    }
}
