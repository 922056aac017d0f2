/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.DistributedConfig;
import dev.sluice.connect.config.SinkConnectorConfig;
import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.errors.ErrorHandlingSettings;
import dev.sluice.connect.errors.ErrorStats;
import dev.sluice.connect.errors.LogReporter;
import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.metrics.ConnectMetrics;
import dev.sluice.connect.storage.ConnectorOffsetReader;
import dev.sluice.connect.storage.OffsetKeyCodec;
import dev.sluice.connect.storage.OffsetStoreLease;
import dev.sluice.connect.storage.SourceOffsetStores;
import dev.sluice.connect.storage.SourceOffsetWriter;
import dev.sluice.connect.worker.sink.SinkTaskPlugins;
import dev.sluice.connect.worker.sink.SinkTaskRunner;
import dev.sluice.connect.worker.source.ExactlyOnceSettings;
import dev.sluice.connect.worker.source.SourceClientSettings;
import dev.sluice.connect.worker.source.SourceTaskParts;
import dev.sluice.connect.worker.source.SourceTaskRunner;
import dev.sluice.connect.worker.source.TopicCreator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigRequest.ClientType;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.health.ConnectorType;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * Wires a task to Kafka: loads the task class through its connector's plugin, builds the converters, the
 * transformation chain, the error handling and the clients, and returns the matching runner. The connector's client
 * overrides are checked against the worker's policy once here; the runners' client settings then only layer.
 * Whatever was built before a failure is closed again, so a task that cannot start leaks no clients. On a
 * distributed worker with {@code exactly.once.source.support=enabled}, source tasks get a transactional producer.
 */
public final class WorkerTaskFactory implements TaskFactory {

    private final WorkerConfig workerConfig;
    private final Plugins plugins;
    private final ClientConfigOverrides clientConfigs;
    private final ConverterFactory converters;
    private final SourceOffsetStores offsetStores;
    private final ActiveTopicListener topicListener;
    private final OffsetKeyCodec codec = new OffsetKeyCodec();
    private final String exactlyOnceGroup;
    private final ConnectMetrics metrics;

    /**
     * @param offsetStores  where source tasks read and commit offsets
     * @param topicListener told which topics source tasks write to; ignored when the worker's
     *                      {@code topic.tracking.enable} is false
     * @param metrics       the worker's registry, where each task's metrics go
     */
    public WorkerTaskFactory(WorkerConfig workerConfig, Plugins plugins, ConnectorClientConfigOverridePolicy policy,
                             SourceOffsetStores offsetStores, ActiveTopicListener topicListener,
                             ConnectMetrics metrics) {
        this.metrics = metrics;
        this.workerConfig = workerConfig;
        this.plugins = plugins;
        this.clientConfigs = new ClientConfigOverrides(workerConfig, policy);
        this.converters = new ConverterFactory(plugins, workerConfig);
        this.offsetStores = offsetStores;
        this.exactlyOnceGroup = DistributedConfig.exactlyOnceSourceGroup(workerConfig);
        this.topicListener = topicListener == null || !workerConfig.topicTrackingEnable()
                ? ActiveTopicListener.NONE : topicListener;
    }

    @Override
    public WorkerTask create(ConnectorTaskId id, Map<String, String> connectorConfig, Map<String, String> taskConfig,
                             TargetState initialState, TaskStatusListener listener) {
        // The worker resolved config-provider placeholders already; nothing is resolved again here.
        PluginDesc connector = connectorPlugin(connectorConfig);
        Class<?> taskClass = taskClass(connector, taskConfig);
        if (connector.type() == PluginType.SOURCE && SourceTask.class.isAssignableFrom(taskClass)) {
            return sourceRunner(id, connector, taskClass.asSubclass(SourceTask.class), connectorConfig, taskConfig,
                    initialState, listener);
        }
        if (connector.type() == PluginType.SINK && SinkTask.class.isAssignableFrom(taskClass)) {
            return sinkRunner(id, connector, taskClass.asSubclass(SinkTask.class), connectorConfig, taskConfig,
                    initialState, listener);
        }
        throw new ConnectException("Task class " + taskClass.getName() + " of connector " + id.connector()
                + " is not a " + (connector.type() == PluginType.SOURCE ? SourceTask.class : SinkTask.class).getName());
    }

