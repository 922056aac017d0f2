/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.transforms.util.Requirements;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.util.List;
import java.util.Map;

/**
 * Overrides the name and/or version of the key ({@link Key}) or value ({@link Value}) schema, keeping everything
 * else. Struct values are rebuilt against the new schema so that their schema matches the record's.
 *
 * @param <R> the record type
 */
public abstract class SetSchemaMetadata<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String OVERVIEW_DOC = "Set the schema name, version or both on the record's key (<code>"
            + Key.class.getName() + "</code>) or value (<code>" + Value.class.getName() + "</code>) schema.";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(ConfigName.SCHEMA_NAME, ConfigDef.Type.STRING, null, ConfigDef.Importance.HIGH,
                    "Schema name to set.")
            .define(ConfigName.SCHEMA_VERSION, ConfigDef.Type.INT, null, ConfigDef.Importance.HIGH,
                    "Schema version to set.")
            .define(ConfigName.REPLACE_NULL_WITH_DEFAULT, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                    "Whether to replace fields that have a default value and that are null to the default value. "
                            + "When set to true, the default value is used, otherwise null is used.");

    interface ConfigName {
        String SCHEMA_NAME = "schema.name";
        String SCHEMA_VERSION = "schema.version";
        String REPLACE_NULL_WITH_DEFAULT = "replace.null.with.default";
    }

    private String schemaName;

    private Integer schemaVersion;

    private boolean replaceNullWithDefault;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void configure(Map<String, ?> configs) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, configs);
        this.schemaName = config.getString(ConfigName.SCHEMA_NAME);
        this.schemaVersion = config.getInt(ConfigName.SCHEMA_VERSION);
        this.replaceNullWithDefault = config.getBoolean(ConfigName.REPLACE_NULL_WITH_DEFAULT);
        if (schemaName == null && schemaVersion == null) {
            throw new ConfigException("Neither schema name nor version configured");
        }
    }

    @Override
    public R apply(R record) {
        Object value = operatingValue(record);
        Schema schema = operatingSchema(record);
        if (schema == null && value == null) {
            // A schemaless tombstone has nothing to rename.
            return record;
        }
        Requirements.requireSchema(schema, "updating schema metadata");
        // Like Apache Kafka 4.3, only struct schemas can be updated: anything else fails here with
        // "Cannot list fields on non-struct type". A struct has no key or value schema to carry over.
        List<Field> fields = schema.fields();
        Schema updatedSchema = new ConnectSchema(
                schema.type(),
                schema.isOptional(),
                schema.defaultValue(),
                schemaName != null ? schemaName : schema.name(),
                schemaVersion != null ? schemaVersion : schema.version(),
                schema.doc(),
                schema.parameters(),
                fields,
                null,
                null);
        return newRecord(record, updatedSchema);
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }

    /** The schema whose metadata is replaced. */
    protected abstract Schema operatingSchema(R record);

    /** The key or value that goes with {@link #operatingSchema}. */
    protected abstract Object operatingValue(R record);

    /** Builds the output record carrying {@code updatedSchema} (and a value rebuilt for it). */
    protected abstract R newRecord(R record, Schema updatedSchema);

    /**
     * Returns {@code keyOrValue} re-expressed against {@code updatedSchema}: a {@link Struct} is copied field by
     * field (fields are matched by position, defaults applied unless disabled); anything else is returned as is.
     */
    protected Object updateSchemaIn(Object keyOrValue, Schema updatedSchema) {
        if (!(keyOrValue instanceof Struct)) {
            return keyOrValue;
        }
        Struct original = (Struct) keyOrValue;
        Struct updated = new Struct(updatedSchema);
        for (Field field : updatedSchema.fields()) {
            Object value = replaceNullWithDefault ? original.get(field) : original.getWithoutDefault(field.name());
            updated.put(field, value);
        }
        return updated;
    }

    /**
     * Updates the key schema.
     *
     * @param <R> the record type
     */
    public static class Key<R extends ConnectRecord<R>> extends SetSchemaMetadata<R> {

        @Override
        protected Schema operatingSchema(R record) {
            return record.keySchema();
        }

        @Override
        protected Object operatingValue(R record) {
            return record.key();
        }

        @Override
        protected R newRecord(R record, Schema updatedSchema) {
            Object updatedKey = updateSchemaIn(record.key(), updatedSchema);
            return record.newRecord(record.topic(), record.kafkaPartition(), updatedSchema, updatedKey,
                    record.valueSchema(), record.value(), record.timestamp());
        }
    }

    /**
     * Updates the value schema.
     *
     * @param <R> the record type
     */
    public static class Value<R extends ConnectRecord<R>> extends SetSchemaMetadata<R> {

        @Override
        protected Schema operatingSchema(R record) {
            return record.valueSchema();
        }

        @Override
        protected Object operatingValue(R record) {
            return record.value();
        }

        @Override
        protected R newRecord(R record, Schema updatedSchema) {
            Object updatedValue = updateSchemaIn(record.value(), updatedSchema);
            return RecordParts.withValue(record, updatedSchema, updatedValue);
        }
    }
}
