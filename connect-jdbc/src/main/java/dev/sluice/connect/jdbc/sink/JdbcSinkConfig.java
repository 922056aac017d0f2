/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.DatabaseSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef.CaseInsensitiveValidString;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.NonEmptyString;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The JDBC sink's settings, under the keys users know from the widely used JDBC sink so existing configurations
 * carry over. Checks that involve two keys run after the per-key validators, and name both keys.
 */
public final class JdbcSinkConfig extends AbstractConfig {

    public static final String INSERT_MODE = "insert.mode";
    public static final String PK_MODE = "pk.mode";
    public static final String PK_FIELDS = "pk.fields";
    public static final String FIELDS_WHITELIST = "fields.whitelist";
    public static final String TABLE_NAME_FORMAT = "table.name.format";
    public static final String AUTO_CREATE = "auto.create";
    public static final String AUTO_EVOLVE = "auto.evolve";
    public static final String DELETE_ENABLED = "delete.enabled";
    public static final String BATCH_SIZE = "batch.size";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";

    /** The placeholder {@code table.name.format} replaces with the record's topic. */
    public static final String TOPIC_PLACEHOLDER = "${topic}";

    public static final ConfigDef CONFIG_DEF = DatabaseSettings.define(new ConfigDef())
            .define(INSERT_MODE, Type.STRING, InsertMode.INSERT.configValue(), valuesOf(InsertMode.values()),
                    Importance.HIGH, "insert: plain INSERT; upsert: the database's insert-or-update on the primary"
                            + " key (idempotent on redelivery); update: UPDATE by primary key")
            .define(PK_MODE, Type.STRING, PrimaryKeyMode.NONE.configValue(), valuesOf(PrimaryKeyMode.values()),
                    Importance.HIGH, "Where the primary key comes from: none, kafka (topic, partition, offset),"
                            + " record_key (the key or fields of a Struct key), record_value (fields of the value)")
            .define(PK_FIELDS, Type.LIST, "", Importance.MEDIUM,
                    "Primary-key column names. kafka: three names for topic, partition and offset (default"
                            + " __connect_topic, __connect_partition, __connect_offset); record_key: the one column"
                            + " of a primitive key, or the Struct key's fields (all when empty); record_value: the"
                            + " value's fields (all when empty)")
            .define(FIELDS_WHITELIST, Type.LIST, "", Importance.MEDIUM,
                    "Value fields to write besides the key; empty for all")
            .define(TABLE_NAME_FORMAT, Type.STRING, TOPIC_PLACEHOLDER, new NonEmptyString(), Importance.MEDIUM,
                    "The table to write to; " + TOPIC_PLACEHOLDER + " is replaced with the topic, and the result is"
                            + " read as table, schema.table or catalog.schema.table")
            .define(AUTO_CREATE, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Create a missing table from the record schema")
            .define(AUTO_EVOLVE, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Add columns for new optional fields, or new fields with a default")
            .define(DELETE_ENABLED, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Delete the row of a tombstone (null value) by its key; needs pk.mode=record_key")
            .define(BATCH_SIZE, Type.INT, 3000, Range.atLeast(1), Importance.MEDIUM,
                    "Records per table written in one batch")
            .define(MAX_RETRIES, Type.INT, 10, Range.atLeast(0), Importance.MEDIUM,
                    "How many times a batch that failed with a database error is retried before the task fails")
            .define(RETRY_BACKOFF_MS, Type.LONG, 3000L, Range.atLeast(0), Importance.MEDIUM,
                    "Pause before retrying a batch that failed with a database error, in milliseconds");

    /** A combination of settings that cannot work: the key to blame, its value and why. */
    public record Problem(String key, Object value, String reason) {
        public ConfigException exception() {
            return new ConfigException(key, value, reason);
        }
    }

    public JdbcSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        List<Problem> problems = problems(this);
        if (!problems.isEmpty()) {
            throw problems.get(0).exception();
        }
    }

    /** What is wrong with how the settings combine; the per-key validators have already passed. */
    public static List<Problem> problems(AbstractConfig config) {
        List<Problem> problems = new ArrayList<>();
        InsertMode insertMode = InsertMode.parse(config.getString(INSERT_MODE));
        PrimaryKeyMode pkMode = PrimaryKeyMode.parse(config.getString(PK_MODE));
        List<String> pkFields = config.getList(PK_FIELDS);
        if (insertMode != InsertMode.INSERT && pkMode == PrimaryKeyMode.NONE) {
            problems.add(new Problem(INSERT_MODE, config.getString(INSERT_MODE), "insert.mode="
                    + insertMode.configValue() + " finds rows by primary key, so it needs pk.mode kafka, record_key"
                    + " or record_value, not none"));
        }
        if (config.getBoolean(DELETE_ENABLED) && pkMode != PrimaryKeyMode.RECORD_KEY) {
            problems.add(new Problem(DELETE_ENABLED, true, "delete.enabled=true needs pk.mode=record_key (it is "
                    + pkMode.configValue() + "): a tombstone carries only its key, so the key must name the row"));
        }
        if (pkMode == PrimaryKeyMode.KAFKA && !pkFields.isEmpty() && pkFields.size() != 3) {
            problems.add(new Problem(PK_FIELDS, String.join(",", pkFields), "with pk.mode=kafka, pk.fields names"
                    + " exactly three columns (topic, partition, offset), or is empty for "
                    + String.join(", ", PrimaryKeyMode.DEFAULT_KAFKA_COLUMNS)));
        }
        return problems;
    }

    /** The settings shared with the source: the database, its dialect and time zone. */
    public DatabaseSettings database() {
        return new DatabaseSettings(this);
    }

    public InsertMode insertMode() {
        return InsertMode.parse(getString(INSERT_MODE));
    }

    public PrimaryKeyMode pkMode() {
        return PrimaryKeyMode.parse(getString(PK_MODE));
    }

    public List<String> pkFields() {
        return getList(PK_FIELDS);
    }

    public List<String> fieldsWhitelist() {
        return getList(FIELDS_WHITELIST);
    }

    public String tableNameFormat() {
        return getString(TABLE_NAME_FORMAT);
    }

    public boolean autoCreate() {
        return getBoolean(AUTO_CREATE);
    }

    public boolean autoEvolve() {
        return getBoolean(AUTO_EVOLVE);
    }

    public boolean deleteEnabled() {
        return getBoolean(DELETE_ENABLED);
    }

    public int batchSize() {
        return getInt(BATCH_SIZE);
    }

    public int maxRetries() {
        return getInt(MAX_RETRIES);
    }

    public long retryBackoffMs() {
        return getLong(RETRY_BACKOFF_MS);
    }

    private static CaseInsensitiveValidString valuesOf(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name().toLowerCase(Locale.ROOT);
        }
        return CaseInsensitiveValidString.in(names);
    }
}