    private WorkerTask sourceRunner(ConnectorTaskId id, PluginDesc connector, Class<? extends SourceTask> taskClass,
                                    Map<String, String> connectorConfig, Map<String, String> taskConfig,
                                    TargetState initialState, TaskStatusListener listener) {
        SourceConnectorConfig config = new SourceConnectorConfig(plugins, connectorConfig,
                workerConfig.topicCreationEnable());
        checkOverrides(id, connector, ConnectorType.SOURCE, connectorConfig, ClientType.PRODUCER, ClientType.ADMIN);
        Built built = new Built();
        try {
            SourceTask task = newTask(connector, taskClass);
            Converter keys = built.add(converters.keyConverter(connectorConfig));
            Converter values = built.add(converters.valueConverter(connectorConfig));
            HeaderConverter headers = built.add(converters.headerConverter(connectorConfig));
            TransformationChain<SourceRecord> chain = built.add(TransformationChain.fromConfig(config, plugins));
            ErrorHandlingSettings errors = ErrorHandlingSettings.from(connectorConfig);
            ErrorStats stats = new ErrorStats();
            RetryAndTolerance<SourceRecord> retry = built.add(new RetryAndTolerance<>(errors, stats,
                    List.of(LogReporter.forSource(id.connector(), id.task(), errors, stats))));
            Map<String, Object> producerSettings = SourceClientSettings.producer(workerConfig, connectorConfig, id);
            if (exactlyOnceGroup != null) {
                producerSettings.putAll(SourceClientSettings.transactional(exactlyOnceGroup, id));
            }
            KafkaProducer<byte[], byte[]> producer = built.add(new KafkaProducer<>(producerSettings));
            TopicCreator topicCreator = config.usesTopicCreation()
                    ? built.add(TopicCreator.forConnector(config,
                            Admin.create(SourceClientSettings.admin(workerConfig, connectorConfig, id))))
                    : null;
            // The reader holds the lease on the offset store and gives it back when the task closes it.
            OffsetStoreLease offsets = offsetStores.lease(id.connector(), connectorConfig);
            ConnectorOffsetReader offsetReader = built.add(new ConnectorOffsetReader(offsets, id.connector(), codec));
            ExactlyOnceSettings exactlyOnce = exactlyOnceGroup == null ? null
                    : exactlyOnceSettings(id, config, offsets.store().kafkaTopic());
            SourceTaskParts parts = new SourceTaskParts(task, taskConfig, keys, values, headers, chain, retry,
                    producer, topicCreator, offsetReader,
                    exactlyOnce == null ? new SourceOffsetWriter(offsets.store(), id.connector(), codec) : null,
                    topicListener, null, workerConfig.offsetCommitInterval(), workerConfig.offsetCommitTimeout(),
                    exactlyOnce, metrics.registry(), TaskDescriptions.describe(connector, task, keys, values, headers));
            return new SourceTaskRunner(id, parts, listener, initialState, connector.loader());
        } catch (RuntimeException | LinkageError e) {
            built.closeAll(e);
            throw e;
        }
    }

    private ExactlyOnceSettings exactlyOnceSettings(ConnectorTaskId id, SourceConnectorConfig config,
                                                    String offsetsTopic) {
        if (offsetsTopic == null) {
            throw new ConnectException("Task " + id + " cannot run with exactly-once support: its offsets are not"
                    + " kept in a Kafka topic");
        }
        Long interval = config.transactionBoundaryInterval();
        return new ExactlyOnceSettings(offsetsTopic, config.transactionBoundary(),
                interval == null ? workerConfig.offsetCommitInterval() : interval);
    }

