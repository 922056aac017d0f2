/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.Avg;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.common.metrics.stats.Max;

/**
 * Group {@code connect-worker-rebalance-metrics} of a distributed worker
 * ({@code kafka.connect:type=connect-worker-rebalance-metrics}), with Apache's attribute names: the protocol the group
 * agreed on, the leader and generation of the last completed rebalance, whether a rebalance is under way, how many
 * have completed and how long they took (from the moment this worker began to rejoin until it had its assignment).
 * The group membership calls {@link #started()} and {@link #completed} on the herder's thread; reporters read the
 * values from theirs, so the state is volatile.
 */
public final class RebalanceMetrics {

    public static final String GROUP = "connect-worker-rebalance-metrics";

    private final LongSupplier clock;
    private final Sensor completions;
    private final Sensor durations;
    private volatile String protocol;
    private volatile String leader;
    private volatile int epoch = -1;
    private volatile boolean rebalancing;
    private volatile long startedMs;
    private volatile long lastCompletedMs = -1;

    /** @param clock milliseconds, usually {@code System::currentTimeMillis} */
    public RebalanceMetrics(Metrics metrics, LongSupplier clock) {
        this.clock = clock;
        text(metrics, "connect-protocol", "The Connect protocol the group agreed on at the last rebalance (eager,"
                + " compatible or sessioned).", () -> protocol);
        text(metrics, "leader-name", "The REST URL of the group's leader, as of the last rebalance.", () -> leader);
        number(metrics, "epoch", "The group generation this worker joined at the last rebalance; -1 before the"
                + " first.", () -> epoch);
        number(metrics, "rebalancing", "1 while this worker is rebalancing, 0 otherwise.",
                () -> rebalancing ? 1.0 : 0.0);
        number(metrics, "time-since-last-rebalance-ms", "Milliseconds since this worker last completed a rebalance;"
                + " +Inf before the first.", this::sinceLastCompletion);
        completions = metrics.sensor("connect-worker-rebalance-completions");
        completions.add(metrics.metricName("completed-rebalances-total", GROUP,
                "Rebalances this worker completed with an assignment it could act on."), new CumulativeCount());
        durations = metrics.sensor("connect-worker-rebalance-time");
        durations.add(metrics.metricName("rebalance-max-time-ms", GROUP,
                "The longest rebalance of this worker, in milliseconds."), new Max());
        durations.add(metrics.metricName("rebalance-avg-time-ms", GROUP,
                "The mean time of this worker's rebalances, in milliseconds."), new Avg());
    }

    /** This worker begins to (re)join the group; a rebalance already under way keeps its start. */
    public void started() {
        if (!rebalancing) {
            startedMs = clock.getAsLong();
            rebalancing = true;
        }
    }

    /**
     * This worker received an assignment it can act on.
     *
     * @param agreedProtocol the protocol's configuration value ({@code eager}, {@code compatible}, {@code sessioned})
     * @param leaderUrl      the leader's REST URL
     * @param generation     the generation joined
     */
    public void completed(String agreedProtocol, String leaderUrl, int generation) {
        long now = clock.getAsLong();
        protocol = agreedProtocol;
        leader = leaderUrl;
        epoch = generation;
        completions.record();
        // Without a start seen there is no duration to tell; the membership always reports one first.
        if (rebalancing) {
            durations.record(now - startedMs);
            rebalancing = false;
        }
        lastCompletedMs = now;
    }

    private double sinceLastCompletion() {
        long last = lastCompletedMs;
        return last < 0 ? Double.POSITIVE_INFINITY : clock.getAsLong() - last;
    }

    private static void number(Metrics metrics, String name, String description, DoubleSupplier value) {
        metrics.addMetric(metrics.metricName(name, GROUP, description),
                (Measurable) (config, now) -> value.getAsDouble());
    }

    private static void text(Metrics metrics, String name, String description, Supplier<String> value) {
        metrics.addMetric(metrics.metricName(name, GROUP, description), (Gauge<String>) (config, now) -> value.get());
    }
}
