/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.transforms.field.FieldSyntaxVersion;
import org.apache.kafka.connect.transforms.field.SingleFieldPath;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.util.Map;

import static org.apache.kafka.connect.transforms.util.Requirements.requireMapOrNull;
import static org.apache.kafka.connect.transforms.util.Requirements.requireStructOrNull;

/**
 * Replaces the key/value with one of its fields (nested fields with {@code field.syntax.version=V2}).
 *
 * @param <R> the record type
 */
public abstract class ExtractField<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String OVERVIEW_DOC = "Extract the specified field from a Struct when schema present, or a Map "
            + "in the case of schemaless data. Any null values are passed through unmodified.<p/>Use the concrete "
            + "transformation type designed for the record key (<code>" + Key.class.getName() + "</code>) or value "
            + "(<code>" + Value.class.getName() + "</code>).";

    private static final String FIELD_CONFIG = "field";
    private static final String REPLACE_NULL_WITH_DEFAULT_CONFIG = "replace.null.with.default";
    private static final String PURPOSE = "field extraction";

    public static final ConfigDef CONFIG_DEF = FieldSyntaxVersion.appendConfigTo(new ConfigDef()
            .define(FIELD_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.MEDIUM,
                    "Field name to extract.")
            .define(REPLACE_NULL_WITH_DEFAULT_CONFIG, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                    "Whether to replace fields that have a default value and that are null to the default value. "
                            + "When set to true, the default value is used, otherwise null is used."));

    private String fieldName;
    private SingleFieldPath fieldPath;
    private boolean replaceNullWithDefault;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void configure(Map<String, ?> props) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, props);
        fieldName = config.getString(FIELD_CONFIG);
        fieldPath = new SingleFieldPath(fieldName, FieldSyntaxVersion.fromConfig(config));
        replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT_CONFIG);
    }

    @Override
    public R apply(R record) {
        Schema schema = operatingSchema(record);
        if (schema == null) {
            Map<String, Object> value = requireMapOrNull(operatingValue(record), PURPOSE);
            return newRecord(record, null, value == null ? null : fieldPath.valueFrom(value));
        }
        Struct value = requireStructOrNull(operatingValue(record), PURPOSE);
        Field field = fieldPath.fieldFrom(schema);
        if (field == null) {
            throw new IllegalArgumentException("Unknown field: " + fieldName);
        }
        return newRecord(record, field.schema(),
                value == null ? null : fieldPath.valueFrom(value, replaceNullWithDefault));
    }

    @Override
    public void close() {
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    protected abstract Schema operatingSchema(R record);

    protected abstract Object operatingValue(R record);

    protected abstract R newRecord(R record, Schema updatedSchema, Object updatedValue);

    /** Extracts from the record key. */
    public static class Key<R extends ConnectRecord<R>> extends ExtractField<R> {
        @Override
        protected Schema operatingSchema(R record) {
            return record.keySchema();
        }

        @Override
        protected Object operatingValue(R record) {
            return record.key();
        }

        @Override
        protected R newRecord(R record, Schema updatedSchema, Object updatedValue) {
            return RecordParts.withKey(record, updatedSchema, updatedValue);
        }
    }

    /** Extracts from the record value. */
    public static class Value<R extends ConnectRecord<R>> extends ExtractField<R> {
        @Override
        protected Schema operatingSchema(R record) {
            return record.valueSchema();
        }

        @Override
        protected Object operatingValue(R record) {
            return record.value();
        }

        @Override
        protected R newRecord(R record, Schema updatedSchema, Object updatedValue) {
            return RecordParts.withValue(record, updatedSchema, updatedValue);
        }
    }
}
