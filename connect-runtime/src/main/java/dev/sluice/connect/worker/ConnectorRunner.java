/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.metrics.ConnectorMetrics;
import dev.sluice.connect.storage.ConnectorOffsetReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkConnectorContext;
import org.apache.kafka.connect.source.SourceConnectorContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One running connector instance and its state: {@code INIT → STARTED ⇄ PAUSED/STOPPED → SHUTDOWN | FAILED}.
 * A paused or stopped connector has had {@code stop()} called; resuming starts it again with the same config.
 * A failure is final: once FAILED the connector ignores transitions until it is shut down. Every call into the
 * connector runs with the connector's loader as the context classloader and its name in the MDC; a throwable from
 * the connector fails this connector only.
 */
public final class ConnectorRunner {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRunner.class);

    private enum State { INIT, STARTED, PAUSED, STOPPED, SHUTDOWN }

    private final String name;
    private final Connector connector;
    private final Map<String, String> config;
    private final ConnectorStatusListener listener;
    private final Runnable onReconfigurationRequest;
    private final Metrics metrics;
    private final ConnectorOffsetReader offsetReader;
    private final ClassLoader loader;

    // Written under this; volatile so that a metrics reporter reads it without waiting for a slow start().
    private volatile State state = State.INIT;
    // Not guarded: a connector may raise an error from its own thread while the worker is stopping it.
    private final AtomicBoolean failed = new AtomicBoolean();
    private PluginMetricsImpl pluginMetrics;
    private final ConnectorMetrics connectorMetrics;

    /**
     * @param version the version plugin discovery found for the connector (its {@code version()} then)
     * @param config the connector's resolved config, passed to every {@code start}
     * @param offsetReader what a source connector reads offsets from; unused for sinks
     */
    ConnectorRunner(String name, Connector connector, String version, Map<String, String> config,
                    ConnectorStatusListener listener, Runnable onReconfigurationRequest, Metrics metrics,
                    ConnectorOffsetReader offsetReader) {
        this.name = name;
        this.connector = connector;
        this.config = Map.copyOf(config);
        this.listener = listener;
        this.onReconfigurationRequest = onReconfigurationRequest;
        this.metrics = metrics;
        this.offsetReader = offsetReader;
        ClassLoader own = connector.getClass().getClassLoader();
        this.loader = own != null ? own : ClassLoader.getSystemClassLoader();
        this.connectorMetrics = new ConnectorMetrics(metrics, name, connector.getClass().getName(),
                isSink() ? "sink" : "source", version, this::status);
    }

    /** The status in Apache's words for its {@code connector-metrics}. */
    private String status() {
        if (failed.get()) {
            return "failed";
        }
        return switch (state) {
            case INIT -> "unassigned";
            case STARTED -> "running";
            case PAUSED -> "paused";
            case STOPPED -> "stopped";
            case SHUTDOWN -> "destroyed";
        };
    }

    public String name() {
        return name;
    }

    public Connector connector() {
        return connector;
    }

    public boolean isSink() {
        return connector instanceof SinkConnector;
    }

    /** The classloader the connector's plugin came from, which its tasks also use. */
    public ClassLoader loader() {
        return loader;
    }

    /** The connector config (resolved) this runner starts the connector with. */
    public Map<String, String> config() {
        return config;
    }

    boolean isFailed() {
        return failed.get();
    }

    /** Initializes the connector and brings it to {@code initial}; false (and FAILED reported) if that throws. */
    synchronized boolean initialize(TargetState initial) {
        try {
            inPlugin(() -> connector.initialize(isSink() ? new SinkContext() : new SourceContext()));
        } catch (Throwable t) {
            fail("initialize", t);
            return false;
        }
        transitionTo(initial);
        return !failed.get();
    }

    /** Moves the connector to {@code target}; ignored once the connector failed or was shut down. */
    synchronized void transitionTo(TargetState target) {
        if (failed.get() || state == State.SHUTDOWN) {
            log.debug("{} Ignoring transition to {} of connector in state {}", name, target, state);
            return;
        }
        State previous = state;
        switch (target) {
            case STARTED -> {
                if (previous == State.STARTED || !startConnector()) {
                    return;
                }
                state = State.STARTED;
                if (previous == State.INIT) {
                    report("RUNNING", () -> listener.onStartup(name));
                } else {
                    report("RUNNING (resumed)", () -> listener.onResume(name));
                }
            }
            case PAUSED -> {
                if (previous == State.PAUSED || !stopConnectorIfStarted(previous)) {
                    return;
                }
                state = State.PAUSED;
                report("PAUSED", () -> listener.onPause(name));
            }
            case STOPPED -> {
                if (previous == State.STOPPED || !stopConnectorIfStarted(previous)) {
                    return;
                }
                state = State.STOPPED;
                report("STOPPED", () -> listener.onStop(name));
            }
            default -> throw new IllegalArgumentException("Unknown target state " + target);
        }
    }

    /** The connector's task configs for at most {@code maxTasks} tasks, each with {@code task.class} added. */
    synchronized List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> result = new ArrayList<>();
        String taskClass = inPlugin(() -> {
            Class<? extends Task> type = connector.taskClass();
            List<Map<String, String>> generated = connector.taskConfigs(maxTasks);
            if (generated != null) {
                for (Map<String, String> taskConfig : generated) {
                    result.add(new HashMap<>(taskConfig == null ? Map.of() : taskConfig));
                }
            }
            return type.getName();
        });
        result.forEach(taskConfig -> taskConfig.put(Worker.TASK_CLASS_CONFIG, taskClass));
        return result;
    }

    /** Stops the connector for good; failures are logged, never thrown. */
    synchronized void shutdown() {
        if (state == State.SHUTDOWN) {
            return;
        }
        // A connector that raised an error after starting still holds resources, so it is stopped too.
        if (state == State.STARTED) {
            try {
                inPlugin(connector::stop);
            } catch (Throwable t) {
                log.error("{} Error while shutting down connector", name, t);
                fail("shutdown", t);
            }
        }
        state = State.SHUTDOWN;
        closeMetrics();
        if (offsetReader != null) {
            offsetReader.close();
        }
        if (!failed.get()) {
            report("shut down", () -> listener.onShutdown(name));
        }
    }

    private boolean startConnector() {
        try {
            inPlugin(() -> connector.start(config));
            return true;
        } catch (Throwable t) {
            fail("start", t);
            return false;
        }
    }

    private boolean stopConnectorIfStarted(State previous) {
        if (previous != State.STARTED) {
            return true;
        }
        try {
            inPlugin(connector::stop);
            return true;
        } catch (Throwable t) {
            fail("stop", t);
            return false;
        }
    }

    /** Marks the connector FAILED once; later failures and transitions are ignored. */
    void fail(String during, Throwable cause) {
        if (!failed.compareAndSet(false, true)) {
            return;
        }
        withMdc(() -> log.error("{} Connector failed during {}", name, during, cause));
        report("FAILED", () -> listener.onFailure(name, cause));
    }

    private void report(String newState, Runnable call) {
        withMdc(() -> {
            log.info("{} Connector is {}", name, newState);
            try {
                call.run();
            } catch (RuntimeException e) {
                log.warn("{} Connector status listener threw", name, e);
            }
        });
    }

    private void withMdc(Runnable action) {
        String previous = MDC.get(WorkerTask.MDC_CONTEXT);
        MDC.put(WorkerTask.MDC_CONTEXT, "[" + name + "|worker] ");
        try {
            action.run();
        } finally {
            if (previous == null) {
                MDC.remove(WorkerTask.MDC_CONTEXT);
            } else {
                MDC.put(WorkerTask.MDC_CONTEXT, previous);
            }
        }
    }

    private void inPlugin(Runnable action) {
        inPlugin(() -> {
            action.run();
            return null;
        });
    }

    private <T> T inPlugin(java.util.function.Supplier<T> action) {
        String previous = MDC.get(WorkerTask.MDC_CONTEXT);
        MDC.put(WorkerTask.MDC_CONTEXT, "[" + name + "|worker] ");
        try (LoaderSwap swap = new LoaderSwap(loader)) {
            return action.get();
        } finally {
            if (previous == null) {
                MDC.remove(WorkerTask.MDC_CONTEXT);
            } else {
                MDC.put(WorkerTask.MDC_CONTEXT, previous);
            }
        }
    }

    private synchronized PluginMetrics pluginMetrics() {
        if (pluginMetrics == null) {
            pluginMetrics = new PluginMetricsImpl(metrics, Map.of("connector", name));
        }
        return pluginMetrics;
    }

    private void closeMetrics() {
        connectorMetrics.close();
        if (pluginMetrics != null) {
            try {
                pluginMetrics.close();
            } catch (IOException | RuntimeException e) {
                log.debug("{} Failed to close plugin metrics", name, e);
            }
            pluginMetrics = null;
        }
    }

    /** What the connector may ask of the runtime; shared by sources and sinks. */
    private class Context {
        public void requestTaskReconfiguration() {
            try {
                onReconfigurationRequest.run();
            } catch (RuntimeException e) {
                log.warn("{} Task reconfiguration request failed", name, e);
            }
        }

        public void raiseError(Exception e) {
            fail("run (raised by the connector)", e);
        }

        public PluginMetrics pluginMetrics() {
            return ConnectorRunner.this.pluginMetrics();
        }
    }

    private final class SinkContext extends Context implements SinkConnectorContext {
    }

    private final class SourceContext extends Context implements SourceConnectorContext {
        @Override
        public OffsetStorageReader offsetStorageReader() {
            return offsetReader;
        }
    }
}
