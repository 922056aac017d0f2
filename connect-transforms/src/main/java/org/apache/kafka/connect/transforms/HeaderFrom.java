/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.cache.Cache;
import org.apache.kafka.common.cache.LRUCache;
import org.apache.kafka.common.cache.SynchronizedCache;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.transforms.util.NonEmptyListValidator;
import org.apache.kafka.connect.transforms.util.Requirements;
import org.apache.kafka.connect.transforms.util.SchemaUtil;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies or moves top-level fields of the key ({@link Key}) or value ({@link Value}) into headers. The i-th
 * configured field goes to the i-th configured header name; headers already on the record are kept.
 *
 * @param <R> the record type
 */
public abstract class HeaderFrom<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String FIELDS_FIELD = "fields";

    public static final String HEADERS_FIELD = "headers";

    public static final String OPERATION_FIELD = "operation";

    public static final String REPLACE_NULL_WITH_DEFAULT_FIELD = "replace.null.with.default";

    public static final String OVERVIEW_DOC = "Moves or copies fields in the key/value of a record into that "
            + "record's headers. Corresponding elements of <code>" + FIELDS_FIELD + "</code> and <code>"
            + HEADERS_FIELD + "</code> together identify a field and the header it should be moved or copied to. "
            + "Use the concrete transformation type designed for the record key (<code>" + Key.class.getName()
            + "</code>) or value (<code>" + Value.class.getName() + "</code>).";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FIELDS_FIELD, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, new NonEmptyListValidator(),
                    ConfigDef.Importance.HIGH,
                    "Field names in the record whose values are to be copied or moved to headers.")
            .define(HEADERS_FIELD, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, new NonEmptyListValidator(),
                    ConfigDef.Importance.HIGH,
                    "Header names, in the same order as the field names listed in the fields configuration property.")
            .define(OPERATION_FIELD, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.ValidString.in(Operation.MOVE.toString(), Operation.COPY.toString()),
                    ConfigDef.Importance.HIGH,
                    "Either <code>move</code> if the fields are to be moved to the headers (removed from the "
                            + "key/value), or <code>copy</code> if the fields are to be copied to the headers "
                            + "(retained in the key/value).")
            .define(REPLACE_NULL_WITH_DEFAULT_FIELD, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                    "Whether to replace fields that have a default value and that are null to the default value. "
                            + "When set to true, the default value is used, otherwise null is used.");

    /** What happens to a field once its value is in a header. */
    enum Operation {
        MOVE, COPY;

        static Operation fromName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private List<String> fields;

    private List<String> headers;

    private Operation operation;

    private boolean replaceNullWithDefault;

    // Schemas without the moved fields, per input schema; records of one topic share a handful of schemas.
    private Cache<Schema, Schema> moveSchemaCache;

    @Override
    public R apply(R record) {
        Object operatingValue = operatingValue(record);
        Schema operatingSchema = operatingSchema(record);
        return operatingSchema == null
                ? applySchemaless(record, operatingValue)
                : applyWithSchema(record, operatingValue, operatingSchema);
    }

    private R applyWithSchema(R record, Object operatingValue, Schema operatingSchema) {
        Struct value = Requirements.requireStruct(operatingValue, purpose());
        Schema updatedSchema = operatingSchema;
        Struct updatedValue = value;
        if (operation == Operation.MOVE) {
            // Built before the headers, so an invalid struct reports its offending field first, as in Apache Kafka.
            updatedSchema = moveSchemaCache.get(operatingSchema);
            if (updatedSchema == null) {
                updatedSchema = withoutMovedFields(operatingSchema);
                moveSchemaCache.put(operatingSchema, updatedSchema);
            }
            updatedValue = new Struct(updatedSchema);
            for (Field field : updatedSchema.fields()) {
                updatedValue.put(field, fieldValue(value, field.name()));
            }
        }
        Headers updatedHeaders = record.headers().duplicate();
        for (int i = 0; i < fields.size(); i++) {
            String fieldName = fields.get(i);
            Field field = operatingSchema.field(fieldName);
            if (field == null) {
                throw new DataException("Field does not exist: " + fieldName);
            }
            updatedHeaders.add(headers.get(i), fieldValue(value, fieldName), field.schema());
        }
        return newRecord(record, updatedSchema, updatedValue, updatedHeaders);
    }

    private R applySchemaless(R record, Object operatingValue) {
        Map<String, Object> value = Requirements.requireMap(operatingValue, purpose());
        Headers updatedHeaders = record.headers().duplicate();
        Map<String, Object> updatedValue = new HashMap<>(value);
        for (int i = 0; i < fields.size(); i++) {
            String fieldName = fields.get(i);
            updatedHeaders.add(headers.get(i), value.get(fieldName), null);
            if (operation == Operation.MOVE) {
                updatedValue.remove(fieldName);
            }
        }
        return newRecord(record, null, updatedValue, updatedHeaders);
    }

    private Object fieldValue(Struct value, String fieldName) {
        return replaceNullWithDefault ? value.get(fieldName) : value.getWithoutDefault(fieldName);
    }

    private Schema withoutMovedFields(Schema schema) {
        SchemaBuilder builder = SchemaUtil.copySchemaBasics(schema, SchemaBuilder.struct());
        for (Field field : schema.fields()) {
            if (!fields.contains(field.name())) {
                builder.field(field.name(), field.schema());
            }
        }
        return builder.build();
    }

    private String purpose() {
        return "header " + operation;
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    /** The key or value the fields are read from. */
    protected abstract Object operatingValue(R record);

    /** The schema of {@link #operatingValue}, or null when the record is schemaless. */
    protected abstract Schema operatingSchema(R record);

    /** Builds the output record with the updated key or value and the new headers. */
    protected abstract R newRecord(R record, Schema updatedSchema, Object updatedValue,
                                   Iterable<Header> updatedHeaders);

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> props) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, props);
        List<String> fieldList = config.getList(FIELDS_FIELD);
        List<String> headerList = config.getList(HEADERS_FIELD);
        if (fieldList.size() != headerList.size()) {
            throw new ConfigException(String.format("'%s' config must have the same number of elements as '%s' config.",
                    FIELDS_FIELD, HEADERS_FIELD));
        }
        this.fields = fieldList;
        this.headers = headerList;
        this.operation = Operation.fromName(config.getString(OPERATION_FIELD));
        this.replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT_FIELD);
        this.moveSchemaCache = new SynchronizedCache<>(new LRUCache<>(16));
    }

    /**
     * Reads the fields from the record key.
     *
     * @param <R> the record type
     */
    public static class Key<R extends ConnectRecord<R>> extends HeaderFrom<R> {

        @Override
        public Object operatingValue(R record) {
            return record.key();
        }

        @Override
        protected Schema operatingSchema(R record) {
            return record.keySchema();
        }

        @Override
        protected R newRecord(R record, Schema updatedSchema, Object updatedValue, Iterable<Header> updatedHeaders) {
            return record.newRecord(record.topic(), record.kafkaPartition(), updatedSchema, updatedValue,
                    record.valueSchema(), record.value(), record.timestamp(), updatedHeaders);
        }
    }

    /**
     * Reads the fields from the record value.
     *
     * @param <R> the record type
     */
    public static class Value<R extends ConnectRecord<R>> extends HeaderFrom<R> {

        @Override
        public Object operatingValue(R record) {
            return record.value();
        }

        @Override
        protected Schema operatingSchema(R record) {
            return record.valueSchema();
        }

        @Override
        protected R newRecord(R record, Schema updatedSchema, Object updatedValue, Iterable<Header> updatedHeaders) {
            return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                    updatedSchema, updatedValue, record.timestamp(), updatedHeaders);
        }
    }
}
