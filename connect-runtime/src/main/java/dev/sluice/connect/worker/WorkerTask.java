/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.metrics.TaskStateClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The lifecycle every task runner shares, as a small state machine driven from the task's own thread:
 * {@code UNASSIGNED → RUNNING ⇄ PAUSED → STOPPED | FAILED}.
 *
 * <p>{@link #run()} starts the task inside its plugin's classloader (as the thread context classloader) with the
 * task id in the logging MDC, runs the subclass's {@link #execute()} loop until {@link #stop()} is requested, then
 * closes it. A throwable escaping any of that makes the task FAILED; it never reaches the thread pool and never
 * disturbs other tasks. Pause and resume come from other threads through {@link #transitionTo(TargetState)}; they are
 * reported at once and the loop observes them through {@link #isPaused()} or {@link #awaitUnpause()}.
 *
 * <p>Every state reported to the listener is also kept in the task's {@link TaskStateClock}, which the worker's
 * per-connector task counts and the task's {@code connector-task-metrics} read. Metric groups that must outlive the
 * task's thread (a failed task still shows {@code failed}) are handed to {@link #keepUntilRemoved}; the worker
 * removes them through {@link #removeMetrics()} once it lets go of the task.
 */
public abstract class WorkerTask implements Runnable {

    /** The MDC key Apache's log layouts use for the connector/task prefix, kept so existing log configs work. */
    public static final String MDC_CONTEXT = "connector.context";

    private static final Logger log = LoggerFactory.getLogger(WorkerTask.class);

    protected final ConnectorTaskId id;
    private final TaskStatusListener listener;
    private final ClassLoader pluginLoader;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final TaskStateClock states = new TaskStateClock(State.UNASSIGNED, System::currentTimeMillis);
    private final List<AutoCloseable> retainedMetrics = new CopyOnWriteArrayList<>();

    private final Object stateLock = new Object();
    // Guarded by stateLock.
    private TargetState targetState;
    private boolean started;

    private volatile boolean paused;
    private volatile boolean stopping;
    private volatile boolean cancelled;

    protected WorkerTask(ConnectorTaskId id, TaskStatusListener listener, TargetState initialState,
                         ClassLoader pluginLoader) {
        this.id = id;
        this.listener = listener;
        this.pluginLoader = pluginLoader;
        this.targetState = initialState;
        this.paused = initialState == TargetState.PAUSED;
    }

    public final ConnectorTaskId id() {
        return id;
    }

    /** Creates the task's clients and calls the task's {@code initialize} and {@code start}. */
    protected abstract void initializeAndStart();

    /** The task's main loop; returns once {@link #isStopping()} is true. */
    protected abstract void execute() throws Exception;

    /** Stops the task and releases what {@link #initializeAndStart()} created; runs even after a failure. */
    protected abstract void close();

    /** Called on the requesting thread by {@link #stop()}, to wake a loop blocked in a poll or a wait. */
    protected void onStopRequested() {
    }

    @Override
    public final void run() {
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(pluginLoader);
        MDC.put(MDC_CONTEXT, "[" + id.connector() + "|task-" + id.task() + "] ");
        try {
            runLifecycle();
        } finally {
            MDC.remove(MDC_CONTEXT);
            thread.setContextClassLoader(previousLoader);
            finished.countDown();
        }
    }

    private void runLifecycle() {
        Throwable failure = null;
        try {
            if (stopping) {
                return;
            }
            initializeAndStart();
            synchronized (stateLock) {
                started = true;
                if (targetState == TargetState.PAUSED) {
                    states.moveTo(State.PAUSED);
                    listener.onPause(id);
                } else {
                    states.moveTo(State.RUNNING);
                    listener.onStartup(id);
                }
            }
            execute();
        } catch (Throwable t) {
            if (!cancelled) {
                log.error("{} Task threw an uncaught and unrecoverable exception. Task is being killed and will not "
                        + "recover until manually restarted", id, t);
                failure = t;
            }
        } finally {
            try {
                close();
            } catch (Throwable t) {
                log.warn("{} Task failed while closing", id, t);
            }
            if (failure != null) {
                states.moveTo(State.FAILED);
                listener.onFailure(id, failure);
            } else if (!cancelled) {
                states.moveTo(State.UNASSIGNED);
                listener.onShutdown(id);
            }
        }
    }

    /** The state the task reported last: UNASSIGNED until it started, then RUNNING, PAUSED or FAILED. */
    public final State state() {
        return states.state();
    }

    /** The task's states over time, for its {@code connector-task-metrics}. */
    protected final TaskStateClock stateClock() {
        return states;
    }

    /** Keeps a metric group registered after the task's thread ends, until {@link #removeMetrics()}. */
    protected final <T extends AutoCloseable> T keepUntilRemoved(T group) {
        retainedMetrics.add(group);
        return group;
    }

    /** Removes the metric groups kept by {@link #keepUntilRemoved}; the worker calls it once it drops the task. */
    public final void removeMetrics() {
        for (AutoCloseable group : retainedMetrics) {
            try {
                group.close();
            } catch (Exception e) {
                log.warn("{} Failed to remove metrics {}", id, group, e);
            }
        }
        retainedMetrics.clear();
    }

    /** Pauses or resumes the task; reported to the listener at once once the task has started. */
    public void transitionTo(TargetState state) {
        if (state == TargetState.STOPPED) {
            throw new IllegalArgumentException("A stopped connector's tasks are shut down, not transitioned: " + id);
        }
        synchronized (stateLock) {
            if (stopping || state == targetState) {
                return;
            }
            targetState = state;
            paused = state == TargetState.PAUSED;
            if (started) {
                if (paused) {
                    states.moveTo(State.PAUSED);
                    listener.onPause(id);
                } else {
                    states.moveTo(State.RUNNING);
                    listener.onResume(id);
                }
            }
            stateLock.notifyAll();
        }
    }

    /** True while the user wants the task paused; a cheap volatile read for the loop's hot path. */
    protected final boolean isPaused() {
        return paused;
    }

    /**
     * Blocks while the task is paused.
     *
     * @return false if the task is stopping, true when it should carry on
     */
    protected final boolean awaitUnpause() throws InterruptedException {
        synchronized (stateLock) {
            while (targetState == TargetState.PAUSED && !stopping) {
                stateLock.wait();
            }
            return !stopping;
        }
    }

    /** Asks the task to stop; the loop notices at its next turn. Does not wait: see {@link #awaitStop(long)}. */
    public void stop() {
        synchronized (stateLock) {
            stopping = true;
            stateLock.notifyAll();
        }
        onStopRequested();
    }

    protected final boolean isStopping() {
        return stopping;
    }

    /** Waits up to {@code timeoutMs} for the task's thread to finish; true if it did. */
    public boolean awaitStop(long timeoutMs) {
        try {
            return finished.await(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Gives up on a task that did not stop within {@code task.shutdown.graceful.timeout.ms}: whatever it does from
     * now on is neither reported nor committed, so a restarted copy can take over.
     */
    public void cancel() {
        cancelled = true;
    }

    protected final boolean isCancelled() {
        return cancelled;
    }
}
