/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.sink;

import dev.sluice.connect.config.SinkConnectorConfig;
import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.errors.DeadLetterQueueReporter;
import dev.sluice.connect.errors.ErrorHandlingSettings;
import dev.sluice.connect.errors.ErrorReporter;
import dev.sluice.connect.errors.ErrorStats;
import dev.sluice.connect.errors.LogReporter;
import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.errors.SinkErrantRecordReporter;
import dev.sluice.connect.metrics.ConnectorTaskMetrics;
import dev.sluice.connect.metrics.SinkTaskMetrics;
import dev.sluice.connect.metrics.TaskErrorMetrics;
import dev.sluice.connect.worker.ActiveTopicListener;
import dev.sluice.connect.worker.TaskStatusListener;
import dev.sluice.connect.worker.WorkerTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one sink task: consumes its topics in group {@code connect-<connector>}, converts and transforms each record,
 * hands batches to {@link SinkTask#put}, and commits what {@link SinkTask#preCommit} allows.
 *
 * <p>A {@link RetriableException} from {@code put} keeps the batch: every partition is paused, the next poll waits
 * for the task's {@code context.timeout(ms)} (or until the next commit), and the same batch is offered again. Any
 * other exception from {@code put} fails the task. While the task is paused the consumer keeps polling with every
 * partition paused, so the task keeps its partitions.
 */
public final class SinkTaskRunner extends WorkerTask {

    private static final Logger log = LoggerFactory.getLogger(SinkTaskRunner.class);

    private final SinkTaskPlugins plugins;
    private final SinkTask task;
    private final Map<String, String> taskConfig;
    private final Map<String, String> connectorProps;
    private final WorkerConfig workerConfig;
    private final long commitIntervalMs;
    private final SinkBatch batch = new SinkBatch();
    private final SinkTaskMetrics metrics;
    private final ConnectorTaskMetrics taskMetrics;
    private final ErrorStats errorStats = new ErrorStats();

    private volatile Consumer<byte[], byte[]> consumer;
    private volatile RetryAndTolerance<ConsumerRecord<byte[], byte[]>> policy;
    // Kept apart from the consumer, which only its own thread may touch, so any thread can ask for it.
    private volatile Set<TopicPartition> assigned = Set.of();
    private SinkRecordConverter converter;
    private RunnerSinkTaskContext context;
    private SinkOffsetCommitter committer;
    private boolean taskStarted;
    private boolean failed;
    // Set once the task has let go of its partitions, so the consumer's close does not revoke them again.
    private boolean partitionsReleased;
    private boolean pausedAll;
    private boolean redelivering;
    private long nextCommitAt;
    private final ActiveTopicListener topicListener;

    /**
     * @param taskConfig     the settings handed to the task's {@code start}
     * @param connectorProps the connector's settings ({@code topics}/{@code topics.regex}, {@code errors.*},
     *                       {@code consumer.override.*}, ...)
     * @param metrics        the worker's registry, where the task's {@code sink-task-metrics} go
     * @param topicListener  told of the topics the task reads from
     */
    public SinkTaskRunner(ConnectorTaskId id, SinkTaskPlugins plugins, Map<String, String> taskConfig,
                          Map<String, String> connectorProps, WorkerConfig workerConfig,
                          TaskStatusListener listener, TargetState initialState, ClassLoader pluginLoader,
                          Metrics metrics, ActiveTopicListener topicListener) {
        super(id, listener, initialState, pluginLoader);
        this.metrics = new SinkTaskMetrics(metrics, id, () -> assigned.size());
        this.taskMetrics = keepUntilRemoved(new ConnectorTaskMetrics(metrics, id, stateClock(),
                plugins.description()));
        keepUntilRemoved(new TaskErrorMetrics(metrics, id, errorStats));
        this.plugins = plugins;
        this.task = plugins.task();
        this.taskConfig = Map.copyOf(taskConfig);
        this.connectorProps = Map.copyOf(connectorProps);
        this.workerConfig = workerConfig;
        this.commitIntervalMs = workerConfig.offsetCommitInterval();
        this.topicListener = topicListener;
    }

    @Override
    protected void initializeAndStart() {
        ErrorHandlingSettings settings = ErrorHandlingSettings.from(connectorProps);
        List<ErrorReporter<ConsumerRecord<byte[], byte[]>>> reporters = new ArrayList<>();
        reporters.add(LogReporter.forSink(id.connector(), id.task(), settings, errorStats));
        if (settings.hasDeadLetterQueue()) {
            reporters.add(DeadLetterQueueReporter.create(settings, id.connector(), id.task(),
                    SinkClientConfigs.deadLetterQueueAdmin(id, workerConfig, connectorProps),
                    SinkClientConfigs.deadLetterQueueProducer(id, workerConfig, connectorProps), errorStats));
        }
        policy = new RetryAndTolerance<>(settings, errorStats, reporters);
        SinkErrantRecordReporter errantReporter = settings.hasDeadLetterQueue() || settings.logEnable()
                ? new SinkErrantRecordReporter(policy, batch::originalOf, task.getClass())
                : null;
        converter = new SinkRecordConverter(plugins.keyConverter(), plugins.valueConverter(),
                plugins.headerConverter(), plugins.transformations(), policy);
        consumer = new KafkaConsumer<>(SinkClientConfigs.consumer(id, workerConfig, connectorProps));
        committer = new SinkOffsetCommitter(id, task, consumer, errantReporter, policy,
                workerConfig.offsetCommitTimeout(), taskMetrics, metrics);
        context = new RunnerSinkTaskContext(this, taskConfig, errantReporter);
        task.initialize(context);
        task.start(taskConfig);
        taskStarted = true;
        log.info("{} Sink task finished initialization and start", this);
        subscribe();
        nextCommitAt = System.currentTimeMillis() + commitIntervalMs;
    }

    private void subscribe() {
        Rebalance listener = new Rebalance();
        if (SinkConnectorConfig.hasTopicsRegexConfig(connectorProps)) {
            Pattern pattern = Pattern.compile(connectorProps.get(SinkConnectorConfig.TOPICS_REGEX_CONFIG).trim());
            log.debug("{} Subscribing to topics matching {}", this, pattern);
            consumer.subscribe(pattern, listener);
        } else {
            List<String> topics = SinkConnectorConfig.parseTopicsList(connectorProps);
            log.debug("{} Subscribing to topics {}", this, topics);
            consumer.subscribe(topics, listener);
        }
    }

    @Override
    protected void execute() {
        try {
            while (!isStopping()) {
                iteration();
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    private void iteration() {
        long now = System.currentTimeMillis();
        if (pausedAll != isPaused()) {
            pausedAll = isPaused();
            applyPauses();
        }
        committer.expireStuckCommit(now);
        if (context.takeCommitRequest() || now >= nextCommitAt) {
            committer.commit(false, consumer.assignment());
            nextCommitAt = now + commitIntervalMs;
        }
        seekRequestedOffsets();

        long timeoutMs = Math.max(0L, nextCommitAt - now);
        long retryTimeoutMs = context.takeTimeout();
        if (retryTimeoutMs > 0) {
            timeoutMs = Math.min(timeoutMs, retryTimeoutMs);
        }
        ConsumerRecords<byte[], byte[]> polled;
        try {
            polled = consumer.poll(Duration.ofMillis(timeoutMs));
        } catch (WakeupException e) {
            // stop() or a pause/resume woke us; the next turn looks at why.
            return;
        }
        if (!polled.isEmpty()) {
            metrics.read(polled.count());
            for (ConsumerRecord<byte[], byte[]> record : polled) {
                batch.add(record, converter.convert(record));
            }
            Set<String> topics = new HashSet<>();
            for (TopicPartition partition : polled.partitions()) {
                List<ConsumerRecord<byte[], byte[]>> records = polled.records(partition);
                committer.read(partition, records.get(records.size() - 1).offset() + 1);
                if (topics.add(partition.topic())) {
                    topicListener.onTopicUsed(id, partition.topic());
                }
            }
            committer.recordActive();
        }
        if (!isPaused() && !isStopping()) {
            deliver();
        }
    }

    private void deliver() {
        List<SinkRecord> records = batch.recordsForPut();
        try {
            long started = System.currentTimeMillis();
            task.put(records);
            metrics.put(records.size(), System.currentTimeMillis() - started);
            if (!records.isEmpty()) {
                taskMetrics.batch(records.size());
            }
        } catch (RetriableException e) {
            log.error("{} RetriableException from SinkTask: ", this, e);
            if (!redelivering) {
                redelivering = true;
                applyPauses();
            }
            return;
        } catch (RuntimeException | Error e) {
            log.error("{} Task threw an uncaught and unrecoverable exception. Task is being killed and will not "
                    + "recover until manually restarted. Error: {}", this, e.getMessage(), e);
            throw new ConnectException("Exiting WorkerSinkTask due to unrecoverable exception.", e);
        }
        batch.markProcessed(committer.currentOffsets());
        batch.clear();
        if (redelivering) {
            redelivering = false;
            applyPauses();
        }
    }

    private void seekRequestedOffsets() {
        Map<TopicPartition, Long> requested = context.takeRequestedOffsets();
        if (requested.isEmpty()) {
            return;
        }
        Set<TopicPartition> assigned = consumer.assignment();
        List<TopicPartition> rewound = new ArrayList<>();
        requested.forEach((partition, offset) -> {
            if (assigned.contains(partition) && offset != null) {
                log.trace("{} Rewinding {} to offset {}", this, partition, offset);
                consumer.seek(partition, offset);
                committer.rewound(partition, offset);
                rewound.add(partition);
            }
        });
        batch.removePartitions(rewound);
    }

    /**
     * Makes the consumer's paused partitions match what is wanted: all of them while the task is paused or a batch
     * awaits redelivery, otherwise exactly those the task paused itself.
     */
    void applyPauses() {
        Consumer<byte[], byte[]> current = consumer;
        if (current == null) {
            return;
        }
        Set<TopicPartition> assigned = current.assignment();
        if (assigned.isEmpty()) {
            return;
        }
        List<TopicPartition> pause = new ArrayList<>();
        List<TopicPartition> resume = new ArrayList<>();
        boolean pauseEverything = pausedAll || redelivering;
        for (TopicPartition partition : assigned) {
            if (pauseEverything || context.isPausedByTask(partition)) {
                pause.add(partition);
            } else {
                resume.add(partition);
            }
        }
        current.pause(pause);
        current.resume(resume);
    }

    /** The partitions currently assigned to this task; safe to call from any thread. */
    Set<TopicPartition> assignment() {
        return assigned;
    }

    private void updateAssignment(Collection<TopicPartition> added, Collection<TopicPartition> removed) {
        Set<TopicPartition> next = new HashSet<>(assigned);
        next.addAll(added);
        next.removeAll(removed);
        assigned = Set.copyOf(next);
    }

    @Override
    public void transitionTo(TargetState state) {
        super.transitionTo(state);
        // Leave a long poll so that pausing or resuming the partitions happens now.
        Consumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    protected void onStopRequested() {
        RetryAndTolerance<ConsumerRecord<byte[], byte[]>> current = policy;
        if (current != null) {
            current.triggerStop();
        }
        Consumer<byte[], byte[]> currentConsumer = consumer;
        if (currentConsumer != null) {
            currentConsumer.wakeup();
        }
    }

    @Override
    protected void close() {
        if (consumer != null && taskStarted && !isCancelled()) {
            Set<TopicPartition> owned = new HashSet<>(consumer.assignment());
            if (!owned.isEmpty()) {
                if (!failed) {
                    committer.commitQuietly(owned);
                }
                closePartitions(owned);
                updateAssignment(List.of(), owned);
            }
        }
        partitionsReleased = true;
        if (taskStarted) {
            try {
                task.stop();
            } catch (RuntimeException e) {
                log.warn("{} Sink task threw while stopping", this, e);
            }
        }
        if (consumer != null) {
            try {
                consumer.close();
            } catch (RuntimeException e) {
                log.warn("{} Failed to close the consumer", this, e);
            }
        }
        plugins.transformations().close();
        closeQuietly(plugins.keyConverter());
        closeQuietly(plugins.valueConverter());
        closeQuietly(plugins.headerConverter());
        if (policy != null) {
            policy.close();
        }
        metrics.close();
    }

    private void closePartitions(Collection<TopicPartition> partitions) {
        try {
            task.close(partitions);
        } catch (RuntimeException e) {
            log.warn("{} Sink task threw while closing partitions {}", this, partitions, e);
        }
        committer.forget(partitions);
    }

    private void closeQuietly(AutoCloseable plugin) {
        try {
            plugin.close();
        } catch (Exception e) {
            log.warn("{} Failed to close {}", this, plugin.getClass().getName(), e);
        }
    }

    @Override
    public String toString() {
        return "WorkerSinkTask{id=" + id + "}";
    }

    /** The consumer's position; a wakeup meant for the poll loop must not abort opening a partition. */
    private long positionOf(TopicPartition partition) {
        try {
            return consumer.position(partition);
        } catch (WakeupException e) {
            return consumer.position(partition);
        }
    }

    /**
     * A rebalance callback may have swallowed a wakeup meant for the loop (in a blocking position or commit call);
     * if a stop or a pause/resume is pending, wake the loop again so it is not missed.
     */
    private void rearmWakeup() {
        if (isStopping() || pausedAll != isPaused()) {
            consumer.wakeup();
        }
    }

    /** Opens, commits and closes partitions as the group moves them; runs inside {@code poll} on our thread. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            log.debug("{} Partitions assigned {}", SinkTaskRunner.this, partitions);
            if (partitions.isEmpty()) {
                return;
            }
            try {
                for (TopicPartition partition : partitions) {
                    committer.assigned(partition, positionOf(partition));
                }
                updateAssignment(partitions, List.of());
                applyPauses();
                task.open(partitions);
            } finally {
                rearmWakeup();
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            log.debug("{} Partitions revoked {}", SinkTaskRunner.this, partitions);
            if (partitions.isEmpty() || partitionsReleased) {
                return;
            }
            // The task may still hold records of these partitions: commit what it says is safe before letting go.
            try {
                if (!failed) {
                    committer.commitQuietly(partitions);
                }
                closePartitions(partitions);
                batch.removePartitions(partitions);
                updateAssignment(List.of(), partitions);
            } finally {
                rearmWakeup();
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            log.debug("{} Partitions lost {}", SinkTaskRunner.this, partitions);
            if (partitions.isEmpty() || partitionsReleased) {
                return;
            }
            committer.abandon(partitions);
            closePartitions(partitions);
            batch.removePartitions(partitions);
            updateAssignment(List.of(), partitions);
        }
    }
}
