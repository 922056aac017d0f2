/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.storage.StatusStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distributed worker's status store: a typed view over the status topic, where every worker writes the states
 * of what it runs and reads everyone's. A status equal to the one already known is not written again, and a used
 * topic is recorded once per connector. Writes never block the reporting thread; the local view shows them at once.
 */
public final class KafkaStatusStore implements StatusStore {

    private static final Logger log = LoggerFactory.getLogger(KafkaStatusStore.class);

    private final StatusRecordCodec codec;
    private final TopicJournal journal;
    private final Map<String, ConnectorStatus> connectors = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<ConnectorTaskId, TaskStatus> tasks = new ConcurrentSkipListMap<>();
    private final Map<String, Map<String, StatusRecord.TopicUse>> topics = new ConcurrentHashMap<>();
    /**
     * Per record key, this worker's writes not yet read back from the topic. A write is applied at once, so while
     * one is pending, older records of that key read back must not replace it: a task that starts and fails within
     * a millisecond would otherwise read FAILED, then RUNNING again, then FAILED.
     */
    private final Map<String, Integer> unreadWrites = new HashMap<>();

    /** @param journals builds the journal of the status topic around this store's record callback */
    public KafkaStatusStore(String topic, Function<TopicJournal.RecordCallback, TopicJournal> journals) {
        this.codec = new StatusRecordCodec(topic);
        this.journal = journals.apply(this::onRecord);
    }

    /** A store over {@code topic} whose clients are built from the worker's settings. */
    public static KafkaStatusStore create(String topic, InternalClientConfigs clients) {
        return new KafkaStatusStore(topic, callback -> TopicJournal.create(topic, clients, "statuses", callback));
    }

    @Override
    public void start() {
        journal.start();
    }

    @Override
    public void stop() {
        journal.flush();
        journal.stop();
    }

    @Override
    public void flush() {
        journal.flush();
    }

    /**
     * Whether the worker {@code workerId} ({@code host:port}) left nothing running behind, as a worker that shut
     * down cleanly does: every status it last wrote reads UNASSIGNED (or it wrote none). Reads the topic to its
     * end first, so statuses written just before the worker left are seen.
     */
    public boolean leftNothingRunning(String workerId, Duration timeout) {
        try {
            journal.readToEnd().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("Could not read the status topic to its end: {}", e.toString());
            return false;
        }
        boolean connectorsIdle = connectors.values().stream().noneMatch(status -> claims(status.workerId(),
                status.state(), workerId));
        return connectorsIdle && tasks.values().stream().noneMatch(status -> claims(status.workerId(),
                status.state(), workerId));
    }

    private static boolean claims(String statusWorker, State state, String workerId) {
        return workerId.equals(statusWorker) && state != State.UNASSIGNED;
    }

    private void onRecord(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            return;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        if (newerWriteUnread(key)) {
            return;
        }
        codec.decode(key, record.value()).ifPresent(this::apply);
    }

    /** Counts one record of {@code key} read back; true while a later write of this worker is still unread. */
    private boolean newerWriteUnread(String key) {
        synchronized (unreadWrites) {
            Integer unread = unreadWrites.get(key);
            if (unread == null) {
                return false;
            }
            if (unread == 1) {
                unreadWrites.remove(key);
                return false;
            }
            unreadWrites.put(key, unread - 1);
            return true;
        }
    }

    private void writeUnread(String key, int change) {
        synchronized (unreadWrites) {
            int unread = unreadWrites.getOrDefault(key, 0) + change;
            if (unread > 0) {
                unreadWrites.put(key, unread);
            } else {
                unreadWrites.remove(key);
            }
        }
    }

    private void apply(StatusRecord record) {
        if (record instanceof StatusRecord.ConnectorState state) {
            if (state.status() == null) {
                connectors.remove(state.connector());
            } else {
                connectors.put(state.connector(), state.status());
            }
        } else if (record instanceof StatusRecord.TaskState state) {
            if (state.status() == null) {
                tasks.remove(state.task());
            } else {
                tasks.put(state.task(), state.status());
            }
        } else if (record instanceof StatusRecord.TopicState state) {
            if (state.use() == null) {
                Map<String, StatusRecord.TopicUse> used = topics.get(state.connector());
                if (used != null) {
                    used.remove(state.topic());
                }
            } else {
                topics.computeIfAbsent(state.connector(), name -> new ConcurrentHashMap<>())
                        .put(state.topic(), state.use());
            }
        }
    }

    private void write(StatusRecord record) {
        EncodedRecord encoded = codec.encode(record);
        writeUnread(encoded.key(), 1);
        apply(record);
        journal.append(encoded.keyBytes(), encoded.value()).whenComplete((metadata, error) -> {
            if (error != null) {
                // Never read back, so it must not hold back the records that are.
                writeUnread(encoded.key(), -1);
                log.warn("Could not write {} to the status topic {}: {}", encoded.key(), journal.topic(),
                        error.toString());
            }
        });
    }

    @Override
    public void put(ConnectorStatus status) {
        if (!Objects.equals(connectors.get(status.connector()), status)) {
            write(new StatusRecord.ConnectorState(status.connector(), status));
        }
    }

    @Override
    public void put(TaskStatus status) {
        if (!Objects.equals(tasks.get(status.id()), status)) {
            write(new StatusRecord.TaskState(status.id(), status));
        }
    }

    @Override
    public ConnectorStatus get(String connector) {
        return connectors.get(connector);
    }

    @Override
    public TaskStatus get(ConnectorTaskId id) {
        return tasks.get(id);
    }

    @Override
    public Collection<TaskStatus> tasks(String connector) {
        return List.copyOf(tasks.subMap(new ConnectorTaskId(connector, 0), true,
                new ConnectorTaskId(connector, Integer.MAX_VALUE), true).values());
    }

    @Override
    public void remove(String connector) {
        if (connectors.containsKey(connector)) {
            write(new StatusRecord.ConnectorState(connector, null));
        }
        for (TaskStatus task : tasks(connector)) {
            write(new StatusRecord.TaskState(task.id(), null));
        }
        resetTopics(connector);
    }

    @Override
    public void remove(ConnectorTaskId id) {
        if (tasks.containsKey(id)) {
            write(new StatusRecord.TaskState(id, null));
        }
    }

    @Override
    public void putTopicUsage(String connector, String topic, int task) {
        Map<String, StatusRecord.TopicUse> used = topics.get(connector);
        if (used == null || !used.containsKey(topic)) {
            write(new StatusRecord.TopicState(topic, connector,
                    new StatusRecord.TopicUse(task, System.currentTimeMillis())));
        }
    }

    @Override
    public Set<String> topics(String connector) {
        return new TreeSet<>(topics.getOrDefault(connector, Map.of()).keySet());
    }

    @Override
    public void resetTopics(String connector) {
        for (String topic : topics(connector)) {
            write(new StatusRecord.TopicState(topic, connector, null));
        }
    }
}
