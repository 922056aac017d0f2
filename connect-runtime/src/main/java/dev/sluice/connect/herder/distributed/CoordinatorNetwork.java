/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import dev.sluice.connect.metrics.ConnectMetrics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.ApiVersions;
import org.apache.kafka.clients.ClientDnsLookup;
import org.apache.kafka.clients.ClientUtils;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.Metadata;
import org.apache.kafka.clients.NetworkClient;
import org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient;
import org.apache.kafka.common.internals.ClusterResourceListeners;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.LogContext;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;

/**
 * The kafka-clients plumbing a group coordination client talks through: cluster metadata bootstrapped from
 * bootstrap.servers, a network client with the worker's security settings, and the consumer-style wrapper that
 * the coordinator client drives (and that {@link ConsumerNetworkClient#wakeup()} interrupts).
 *
 * @param metrics the client's metrics registry (no reporters yet: worker metrics are wired elsewhere)
 */
record CoordinatorNetwork(Metrics metrics, Metadata metadata, ConsumerNetworkClient client) implements AutoCloseable {

    /** The JMX-style metric group prefix kafka-clients' coordinator metrics are registered under. */
    static final String METRIC_GROUP_PREFIX = "connect";

    /** Requests in flight per connection; the coordinator client sends few, one at a time per kind. */
    private static final int MAX_IN_FLIGHT_REQUESTS = 100;

    static CoordinatorNetwork open(WorkerGroupConfig config, String clientId, Time time, LogContext logContext) {
        // Under kafka.connect in JMX, as Apache's group member reports them: connect-coordinator-metrics,
        // connect-metrics and connect-node-metrics, each with the member's client-id.
        Metrics metrics = new Metrics(new MetricConfig().tags(Map.of("client-id", clientId)),
                List.of(new JmxReporter()), time, new KafkaMetricsContext(ConnectMetrics.NAMESPACE));
        Metadata metadata = new Metadata(
                config.getLong(CommonClientConfigs.RETRY_BACKOFF_MS_CONFIG),
                config.getLong(CommonClientConfigs.RETRY_BACKOFF_MAX_MS_CONFIG),
                config.getLong(CommonClientConfigs.METADATA_MAX_AGE_CONFIG),
                logContext, new ClusterResourceListeners());
        try {
            metadata.bootstrap(ClientUtils.parseAndValidateAddresses(
                    config.getList(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG),
                    ClientDnsLookup.forConfig(config.getString(CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG))));
            NetworkClient network = ClientUtils.createNetworkClient(config, metrics, METRIC_GROUP_PREFIX, logContext,
                    new ApiVersions(), time, MAX_IN_FLIGHT_REQUESTS, metadata, null, null);
            ConsumerNetworkClient client = new ConsumerNetworkClient(logContext, network, metadata, time,
                    config.getLong(CommonClientConfigs.RETRY_BACKOFF_MS_CONFIG),
                    config.getInt(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG), Integer.MAX_VALUE);
            return new CoordinatorNetwork(metrics, metadata, client);
        } catch (RuntimeException e) {
            Utils.closeQuietly(metadata, "group client metadata");
            Utils.closeQuietly(metrics, "group client metrics");
            throw e;
        }
    }

    @Override
    public void close() {
        Utils.closeQuietly(client, "group network client");
        Utils.closeQuietly(metadata, "group client metadata");
        Utils.closeQuietly(metrics, "group client metrics");
    }
}
