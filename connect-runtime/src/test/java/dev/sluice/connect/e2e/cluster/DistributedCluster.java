/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The workers of one test cluster, Apache's and Sluice's in any mix: they share {@link ClusterNames}, each gets a
 * folder {@code <dir>/<name>}, and closing the cluster kills every worker still running, in start order.
 */
public final class DistributedCluster implements AutoCloseable {

    /** Failure detection fast enough for a test: a 10 s session timeout and a 3 s scheduled rebalance delay. */
    public static final UnaryOperator<DistributedWorkerSetup.Builder> FAST_FAILOVER = worker -> worker
            .sessionTimeout(Duration.ofSeconds(10))
            .scheduledRebalanceMaxDelay(Duration.ofSeconds(3));

    private final ClusterNames names;
    private final String bootstrapServers;
    private final Path dir;
    private final List<DistributedWorkerProcess> workers = new ArrayList<>();

    private DistributedCluster(ClusterNames names, String bootstrapServers, Path dir) {
        this.names = names;
        this.bootstrapServers = bootstrapServers;
        this.dir = dir;
    }

    /** A cluster with unique names ({@link ClusterNames#unique(String)}) whose workers live under {@code dir}. */
    public static DistributedCluster create(String label, String bootstrapServers, Path dir) {
        return new DistributedCluster(ClusterNames.unique(label), bootstrapServers, dir);
    }

    public ClusterNames names() {
        return names;
    }

    /** Launches a worker named {@code name} with default settings; it joins the group once it is up. */
    public DistributedWorkerProcess start(WorkerRuntime runtime, String name) {
        return start(runtime, name, UnaryOperator.identity());
    }

    /** Launches a worker named {@code name} whose settings {@code settings} adjusts (e.g. {@link #FAST_FAILOVER}). */
    public DistributedWorkerProcess start(WorkerRuntime runtime, String name,
            UnaryOperator<DistributedWorkerSetup.Builder> settings) {
        DistributedWorkerSetup setup = settings.apply(
                DistributedWorkerSetup.of(runtime, names, bootstrapServers, dir.resolve(name))).write();
        DistributedWorkerProcess worker = DistributedWorkerProcess.start(setup);
        workers.add(worker);
        return worker;
    }

    /** Waits for every running worker's REST API; the workers were launched together, so they start in parallel. */
    public void awaitRestReady(Duration timeout) {
        workers.stream().filter(DistributedWorkerProcess::isAlive).forEach(worker -> worker.awaitRestReady(timeout));
    }

    /** Every worker started so far, running or not, in start order. */
    public List<DistributedWorkerProcess> workers() {
        return List.copyOf(workers);
    }

    @Override
    public void close() {
        AssertionError failure = null;
        for (DistributedWorkerProcess worker : workers) {
            try {
                worker.close();
            } catch (AssertionError e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
