/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/**
 * Decides when a starting broker is usable: it must answer a describe-cluster request and list every expected
 * node as a live broker. Fails early when the broker's JVM exits, and otherwise at a deadline.
 */
final class ReadinessProbe {

    /** Between attempts we wait on the process itself, so an exit is noticed at once. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final int MAX_REQUEST_MILLIS = 2_000;
    private static final int LOG_TAIL_LINES = 40;

    private ReadinessProbe() {
    }

    /**
     * Blocks until the broker of {@code node} lists all {@code expectedNodeIds} as live brokers.
     *
     * @throws KafkaStartupException if {@code process} exits first or {@code deadline} passes
     */
    static void await(NodeLayout node, Process process, Set<Integer> expectedNodeIds, Instant deadline) {
        Throwable lastProblem = null;
        try (Admin admin = Admin.create(adminConfig(node))) {
            while (true) {
                if (!process.isAlive()) {
                    throw failure(node, "exited with code " + process.exitValue() + " while starting", lastProblem);
                }
                long remainingMillis = Duration.between(Instant.now(), deadline).toMillis();
                if (remainingMillis <= 0) {
                    throw failure(node, "did not serve metadata before the deadline", lastProblem);
                }
                int requestMillis = (int) Math.min(remainingMillis, MAX_REQUEST_MILLIS);
                try {
                    Set<Integer> live = liveNodeIds(admin, requestMillis);
                    if (live.containsAll(expectedNodeIds)) {
                        return;
                    }
                    lastProblem = new IllegalStateException("metadata lists brokers " + live
                            + " but " + new TreeSet<>(expectedNodeIds) + " are expected");
                } catch (ExecutionException e) {
                    lastProblem = e.getCause();
                } catch (TimeoutException e) {
                    lastProblem = e;
                }
                process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(node, "was still starting when the waiting thread was interrupted", e);
        }
    }

    private static Set<Integer> liveNodeIds(Admin admin, int requestMillis)
            throws ExecutionException, InterruptedException, TimeoutException {
        DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs(requestMillis);
        Set<Integer> ids = new TreeSet<>();
        for (Node broker : admin.describeCluster(options).nodes().get(requestMillis + 500L, TimeUnit.MILLISECONDS)) {
            ids.add(broker.id());
        }
        return ids;
    }

    private static Map<String, Object> adminConfig(NodeLayout node) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, node.brokerAddress(),
                AdminClientConfig.CLIENT_ID_CONFIG, "sluice-testkit-readiness-" + node.nodeId(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, MAX_REQUEST_MILLIS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, MAX_REQUEST_MILLIS,
                // A starting broker refuses connections for a while; retry quickly instead of backing off for seconds.
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 250,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 250);
    }

    static KafkaStartupException failure(NodeLayout node, String what, Throwable cause) {
        String message = "Kafka node " + node.nodeId() + " at " + node.brokerAddress() + " " + what
                + (cause == null ? "" : " (last problem: " + cause + ")")
                + "\n--- last lines of " + node.serverLog() + " ---\n" + LogTail.of(node.serverLog(), LOG_TAIL_LINES)
                + "\n--- last lines of " + node.consoleLog() + " ---\n" + LogTail.of(node.consoleLog(), LOG_TAIL_LINES);
        return new KafkaStartupException(message, cause);
    }
}
