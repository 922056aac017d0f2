/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.domain.TargetState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of the config topic, decoded. {@link ConfigRecordCodec} maps each kind to its key and JSON value.
 * Maps are copied and keep their iteration order, because that order is part of the bytes written.
 */
public sealed interface ConfigRecord {

    /**
     * {@code connector-NAME}: a connector's configuration, or its deletion.
     *
     * @param properties the configuration as submitted, or {@code null} for the tombstone that deletes it
     */
    record ConnectorConfig(String connector, Map<String, String> properties) implements ConfigRecord {
        public ConnectorConfig {
            properties = copy(properties);
        }
    }

    /**
     * {@code task-NAME-I}: one task's configuration; it takes effect only once a {@link TaskCommit} follows.
     *
     * @param properties the task configuration, or {@code null} for a tombstone (Apache never writes one)
     */
    record TaskConfig(ConnectorTaskId task, Map<String, String> properties) implements ConfigRecord {
        public TaskConfig {
            properties = copy(properties);
        }
    }

    /** {@code commit-NAME}: the preceding {@code tasks} task configs of the connector form its new task set. */
    record TaskCommit(String connector, int tasks) implements ConfigRecord {
    }

    /**
     * {@code target-state-NAME}: what the user asked the connector to do.
     *
     * @param state the target state, or {@code null} for the tombstone written when the connector is deleted
     */
    record TargetStateRecord(String connector, TargetState state) implements ConfigRecord {
    }

    /** {@code session-key}: the leader's current key for signing forwarded requests. */
    record SessionKeyRecord(SessionKey sessionKey) implements ConfigRecord {
    }

    /** {@code restart-connector-NAME}: a restart the leader is to carry out (KIP-745). */
    record RestartRequestRecord(String connector, boolean onlyFailed, boolean includeTasks) implements ConfigRecord {
    }

    /**
     * {@code tasks-fencing-NAME}: how many tasks of an exactly-once source connector the leader fenced out before
     * handing out its current task set (KIP-618).
     */
    record TaskCountRecord(String connector, int taskCount) implements ConfigRecord {
    }

    /**
     * {@code logger-cluster-NAMESPACE}: a log level every worker of the cluster applies ({@code PUT
     * /admin/loggers/NAMESPACE?scope=cluster}, KIP-976).
     */
    record LoggerLevelRecord(String namespace, String level) implements ConfigRecord {
    }

    private static Map<String, String> copy(Map<String, String> properties) {
        return properties == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
