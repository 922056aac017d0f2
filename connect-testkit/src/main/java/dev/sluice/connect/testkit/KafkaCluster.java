/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka cluster in KRaft mode whose nodes each run in a child JVM on free loopback ports. Every node
 * is both broker and controller. Closing the cluster ends all its JVMs and, unless the data directory is
 * persistent, deletes its data; the JVMs also end on their own if this JVM dies.
 *
 * <pre>{@code
 * try (KafkaCluster kafka = KafkaCluster.start(ClusterSpec.brokers(3))) {
 *     kafka.clients().createTopic("orders", 3, 3);
 *     kafka.broker(1).kill();
 *     kafka.broker(1).restart();
 * }
 * }</pre>
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCluster.class);

    private final ClusterSpec spec;
    private final Path root;
    private final List<KafkaBroker> brokers;
    private final Thread shutdownHook;
    private boolean closed;

    private KafkaCluster(ClusterSpec spec, Path root, List<KafkaBroker> brokers) {
        this.spec = spec;
        this.root = root;
        this.brokers = List.copyOf(brokers);
        this.shutdownHook = new Thread(this::closeFromShutdownHook, "sluice-kafka-cluster-shutdown");
    }

    /** Starts a single broker with temporary data and waits until it serves metadata. */
    public static KafkaCluster startSingleBroker() {
        return start(ClusterSpec.singleBroker());
    }

    /** Starts the cluster described by {@code spec} and waits until every broker lists all of them. */
    public static KafkaCluster start(ClusterSpec spec) {
        Path root = ClusterDirectories.rootFor(spec);
        List<NodeLayout> nodes = layOut(spec, root);
        String clusterId = ClusterDirectories.clusterId(nodes);
        String classpath = BrokerClasspath.asArgument();
        List<KafkaBroker> brokers = new ArrayList<>();
        for (NodeLayout node : nodes) {
            ServerPropertiesWriter.write(node, ServerPropertiesWriter.settings(node, nodes, spec.brokerProperties(),
                    spec.saslUser()));
            BrokerLoggingConfig.write(node);
            brokers.add(new KafkaBroker(node, classpath, clusterId, spec.startupTimeout()));
        }
        KafkaCluster cluster = new KafkaCluster(spec, root, brokers);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try {
            cluster.start();
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private static List<NodeLayout> layOut(ClusterSpec spec, Path root) {
        int count = spec.brokerCount();
        int perNode = spec.saslUser() == null ? 2 : 3;
        List<Integer> ports = FreePorts.pick(perNode * count);
        List<NodeLayout> nodes = new ArrayList<>(count);
        for (int id = 0; id < count; id++) {
            int brokerPort = spec.brokerPort() != 0 ? spec.brokerPort() : ports.get(perNode * id);
            int saslPort = perNode == 3 ? ports.get(perNode * id + 2) : 0;
            nodes.add(new NodeLayout(id, brokerPort, ports.get(perNode * id + 1), saslPort,
                    ClusterDirectories.nodeDirectory(root, id)));
        }
        return nodes;
    }

    /** Comma-separated addresses of all brokers, for the clients' bootstrap.servers. */
    public String bootstrapServers() {
        return brokers.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /**
     * Comma-separated addresses of the SASL_PLAINTEXT listeners, for clients that log in with
     * {@link SaslPlainUser#clientProperties()}.
     *
     * @throws IllegalStateException when the cluster was started without {@link ClusterSpec#withSaslPlainListener}
     */
    public String saslBootstrapServers() {
        if (spec.saslUser() == null) {
            throw new IllegalStateException("this cluster has no SASL listener; see ClusterSpec.withSaslPlainListener");
        }
        return brokers.stream().map(KafkaBroker::saslBootstrapServers).collect(Collectors.joining(","));
    }

    /** The client-facing address of this cluster, without any control over it. */
    public KafkaEndpoint endpoint() {
        return new KafkaEndpoint(bootstrapServers());
    }

    /** Helpers for topics, producing and consuming against this cluster. */
    public KafkaTestClients clients() {
        return new KafkaTestClients(bootstrapServers());
    }

    public int size() {
        return brokers.size();
    }

    /** The node with the given id (ids run from 0 to {@code size() - 1}). */
    public KafkaBroker broker(int nodeId) {
        if (nodeId < 0 || nodeId >= brokers.size()) {
            throw new IndexOutOfBoundsException("no broker " + nodeId + " in a cluster of " + brokers.size());
        }
        return brokers.get(nodeId);
    }

    public List<KafkaBroker> brokers() {
        return brokers;
    }

    /** The directory holding one {@code broker-<id>} folder per node. */
    public Path directory() {
        return root;
    }

    public ClusterSpec spec() {
        return spec;
    }

    /**
     * Starts every node that is not running and waits until each of them lists all nodes as live brokers.
     *
     * @throws KafkaStartupException with the tail of the failing node's log if that does not happen in time
     */
    public synchronized void start() {
        checkOpen();
        long began = System.nanoTime();
        for (KafkaBroker broker : brokers) {
            if (!broker.isRunning()) {
                broker.launch();
            }
        }
        Instant deadline = Instant.now().plus(spec.startupTimeout());
        Set<Integer> allIds = brokers.stream().map(KafkaBroker::nodeId).collect(Collectors.toSet());
        for (KafkaBroker broker : brokers) {
            broker.awaitReady(allIds, deadline);
        }
        LOG.info("Kafka cluster of {} broker(s) ready at {} after {} ms", brokers.size(), bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    /** Shuts all nodes down cleanly, in parallel, keeping their data for {@link #start()}. */
    public synchronized void stop() {
        onAllBrokers(KafkaBroker::stop);
    }

    /** Kills all nodes at once (SIGKILL), keeping their data for {@link #start()}. */
    public synchronized void kill() {
        onAllBrokers(KafkaBroker::kill);
    }

    /** Stops all nodes cleanly and starts them again on the same ports with the same data. */
    public synchronized void restart() {
        stop();
        start();
    }

    private void onAllBrokers(Consumer<KafkaBroker> action) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (KafkaBroker broker : brokers) {
            // Own threads, not the common pool: these calls block for seconds.
            pending.add(CompletableFuture.runAsync(() -> action.accept(broker),
                    task -> new Thread(task, "sluice-kafka-node-" + broker.nodeId()).start()));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /**
     * Ends the cluster. Temporary clusters are killed and their directory deleted; a cluster with a persistent
     * data directory is stopped cleanly so that it can be started again from there.
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to; closing twice is harmless.
        }
        closeNodes();
    }

    private void closeFromShutdownHook() {
        LOG.debug("JVM is exiting with the Kafka cluster at {} still open", bootstrapServers());
        closeNodes();
    }

    private synchronized void closeNodes() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.debug("Closing Kafka cluster at {}", bootstrapServers());
        brokers.forEach(KafkaBroker::retire);
        if (spec.dataDirectory() != null) {
            stop();
            return;
        }
        kill();
        if (!ClusterDirectories.deleteRecursively(root)) {
            LOG.warn("Could not delete all of the Kafka cluster directory {}", root);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the Kafka cluster was closed");
        }
    }

    @Override
    public String toString() {
        return "KafkaCluster[" + brokers + "]";
    }
}
