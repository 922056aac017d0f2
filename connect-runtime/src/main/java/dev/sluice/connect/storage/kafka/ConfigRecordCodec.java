/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import dev.sluice.connect.domain.ConnectorTaskId;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.domain.TargetState;
import dev.sluice.connect.storage.kafka.ConfigRecord.ConnectorConfig;
import dev.sluice.connect.storage.kafka.ConfigRecord.LoggerLevelRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.RestartRequestRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.SessionKeyRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.TargetStateRecord;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskCommit;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskConfig;
import dev.sluice.connect.storage.kafka.ConfigRecord.TaskCountRecord;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys and values of the config topic, byte for byte as Apache Kafka Connect 4.3.1 writes them (see
 * {@code docs/compat-contract.md}). Values are JSON objects whose field order is fixed by the schemas below.
 *
 * <p>Decoding never throws: a record with an unknown key or a value that does not parse is logged once and skipped,
 * because the journal thread that decodes it must keep going (Apache's worker skips such records too). Older forms
 * are accepted: a target state without {@code state.v2} is read from {@code state}.
 *
 * <p>Thread-safe.
 */
public final class ConfigRecordCodec {

    private static final Logger log = LoggerFactory.getLogger(ConfigRecordCodec.class);

    public static final String CONNECTOR_PREFIX = "connector-";
    public static final String TASK_PREFIX = "task-";
    public static final String COMMIT_PREFIX = "commit-";
    public static final String TARGET_STATE_PREFIX = "target-state-";
    public static final String SESSION_KEY = "session-key";
    public static final String RESTART_PREFIX = "restart-connector-";
    public static final String TASK_COUNT_PREFIX = "tasks-fencing-";
    public static final String LOGGER_PREFIX = "logger-cluster-";

    private static final Schema PROPERTIES = SchemaBuilder.struct()
            .field("properties", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_STRING_SCHEMA).build())
            .build();
    private static final Schema COMMIT = SchemaBuilder.struct().field("tasks", Schema.INT32_SCHEMA).build();
    // "state" is what workers before KIP-875 read, so STOPPED appears there as PAUSED; "state.v2" is the truth.
    private static final Schema TARGET_STATE = SchemaBuilder.struct()
            .field("state", Schema.STRING_SCHEMA)
            .field("state.v2", Schema.OPTIONAL_STRING_SCHEMA)
            .build();
    private static final Schema SESSION = SchemaBuilder.struct()
            .field("key", Schema.STRING_SCHEMA)
            .field("algorithm", Schema.STRING_SCHEMA)
            .field("creation-timestamp", Schema.INT64_SCHEMA)
            .build();
    private static final Schema RESTART = SchemaBuilder.struct()
            .field("include-tasks", Schema.BOOLEAN_SCHEMA)
            .field("only-failed", Schema.BOOLEAN_SCHEMA)
            .build();
    private static final Schema LOGGER_LEVEL = SchemaBuilder.struct().field("level", Schema.STRING_SCHEMA).build();
    private static final Schema TASK_COUNT = SchemaBuilder.struct().field("task-count", Schema.INT32_SCHEMA).build();

    private final InternalJson json = new InternalJson();
    private final String topic;

    /** Creates a codec for the given config topic (the name only appears in log lines). */
    public ConfigRecordCodec(String topic) {
        this.topic = topic;
    }

    /** The key and value Apache writes for {@code record}; tombstones have a {@code null} value. */
    public EncodedRecord encode(ConfigRecord record) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (record instanceof ConnectorConfig c) {
            return new EncodedRecord(CONNECTOR_PREFIX + c.connector(), properties(c.properties()));
        }
        if (record instanceof TaskConfig t) {
            return new EncodedRecord(TASK_PREFIX + t.task().connector() + "-" + t.task().task(),
                    properties(t.properties()));
        }
        if (record instanceof TaskCommit c) {
            return new EncodedRecord(COMMIT_PREFIX + c.connector(), write(new Struct(COMMIT).put("tasks", c.tasks())));
        }
        if (record instanceof TargetStateRecord s) {
            return new EncodedRecord(TARGET_STATE_PREFIX + s.connector(), targetState(s.state()));
        }
        if (record instanceof SessionKeyRecord s) {
            return new EncodedRecord(SESSION_KEY, write(new Struct(SESSION)
                    .put("key", Base64.getEncoder().encodeToString(s.sessionKey().key().getEncoded()))
                    .put("algorithm", s.sessionKey().key().getAlgorithm())
                    .put("creation-timestamp", s.sessionKey().creationTimestamp())));
        }
        if (record instanceof RestartRequestRecord r) {
            return new EncodedRecord(RESTART_PREFIX + r.connector(), write(new Struct(RESTART)
                    .put("include-tasks", r.includeTasks())
                    .put("only-failed", r.onlyFailed())));
        }
        if (record instanceof LoggerLevelRecord l) {
            return new EncodedRecord(LOGGER_PREFIX + l.namespace(),
                    write(new Struct(LOGGER_LEVEL).put("level", l.level())));
        }
        TaskCountRecord c = (TaskCountRecord) record;
        return new EncodedRecord(TASK_COUNT_PREFIX + c.connector(),
                write(new Struct(TASK_COUNT).put("task-count", c.taskCount())));
    }

    /**
     * Reads one record of the config topic.
     *
     * @param value the record's value, {@code null} for a tombstone
     * @return the record, or empty (after one warning) when the key is unknown or the value unreadable
     */
    public Optional<ConfigRecord> decode(String key, byte[] value) {
        if (key == null) {
            log.warn("Skipping a record without a key in config topic {}", topic);
            return Optional.empty();
        }
        try {
            return Optional.of(decodeOrThrow(key, value));
        } catch (RuntimeException e) {
            log.warn("Skipping record {} of config topic {}: {}", key, topic, e.getMessage());
            return Optional.empty();
        }
    }

    private ConfigRecord decodeOrThrow(String key, byte[] value) {
        if (key.startsWith(CONNECTOR_PREFIX)) {
            return new ConnectorConfig(suffix(key, CONNECTOR_PREFIX), value == null ? null : readProperties(value));
        }
        if (key.startsWith(TASK_PREFIX)) {
            return new TaskConfig(taskId(suffix(key, TASK_PREFIX)), value == null ? null : readProperties(value));
        }
        if (key.startsWith(COMMIT_PREFIX)) {
            Map<?, ?> object = read(requireValue(value));
            return new TaskCommit(suffix(key, COMMIT_PREFIX), intField(object, "tasks"));
        }
        if (key.startsWith(TARGET_STATE_PREFIX)) {
            return new TargetStateRecord(suffix(key, TARGET_STATE_PREFIX),
                    value == null ? null : readTargetState(read(value)));
        }
        if (key.equals(SESSION_KEY)) {
            return new SessionKeyRecord(readSessionKey(read(requireValue(value))));
        }
        if (key.startsWith(RESTART_PREFIX)) {
            Map<?, ?> object = read(requireValue(value));
            return new RestartRequestRecord(suffix(key, RESTART_PREFIX),
                    booleanField(object, "only-failed"), booleanField(object, "include-tasks"));
        }
        if (key.startsWith(TASK_COUNT_PREFIX)) {
            Map<?, ?> object = read(requireValue(value));
            return new TaskCountRecord(suffix(key, TASK_COUNT_PREFIX), intField(object, "task-count"));
        }
        if (key.startsWith(LOGGER_PREFIX)) {
            return new LoggerLevelRecord(suffix(key, LOGGER_PREFIX),
                    InternalJson.field(read(requireValue(value)), "level", String.class));
        }
        throw new DataException("unknown kind of record");
    }

    private byte[] properties(Map<String, String> properties) {
        if (properties == null) {
            return null;
        }
        return write(new Struct(PROPERTIES).put("properties", properties));
    }

    private byte[] targetState(TargetState state) {
        if (state == null) {
            return null;
        }
        String legacy = state == TargetState.STOPPED ? TargetState.PAUSED.name() : state.name();
        return write(new Struct(TARGET_STATE).put("state", legacy).put("state.v2", state.name()));
    }

    private byte[] write(Struct struct) {
        return json.write(topic, struct);
    }

    private Map<?, ?> read(byte[] value) {
        return json.readObject(value);
    }

    private Map<String, String> readProperties(byte[] value) {
        Map<?, ?> properties = InternalJson.field(read(value), "properties", Map.class);
        Map<String, String> result = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (v != null && !(v instanceof String)) {
                throw new DataException("property " + k + " is not a string: " + v);
            }
            result.put(String.valueOf(k), (String) v);
        });
        return result;
    }

    private static TargetState readTargetState(Map<?, ?> object) {
        String v2 = InternalJson.optionalField(object, "state.v2", String.class);
        String state = v2 != null ? v2 : InternalJson.field(object, "state", String.class);
        try {
            return TargetState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new DataException("unknown target state " + state);
        }
    }

    private static SessionKey readSessionKey(Map<?, ?> object) {
        byte[] key = Base64.getDecoder().decode(InternalJson.field(object, "key", String.class));
        String algorithm = InternalJson.field(object, "algorithm", String.class);
        long created = InternalJson.field(object, "creation-timestamp", Number.class).longValue();
        return new SessionKey(new SecretKeySpec(key, algorithm), created);
    }

    /** Parses {@code NAME-I} from a task key. */
    static ConnectorTaskId taskId(String connectorAndTask) {
        // Connector names may contain '-', task numbers never do: the number follows the last one.
        int dash = connectorAndTask.lastIndexOf('-');
        if (dash <= 0) {
            throw new DataException("no task number in the key");
        }
        try {
            return new ConnectorTaskId(connectorAndTask.substring(0, dash),
                    Integer.parseInt(connectorAndTask.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new DataException("no task number in the key");
        }
    }

    private static String suffix(String key, String prefix) {
        return key.substring(prefix.length());
    }

    private static byte[] requireValue(byte[] value) {
        if (value == null) {
            throw new DataException("unexpected tombstone");
        }
        return value;
    }

    static int intField(Map<?, ?> object, String name) {
        return InternalJson.field(object, name, Number.class).intValue();
    }

    private static boolean booleanField(Map<?, ?> object, String name) {
        return InternalJson.field(object, name, Boolean.class);
    }
}
