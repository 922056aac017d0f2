/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.cache.Cache;
import org.apache.kafka.common.cache.LRUCache;
import org.apache.kafka.common.cache.SynchronizedCache;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.connect.transforms.util.Requirements.requireMap;
import static org.apache.kafka.connect.transforms.util.Requirements.requireStruct;

/**
 * Replaces the record key with a struct (or map) of selected value fields; the value itself is unchanged.
 *
 * @param <R> the record type
 */
public class ValueToKey<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String OVERVIEW_DOC =
            "Replace the record key with a new key formed from a subset of fields in the record value.";

    public static final String FIELDS_CONFIG = "fields";
    public static final String REPLACE_NULL_WITH_DEFAULT_CONFIG = "replace.null.with.default";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FIELDS_CONFIG, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.ValidList.anyNonDuplicateValues(false, false), ConfigDef.Importance.HIGH,
                    "Field names on the record value to extract as the record key.")
            .define(REPLACE_NULL_WITH_DEFAULT_CONFIG, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                    "Whether to replace fields that have a default value and that are null to the default value. "
                            + "When set to true, the default value is used, otherwise null is used.");

    private static final String PURPOSE = "copying fields from value to key";

    private List<String> fields;
    private boolean replaceNullWithDefault;
    private Cache<Schema, Schema> valueToKeySchemaCache;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void configure(Map<String, ?> configs) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, configs);
        fields = config.getList(FIELDS_CONFIG);
        replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT_CONFIG);
        valueToKeySchemaCache = new SynchronizedCache<>(new LRUCache<>(16));
    }

    @Override
    public R apply(R record) {
        return record.valueSchema() == null ? applySchemaless(record) : applyWithSchema(record);
    }

    private R applySchemaless(R record) {
        Map<String, Object> value = requireMap(record.value(), PURPOSE);
        Map<String, Object> key = new HashMap<>();
        for (String field : fields) {
            key.put(field, value.get(field));
        }
        return record.newRecord(record.topic(), record.kafkaPartition(), null, key,
                record.valueSchema(), record.value(), record.timestamp());
    }

    private R applyWithSchema(R record) {
        Struct value = requireStruct(record.value(), PURPOSE);
        Schema keySchema = valueToKeySchemaCache.get(value.schema());
        if (keySchema == null) {
            keySchema = buildKeySchema(value.schema());
            valueToKeySchemaCache.put(value.schema(), keySchema);
        }
        Struct key = new Struct(keySchema);
        for (String field : fields) {
            key.put(field, replaceNullWithDefault ? value.get(field) : value.getWithoutDefault(field));
        }
        return record.newRecord(record.topic(), record.kafkaPartition(), keySchema, key,
                value.schema(), value, record.timestamp());
    }

    private Schema buildKeySchema(Schema valueSchema) {
        SchemaBuilder builder = SchemaBuilder.struct();
        for (String field : fields) {
            Field valueField = valueSchema.field(field);
            if (valueField == null) {
                throw new DataException("Field does not exist: " + field);
            }
            builder.field(field, valueField.schema());
        }
        return builder.build();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
        valueToKeySchemaCache = null;
    }
}
