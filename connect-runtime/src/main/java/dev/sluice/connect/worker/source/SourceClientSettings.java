/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.source;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.worker.ClientConfigOverrides;
import dev.sluice.connect.domain.ConnectorTaskId;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.health.ConnectorType;

/**
 * The Kafka client settings of a source task. The layering (worker connection, worker {@code producer.*} /
 * {@code admin.*}, connector {@code *.override.*}) and the producer's ordering defaults live in
 * {@link ClientConfigOverrides}; this class only adds what is specific to source tasks. Callers must have checked
 * the connector's overrides against the worker's policy already (the task factory does), so no policy applies here.
 */
public final class SourceClientSettings {

    // The policy was applied when the task was built; layering here must not refuse anything a second time.
    private static final AllConnectorClientConfigOverridePolicy ALREADY_CHECKED =
            new AllConnectorClientConfigOverridePolicy();

    private SourceClientSettings() {
    }

    /** The producer settings of a source task (defaults in {@link ClientConfigOverrides#producerConfigs}). */
    public static Map<String, Object> producer(WorkerConfig worker, ConnectorConfig connector, ConnectorTaskId id) {
        return producer(worker, connector.originalsStrings(), id);
    }

    /** The producer settings, from the connector's raw settings. */
    public static Map<String, Object> producer(WorkerConfig worker, Map<String, String> connector,
                                               ConnectorTaskId id) {
        return overrides(worker).producerConfigs(id, null, ConnectorType.SOURCE, connector);
    }

    /**
     * What makes a source task's producer transactional (exactly-once support): its {@code transactional.id}, formed
     * from the cluster's {@code group.id}, and idempotence. These win over any worker or connector setting.
     */
    public static Map<String, Object> transactional(String groupId, ConnectorTaskId id) {
        return Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                ExactlyOnceSettings.transactionalId(groupId, id.connector(), id.task()),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all");
    }

    /** The settings of the admin client that creates the task's topics. */
    public static Map<String, Object> admin(WorkerConfig worker, ConnectorConfig connector, ConnectorTaskId id) {
        return admin(worker, connector.originalsStrings(), id);
    }

    /** The admin settings, from the connector's raw settings. */
    public static Map<String, Object> admin(WorkerConfig worker, Map<String, String> connector, ConnectorTaskId id) {
        return overrides(worker).adminConfigs(id, null, ConnectorType.SOURCE, connector);
    }

    private static ClientConfigOverrides overrides(WorkerConfig worker) {
        return new ClientConfigOverrides(worker, ALREADY_CHECKED);
    }
}