    private WorkerTask sinkRunner(ConnectorTaskId id, PluginDesc connector, Class<? extends SinkTask> taskClass,
                                  Map<String, String> connectorConfig, Map<String, String> taskConfig,
                                  TargetState initialState, TaskStatusListener listener) {
        SinkConnectorConfig config = new SinkConnectorConfig(plugins, connectorConfig);
        List<ClientType> clients = new ArrayList<>(List.of(ClientType.CONSUMER, ClientType.ADMIN));
        if (ErrorHandlingSettings.from(connectorConfig).hasDeadLetterQueue()) {
            clients.add(ClientType.PRODUCER);
        }
        checkOverrides(id, connector, ConnectorType.SINK, connectorConfig, clients.toArray(new ClientType[0]));
        Built built = new Built();
        try {
            SinkTask task = newTask(connector, taskClass);
            Converter keys = built.add(converters.keyConverter(connectorConfig));
            Converter values = built.add(converters.valueConverter(connectorConfig));
            HeaderConverter headers = built.add(converters.headerConverter(connectorConfig));
            TransformationChain<SinkRecord> chain = built.add(TransformationChain.fromConfig(config, plugins));
            // The sink runner builds its consumer, error handling and dead letter queue itself when it starts.
            return new SinkTaskRunner(id, new SinkTaskPlugins(task, keys, values, headers, chain,
                    TaskDescriptions.describe(connector, task, keys, values, headers)), taskConfig,
                    connectorConfig, workerConfig, listener, initialState, connector.loader(), metrics.registry(),
                    topicListener);
        } catch (RuntimeException | LinkageError e) {
            built.closeAll(e);
            throw e;
        }
    }

    private PluginDesc connectorPlugin(Map<String, String> connectorConfig) {
        String className = connectorConfig.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG);
        if (className == null || className.isBlank()) {
            throw new ConnectException("Connector config has no " + ConnectorConfig.CONNECTOR_CLASS_CONFIG);
        }
        String version = connectorConfig.get(ConnectorConfig.CONNECTOR_VERSION);
        try {
            return plugins.find(className.trim(), PluginType.SOURCE, version);
        } catch (ConnectException notSource) {
            return plugins.find(className.trim(), PluginType.SINK, version);
        }
    }

    /** The task class, loaded by the connector's own loader so that it comes from the same plugin. */
    private static Class<?> taskClass(PluginDesc connector, Map<String, String> taskConfig) {
        String name = taskConfig.get(Worker.TASK_CLASS_CONFIG);
        if (name == null || name.isBlank()) {
            throw new ConnectException("Task config has no " + Worker.TASK_CLASS_CONFIG);
        }
        try {
            return Class.forName(name.trim(), false, connector.loader());
        } catch (ClassNotFoundException e) {
            throw new ConnectException("Task class " + name + " not found for connector " + connector.className(), e);
        }
    }

    private static <T extends Task> T newTask(PluginDesc connector, Class<T> taskClass) {
        try (LoaderSwap swap = new LoaderSwap(connector.loader())) {
            return taskClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ConnectException("Failed to instantiate task " + taskClass.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void checkOverrides(ConnectorTaskId id, PluginDesc connector, ConnectorType type,
                                Map<String, String> connectorConfig, ClientType... clients) {
        Class<? extends Connector> connectorClass = (Class<? extends Connector>) connector.pluginClass();
        List<String> errors = new ArrayList<>();
        for (ClientType client : clients) {
            for (ConfigValue value : clientConfigs.validate(id.connector(), connectorClass, type, connectorConfig,
                    client)) {
                errors.addAll(value.errorMessages());
            }
        }
        if (!errors.isEmpty()) {
            throw new ConnectException("Client config overrides of connector " + id.connector()
                    + " are not allowed: " + String.join(" ", errors));
        }
    }

    /** What a task was given so far, closed in reverse when building fails half way. */
    private static final class Built {
        private final List<AutoCloseable> parts = new ArrayList<>();

        <T extends AutoCloseable> T add(T part) {
            if (part != null) {
                parts.add(part);
            }
            return part;
        }

        void closeAll(Throwable cause) {
            for (int i = parts.size() - 1; i >= 0; i--) {
                try {
                    parts.get(i).close();
                } catch (Exception | LinkageError e) {
                    cause.addSuppressed(e);
                }
            }
        }
    }
}
