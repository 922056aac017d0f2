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
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.apache.kafka.connect.transforms.util.Requirements.requireMap;
import static org.apache.kafka.connect.transforms.util.Requirements.requireStruct;

/**
 * Flattens nested structs (or nested maps, without a schema) into one level, joining the field names of each level
 * with a delimiter. Arrays are copied unchanged.
 *
 * @param <R> the record type
 */
public abstract class Flatten<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String OVERVIEW_DOC = "Flatten a nested data structure, generating names for each field by "
            + "concatenating the field names at each level with a configurable delimiter character. Applies to Struct "
            + "when schema present, or a Map in the case of schemaless data. Array fields and their contents are not "
            + "modified. The default delimiter is '.'.<p/>Use the concrete transformation type designed for the record "
            + "key (<code>" + Key.class.getName() + "</code>) or value (<code>" + Value.class.getName() + "</code>).";

    private static final String DELIMITER_CONFIG = "delimiter";
    private static final String DELIMITER_DEFAULT = ".";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(DELIMITER_CONFIG, ConfigDef.Type.STRING, DELIMITER_DEFAULT, ConfigDef.Importance.MEDIUM,
                    "Delimiter to insert between field names from the input record when generating field names for "
                            + "the output record");

    private static final String PURPOSE = "flattening";

    private FlattenNames names;
    private Cache<Schema, Schema> schemaUpdateCache;

    @Override
    public void configure(Map<String, ?> props) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, props);
        names = new FlattenNames(config.getString(DELIMITER_CONFIG));
        schemaUpdateCache = new SynchronizedCache<>(new LRUCache<>(16));
    }

    @Override
    public R apply(R record) {
        if (operatingValue(record) == null) {
            return record;
        }
        return operatingSchema(record) == null ? applySchemaless(record) : applyWithSchema(record);
    }

    private R applySchemaless(R record) {
        Map<String, Object> value = requireMap(operatingValue(record), PURPOSE);
        Map<String, Object> flattened = new LinkedHashMap<>();
        FlattenMaps.flatten(names, value, "", flattened);
        return newRecord(record, null, flattened);
    }

    private R applyWithSchema(R record) {
        Struct value = requireStruct(operatingValue(record), PURPOSE);
        Schema schema = operatingSchema(record);
        Schema updatedSchema = schemaUpdateCache.get(schema);
        if (updatedSchema == null) {
            updatedSchema = FlattenStructs.flattenSchema(names, schema);
            schemaUpdateCache.put(schema, updatedSchema);
        }
        Struct updatedValue = new Struct(updatedSchema);
        FlattenStructs.flattenValue(names, value, "", updatedValue);
        return newRecord(record, updatedSchema, updatedValue);
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
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

    /** Flattens the record key. */
    public static class Key<R extends ConnectRecord<R>> extends Flatten<R> {
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

    /** Flattens the record value. */
    public static class Value<R extends ConnectRecord<R>> extends Flatten<R> {
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
