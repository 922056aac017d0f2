/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.RestartRequest;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.worker.preview.PreviewLimits;
import dev.sluice.connect.worker.preview.RecordPreview;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.config.ConfigDef;

/**
 * What the REST API (and the command line) can ask of a worker's herder.
 *
 * <p>A herder runs on one thread. Every state-touching operation is therefore asynchronous: it enqueues a request
 * and returns a future that the herder thread completes. Futures fail with
 * {@link org.apache.kafka.connect.errors.NotFoundException} for an unknown connector or task,
 * {@link org.apache.kafka.connect.errors.AlreadyExistsException} for a duplicate,
 * {@link BadRequestException} or {@link org.apache.kafka.common.config.ConfigException}
 * for bad input, and {@link org.apache.kafka.connect.errors.ConnectException} for anything else; REST turns these
 * into 404, 409, 400 and 500.
 */
public interface Herder {

    /** Names of all connectors, in no particular order. */
    CompletableFuture<Collection<String>> connectors();

    /** A connector's config, task ids and type. */
    CompletableFuture<ConnectorDescription> connectorInfo(String connName);

    /** A connector's config as submitted (including {@code name}). */
    CompletableFuture<Map<String, String>> connectorConfig(String connName);

    /**
     * Creates or replaces a connector's config after validating it.
     *
     * @param initialState the state a newly created connector starts in; null means STARTED. Ignored on update.
     * @param allowReplace false to fail with AlreadyExistsException when the connector exists
     */
    CompletableFuture<Created<ConnectorDescription>> putConnectorConfig(String connName, Map<String, String> config,
                                                                 TargetState initialState, boolean allowReplace);

    /** {@link #putConnectorConfig(String, Map, TargetState, boolean)} starting new connectors in STARTED. */
    default CompletableFuture<Created<ConnectorDescription>> putConnectorConfig(String connName, Map<String, String> config,
                                                                         boolean allowReplace) {
        return putConnectorConfig(connName, config, null, allowReplace);
    }

    /** Merges {@code patch} into an existing connector's config; a null value removes that key. */
    CompletableFuture<ConnectorDescription> patchConnectorConfig(String connName, Map<String, String> patch);

    /** Deletes a connector, stopping it and its tasks. */
    CompletableFuture<Void> deleteConnector(String connName);

    /** The current state of a connector and each of its tasks. */
    CompletableFuture<ConnectorReport> connectorStatus(String connName);

    /** The configs the connector generated for its tasks (empty while STOPPED). */
    CompletableFuture<List<TaskConfig>> taskConfigs(String connName);

    /**
     * Stores the task configs a connector generated on another worker (the internal {@code POST
     * /connectors/<name>/tasks}). Only the leader stores them; the request must carry a valid signature under the
     * current session key when the cluster uses the sessioned protocol.
     *
     * @throws BadRequestException (in the future) when the signature is missing or malformed
     * @throws NotLeaderException (in the future) on a follower
     */
    CompletableFuture<Void> putTaskConfigs(String connName, List<Map<String, String>> configs,
                                           RequestSignature signature);

    /**
     * The leader's part of zombie fencing for an exactly-once source connector (the internal {@code PUT
     * /connectors/<name>/fence}, KIP-618): fences out the transactional producers of its earlier task generation
     * and records that its current tasks may start. Signed like {@link #putTaskConfigs}.
     */
    CompletableFuture<Void> fenceZombies(String connName, RequestSignature signature);

    /** The current state of one task. */
    CompletableFuture<TaskStatus> taskStatus(ConnectorTaskId id);

    /** Pauses the connector and its tasks. */
    CompletableFuture<Void> pauseConnector(String connName);

    /** Resumes a paused or stopped connector. */
    CompletableFuture<Void> resumeConnector(String connName);

    /** Stops the connector and shuts down its tasks, which makes its offsets editable. */
    CompletableFuture<Void> stopConnector(String connName);

    /**
     * Restarts a connector and, as the request says, its tasks.
     *
     * @return the connector's status with the instances being restarted marked RESTARTING, or empty when the
     *         herder knows the connector but has no status for it yet
     */
    CompletableFuture<Optional<ConnectorReport>> restartConnector(RestartRequest request);

    /** Restarts one task. */
    CompletableFuture<Void> restartTask(ConnectorTaskId id);

    /** Validates a connector config against the connector's own definition and the worker's. */
    CompletableFuture<ConfigValidation> validateConnectorConfig(Map<String, String> config);

    /**
     * Runs connector {@code connName}'s source task, or reads a sample of its sink topics, through its
     * transformations and converters, and reports the records as they would be written or delivered; nothing is
     * written and no offset committed. A source task starts from the connector's committed offsets.
     */
    CompletableFuture<RecordPreview> previewConnector(String connName, PreviewLimits limits);

    /** The same for a connector config that need not be created; a source task starts from no offsets. */
    CompletableFuture<RecordPreview> previewConfig(Map<String, String> config, PreviewLimits limits);

    /** The topics the connector's tasks have used since the last reset. */
    CompletableFuture<Set<String>> connectorActiveTopics(String connName);

    /** Forgets the connector's active topics. */
    CompletableFuture<Void> resetConnectorActiveTopics(String connName);

    /** The connector's committed offsets. */
    CompletableFuture<List<PartitionOffset>> connectorOffsets(String connName);

    /**
     * Writes the given offsets for a STOPPED connector (a null offset removes a partition).
     * Fails with BadRequestException unless the connector is STOPPED.
     */
    CompletableFuture<String> alterConnectorOffsets(String connName, List<PartitionOffset> offsets);

    /** Removes all of a STOPPED connector's offsets; fails with BadRequestException unless it is STOPPED. */
    CompletableFuture<String> resetConnectorOffsets(String connName);

    /**
     * Sets a logger level on every worker of the cluster ({@code PUT /admin/loggers/NAMESPACE?scope=cluster}):
     * stored in the config store, from which each worker applies it. Any worker may write it; no leader needed.
     */
    CompletableFuture<Void> setClusterLoggerLevel(String namespace, String level);

    /** Installed plugins: connectors only, or every plugin type REST lists. Answered without the herder thread. */
    List<PluginDesc> plugins(boolean connectorsOnly);

    /**
     * The config definition of a plugin named by class or alias, connectors including the worker's common
     * connector keys. Fails with NotFoundException for an unknown plugin. Answered without the herder thread.
     */
    List<ConfigDef.ConfigKey> pluginConfig(String pluginName, String version);

    /** The id of the Kafka cluster this worker uses, or null while it is not known yet. */
    String kafkaClusterId();

    /** Whether the herder has finished starting up (read state and joined its cluster). */
    boolean ready();

    /** Completes once the herder thread has served a no-op request; a future that never completes means stuck. */
    CompletableFuture<Void> healthCheck();
}
