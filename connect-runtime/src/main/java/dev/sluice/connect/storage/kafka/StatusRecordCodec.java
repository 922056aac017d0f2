/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.State;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.storage.kafka.StatusRecord.ConnectorState;
import dev.sluice.connect.storage.kafka.StatusRecord.TaskState;
import dev.sluice.connect.storage.kafka.StatusRecord.TopicState;
import dev.sluice.connect.storage.kafka.StatusRecord.TopicUse;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys and values of the status topic, byte for byte as Apache Kafka Connect 4.3.1 writes them: statuses are
 * {@code {"state","trace","worker_id","generation","version"}} in that order, topic use is
 * {@code {"topic":{"name","connector","task","discoverTimestamp"}}}.
 *
 * <p>Decoding never throws: an unknown key or an unreadable value is logged once and skipped. Statuses written
 * before plugin versions were recorded (no {@code "version"}) read with a {@code null} version.
 *
 * <p>Thread-safe.
 */
public final class StatusRecordCodec {

    private static final Logger log = LoggerFactory.getLogger(StatusRecordCodec.class);

    public static final String CONNECTOR_PREFIX = "status-connector-";
    public static final String TASK_PREFIX = "status-task-";
    public static final String TOPIC_PREFIX = "status-topic-";
    /** Separates the topic from the connector in a topic-use key; topic names cannot contain ':'. */
    public static final String TOPIC_CONNECTOR_SEPARATOR = ":connector-";

    private static final Schema STATUS = SchemaBuilder.struct()
            .field("state", Schema.STRING_SCHEMA)
            .field("trace", Schema.OPTIONAL_STRING_SCHEMA)
            .field("worker_id", Schema.STRING_SCHEMA)
            .field("generation", Schema.INT32_SCHEMA)
            .field("version", Schema.OPTIONAL_STRING_SCHEMA)
            .build();
    private static final Schema TOPIC_USE = SchemaBuilder.struct()
            .field("name", Schema.STRING_SCHEMA)
            .field("connector", Schema.STRING_SCHEMA)
            .field("task", Schema.INT32_SCHEMA)
            .field("discoverTimestamp", Schema.INT64_SCHEMA)
            .build();
    private static final Schema TOPIC = SchemaBuilder.struct().field("topic", TOPIC_USE).build();

    private final InternalJson json = new InternalJson();
    private final String topic;

    /** Creates a codec for the given status topic (the name only appears in log lines). */
    public StatusRecordCodec(String topic) {
        this.topic = topic;
    }

    /** The key and value Apache writes for {@code record}; tombstones have a {@code null} value. */
    public EncodedRecord encode(StatusRecord record) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (record instanceof ConnectorState c) {
            ConnectorStatus s = c.status();
            return new EncodedRecord(CONNECTOR_PREFIX + c.connector(),
                    s == null ? null : status(s.state(), s.trace(), s.workerId(), s.generation(), s.version()));
        }
        if (record instanceof TaskState t) {
            TaskStatus s = t.status();
            return new EncodedRecord(TASK_PREFIX + t.task().connector() + "-" + t.task().task(),
                    s == null ? null : status(s.state(), s.trace(), s.workerId(), s.generation(), s.version()));
        }
        TopicState t = (TopicState) record;
        String key = TOPIC_PREFIX + t.topic() + TOPIC_CONNECTOR_SEPARATOR + t.connector();
        if (t.use() == null) {
            return new EncodedRecord(key, null);
        }
        Struct use = new Struct(TOPIC_USE)
                .put("name", t.topic())
                .put("connector", t.connector())
                .put("task", t.use().task())
                .put("discoverTimestamp", t.use().discoverTimestamp());
        return new EncodedRecord(key, json.write(topic, new Struct(TOPIC).put("topic", use)));
    }

    /**
     * Reads one record of the status topic.
     *
     * @param value the record's value, {@code null} for a tombstone
     * @return the record, or empty (after one warning) when the key is unknown or the value unreadable
     */
    public Optional<StatusRecord> decode(String key, byte[] value) {
        if (key == null) {
            log.warn("Skipping a record without a key in status topic {}", topic);
            return Optional.empty();
        }
        try {
            return Optional.of(decodeOrThrow(key, value));
        } catch (RuntimeException e) {
            log.warn("Skipping record {} of status topic {}: {}", key, topic, e.getMessage());
            return Optional.empty();
        }
    }

    private StatusRecord decodeOrThrow(String key, byte[] value) {
        if (key.startsWith(CONNECTOR_PREFIX)) {
            String connector = key.substring(CONNECTOR_PREFIX.length());
            if (value == null) {
                return new ConnectorState(connector, null);
            }
            Map<?, ?> s = json.readObject(value);
            return new ConnectorState(connector, new ConnectorStatus(connector, state(s), trace(s), workerId(s),
                    generation(s), version(s)));
        }
        if (key.startsWith(TASK_PREFIX)) {
            ConnectorTaskId id = ConfigRecordCodec.taskId(key.substring(TASK_PREFIX.length()));
            if (value == null) {
                return new TaskState(id, null);
            }
            Map<?, ?> s = json.readObject(value);
            return new TaskState(id, new TaskStatus(id, state(s), trace(s), workerId(s), generation(s), version(s)));
        }
        if (key.startsWith(TOPIC_PREFIX)) {
            String rest = key.substring(TOPIC_PREFIX.length());
            int separator = rest.indexOf(TOPIC_CONNECTOR_SEPARATOR);
            if (separator <= 0) {
                throw new DataException("no connector in the key");
            }
            String usedTopic = rest.substring(0, separator);
            String connector = rest.substring(separator + TOPIC_CONNECTOR_SEPARATOR.length());
            if (value == null) {
                return new TopicState(usedTopic, connector, null);
            }
            Map<?, ?> use = InternalJson.field(json.readObject(value), "topic", Map.class);
            return new TopicState(usedTopic, connector, new TopicUse(ConfigRecordCodec.intField(use, "task"),
                    InternalJson.field(use, "discoverTimestamp", Number.class).longValue()));
        }
        throw new DataException("unknown kind of record");
    }

    private byte[] status(State state, String trace, String workerId, int generation, String version) {
        return json.write(topic, new Struct(STATUS)
                .put("state", state.name())
                .put("trace", trace)
                .put("worker_id", workerId)
                .put("generation", generation)
                .put("version", version));
    }

    private static State state(Map<?, ?> status) {
        String name = InternalJson.field(status, "state", String.class);
        try {
            return State.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new DataException("unknown state " + name);
        }
    }

    private static String trace(Map<?, ?> status) {
        return InternalJson.optionalField(status, "trace", String.class);
    }

    private static String workerId(Map<?, ?> status) {
        return InternalJson.field(status, "worker_id", String.class);
    }

    private static int generation(Map<?, ?> status) {
        return ConfigRecordCodec.intField(status, "generation");
    }

    private static String version(Map<?, ?> status) {
        return InternalJson.optionalField(status, "version", String.class);
    }
}
