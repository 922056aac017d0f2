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
import org.apache.kafka.connect.transforms.util.SchemaUtil;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.kafka.connect.transforms.util.Requirements.requireMap;
import static org.apache.kafka.connect.transforms.util.Requirements.requireStruct;

/**
 * Keeps, drops and renames top-level fields. Exclusion wins over inclusion, and both match the original names.
 *
 * @param <R> the record type
 */
public abstract class ReplaceField<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String OVERVIEW_DOC = "Filter or rename fields.<p/>Use the concrete transformation type "
            + "designed for the record key (<code>" + Key.class.getName() + "</code>) or value (<code>"
            + Value.class.getName() + "</code>).";

    interface ConfigName {
        String EXCLUDE = "exclude";
        String INCLUDE = "include";
        String RENAMES = "renames";
        String REPLACE_NULL_WITH_DEFAULT_CONFIG = "replace.null.with.default";
    }

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(ConfigName.EXCLUDE, ConfigDef.Type.LIST, List.of(),
                    ConfigDef.ValidList.anyNonDuplicateValues(true, false), ConfigDef.Importance.MEDIUM,
                    "Fields to exclude. This takes precedence over the fields to include.")
            .define(ConfigName.INCLUDE, ConfigDef.Type.LIST, List.of(),
                    ConfigDef.ValidList.anyNonDuplicateValues(true, false), ConfigDef.Importance.MEDIUM,
                    "Fields to include. If specified, only these fields will be used.")
            .define(ConfigName.RENAMES, ConfigDef.Type.LIST, List.of(),
                    ConfigDef.LambdaValidator.with(ReplaceField::validateRenames,
                            () -> "list of colon-delimited pairs, e.g. <code>foo:bar,abc:xyz</code>"),
                    ConfigDef.Importance.MEDIUM, "Field rename mappings.")
            .define(ConfigName.REPLACE_NULL_WITH_DEFAULT_CONFIG, ConfigDef.Type.BOOLEAN, true,
                    ConfigDef.Importance.MEDIUM, "Whether to replace fields that have a default value and that are "
                            + "null to the default value. When set to true, the default value is used, otherwise "
                            + "null is used.");

    private static final String PURPOSE = "field replacement";

    private List<String> exclude;
    private List<String> include;
    private Map<String, String> renames;
    private Map<String, String> reverseRenames;
    private boolean replaceNullWithDefault;
    private Cache<Schema, Schema> schemaUpdateCache;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void configure(Map<String, ?> configs) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, configs);
        exclude = config.getList(ConfigName.EXCLUDE);
        include = config.getList(ConfigName.INCLUDE);
        renames = parseRenameMappings(config.getList(ConfigName.RENAMES));
        reverseRenames = new HashMap<>();
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            reverseRenames.put(rename.getValue(), rename.getKey());
        }
        replaceNullWithDefault = config.getBoolean(ConfigName.REPLACE_NULL_WITH_DEFAULT_CONFIG);
        schemaUpdateCache = new SynchronizedCache<>(new LRUCache<>(16));
    }

    @SuppressWarnings("unchecked")
    private static void validateRenames(String name, Object value) {
        if (value != null) {
            parseRenameMappings((List<String>) value);
        }
    }

    // Each mapping must be exactly "old:new"; names are taken as written, without trimming around the colon.
    static Map<String, String> parseRenameMappings(List<String> mappings) {
        Map<String, String> parsed = new HashMap<>();
        for (String mapping : mappings) {
            String[] parts = mapping.split(":");
            if (parts.length != 2) {
                throw new ConfigException(ConfigName.RENAMES, mappings, "Invalid rename mapping: " + mapping);
            }
            parsed.put(parts[0], parts[1]);
        }
        return parsed;
    }

    boolean filter(String fieldName) {
        return !exclude.contains(fieldName) && (include.isEmpty() || include.contains(fieldName));
    }

    String renamed(String fieldName) {
        return renames.getOrDefault(fieldName, fieldName);
    }

    String reverseRenamed(String fieldName) {
        return reverseRenames.getOrDefault(fieldName, fieldName);
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
        Map<String, Object> updatedValue = new HashMap<>(value.size());
        for (Map.Entry<String, Object> entry : value.entrySet()) {
            String fieldName = entry.getKey();
            if (filter(fieldName)) {
                updatedValue.put(renamed(fieldName), entry.getValue());
            }
        }
        return newRecord(record, null, updatedValue);
    }

    private R applyWithSchema(R record) {
        Struct value = requireStruct(operatingValue(record), PURPOSE);
        Schema updatedSchema = schemaUpdateCache.get(value.schema());
        if (updatedSchema == null) {
            updatedSchema = buildUpdatedSchema(value.schema());
            schemaUpdateCache.put(value.schema(), updatedSchema);
        }
        Struct updatedValue = new Struct(updatedSchema);
        for (Field field : updatedSchema.fields()) {
            String originalName = reverseRenamed(field.name());
            updatedValue.put(field.name(),
                    replaceNullWithDefault ? value.get(originalName) : value.getWithoutDefault(originalName));
        }
        return newRecord(record, updatedSchema, updatedValue);
    }

    private Schema buildUpdatedSchema(Schema schema) {
        SchemaBuilder builder = SchemaUtil.copySchemaBasics(schema, SchemaBuilder.struct());
        for (Field field : schema.fields()) {
            if (filter(field.name())) {
                builder.field(renamed(field.name()), field.schema());
            }
        }
        return builder.build();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
        schemaUpdateCache = null;
    }

    protected abstract Schema operatingSchema(R record);

    protected abstract Object operatingValue(R record);

    protected abstract R newRecord(R record, Schema updatedSchema, Object updatedValue);

    /** Filters and renames fields of the record key. */
    public static class Key<R extends ConnectRecord<R>> extends ReplaceField<R> {
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

    /** Filters and renames fields of the record value. */
    public static class Value<R extends ConnectRecord<R>> extends ReplaceField<R> {
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
