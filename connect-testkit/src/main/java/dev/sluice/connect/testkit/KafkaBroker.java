/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of a {@link KafkaCluster}: a KRaft broker and controller running in its own JVM. Failure tests use it
 * to stop the node cleanly, kill it outright, and bring it back on the same ports with the same data.
 */
public final class KafkaBroker {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);

    /** A clean shutdown of a node normally takes a few seconds; past this something is stuck. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final NodeLayout node;
    private final String classpath;
    private final String clusterId;
    private final Duration startupTimeout;
    private Process process;
    private boolean retired;

    KafkaBroker(NodeLayout node, String classpath, String clusterId, Duration startupTimeout) {
        this.node = node;
        this.classpath = classpath;
        this.clusterId = clusterId;
        this.startupTimeout = startupTimeout;
    }

    /** The node id, which is also its index in the cluster. */
    public int nodeId() {
        return node.nodeId();
    }

    /** The client port; it stays the same across restarts. */
    public int port() {
        return node.brokerPort();
    }

    /** {@code host:port} of this broker alone. */
    public String bootstrapServers() {
        return node.brokerAddress();
    }

    /** The address of the node's SASL_PLAINTEXT listener, or null when it has none. */
    public String saslBootstrapServers() {
        return node.saslAddress();
    }

    /** The node's directory: configuration, logs and (under {@code logs/}) the partition data. */
    public Path directory() {
        return node.directory();
    }

    /** The broker's own log file, kept across restarts. */
    public Path serverLog() {
        return node.serverLog();
    }

    /** The last {@code lines} lines of the broker's log, e.g. for a failing test's message. */
    public String logTail(int lines) {
        return LogTail.of(node.serverLog(), lines);
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The operating-system process id of the broker's JVM while it runs. */
    public synchronized OptionalLong pid() {
        return isRunning() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    /** Starts the node if it is not running and waits until it serves metadata. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        launch();
        awaitReady(Set.of(node.nodeId()), Instant.now().plus(startupTimeout));
    }

    /** Stops the node cleanly if it runs, then starts it again on the same ports with the same data. */
    public synchronized void restart() {
        stop();
        start();
    }

    /**
     * Asks the node to shut down (SIGTERM) and waits until its JVM has exited; a node that is not running is left
     * alone. A node stuck in shutdown longer than {@link #STOP_TIMEOUT} is killed.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!waitForExit(STOP_TIMEOUT)) {
            LOG.warn("Kafka node {} did not stop within {}; killing it", node.nodeId(), STOP_TIMEOUT);
            process.destroyForcibly();
            waitForExit(STOP_TIMEOUT);
        }
        process = null;
    }

    /** Kills the node's JVM at once (SIGKILL), like a crash, and waits until it is gone. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        if (!waitForExit(STOP_TIMEOUT)) {
            throw new IllegalStateException("Kafka node " + node.nodeId() + " (pid " + process.pid()
                    + ") survived SIGKILL for " + STOP_TIMEOUT);
        }
        process = null;
    }

    /** Starts the JVM without waiting; a cluster launches all nodes first and then waits for them together. */
    synchronized void launch() {
        if (retired) {
            throw new IllegalStateException("Kafka node " + node.nodeId() + " belongs to a closed cluster");
        }
        if (isRunning()) {
            throw new IllegalStateException("Kafka node " + node.nodeId() + " is already running");
        }
        // Only a directory that never held a node is formatted, so restarts and reused data dirs keep their data.
        String formatWith = Files.exists(node.metaProperties()) ? null : clusterId;
        LOG.debug("Starting Kafka node {} in {}", node.nodeId(), node.directory());
        process = BrokerProcessLauncher.launch(node, classpath, formatWith);
    }

    /** Called when the cluster closes: the node's directory may be gone, so it must never start again. */
    synchronized void retire() {
        retired = true;
    }

    /** Waits until this node lists all {@code nodeIds} as live brokers. */
    synchronized void awaitReady(Set<Integer> nodeIds, Instant deadline) {
        if (process == null) {
            throw new IllegalStateException("Kafka node " + node.nodeId() + " was not started");
        }
        ReadinessProbe.await(node, process, nodeIds, deadline);
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[node " + node.nodeId() + " at " + node.brokerAddress() + ", "
                + (isRunning() ? "running" : "stopped") + "]";
    }
}
