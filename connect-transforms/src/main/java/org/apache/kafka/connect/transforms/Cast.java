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
 * Casts the whole key/value, or selected fields of a struct or map, to another primitive type.
 *
 * @param <R> the record type
 */
public abstract class Cast<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String OVERVIEW_DOC = "Cast fields or the entire key or value to a specific type, e.g. to "
            + "force an integer field to a smaller width. Cast from integers, floats, boolean and string to any other "
            + "type, and cast binary to string (base64 encoded).<p/>Use the concrete transformation type designed for "
            + "the record key (<code>" + Key.class.getName() + "</code>) or value (<code>" + Value.class.getName()
            + "</code>).";

    public static final String SPEC_CONFIG = "spec";
    public static final String REPLACE_NULL_WITH_DEFAULT_CONFIG = "replace.null.with.default";

    private static final String PURPOSE = "cast types";
    private static final String PAIRS_DESCRIPTION = "list of colon-delimited pairs, e.g. <code>foo:bar,abc:xyz</code>";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(SPEC_CONFIG, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.LambdaValidator.with(Cast::validateSpec, () -> PAIRS_DESCRIPTION),
                    ConfigDef.Importance.HIGH,
                    "List of fields and the type to cast them to of the form field1:type,field2:type to cast "
                            + "fields of Maps or Structs. A single type to cast the entire value. Valid types are "
                            + "int8, int16, int32, int64, float32, float64, boolean, and string. Note that binary "
                            + "fields can only be cast to string.")
            .define(REPLACE_NULL_WITH_DEFAULT_CONFIG, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                    "Whether to replace fields that have a default value and that are null to the default value. "
                            + "When set to true, the default value is used, otherwise null is used.");

    /** Which side of a cast a type is checked for; input problems are data errors, output ones config errors. */
    enum FieldType {
        INPUT, OUTPUT
    }

    private CastSpec spec;
    private boolean replaceNullWithDefault;
    private Cache<Schema, Schema> schemaUpdateCache;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void configure(Map<String, ?> props) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, props);
        spec = CastSpec.parse(config.getList(SPEC_CONFIG));
        replaceNullWithDefault = config.getBoolean(REPLACE_NULL_WITH_DEFAULT_CONFIG);
        schemaUpdateCache = new SynchronizedCache<>(new LRUCache<>(16));
    }

    @SuppressWarnings("unchecked")
    private static void validateSpec(String name, Object value) {
        List<String> mappings = (List<String>) value;
        if (mappings == null || mappings.isEmpty()) {
            throw new ConfigException("Must specify at least one field to cast.");
        }
        CastSpec.parse(mappings);
    }

    @Override
    public R apply(R record) {
        if (operatingValue(record) == null) {
            return record;
        }
        return operatingSchema(record) == null ? applySchemaless(record) : applyWithSchema(record);
    }

    private R applySchemaless(R record) {
        if (spec.wholeValueType() != null) {
            return newRecord(record, null, CastValues.cast(null, operatingValue(record), spec.wholeValueType()));
        }
        Map<String, Object> value = requireMap(operatingValue(record), PURPOSE);
        Map<String, Object> updatedValue = new HashMap<>(value);
        for (Map.Entry<String, Schema.Type> cast : spec.fieldTypes().entrySet()) {
            String field = cast.getKey();
            updatedValue.put(field, CastValues.cast(null, value.get(field), cast.getValue()));
        }
        return newRecord(record, null, updatedValue);
    }

    private R applyWithSchema(R record) {
        Schema valueSchema = operatingSchema(record);
        Schema updatedSchema = updatedSchemaFor(valueSchema);
        if (spec.wholeValueType() != null) {
            return newRecord(record, updatedSchema,
                    CastValues.cast(valueSchema, operatingValue(record), spec.wholeValueType()));
        }
        Struct value = requireStruct(operatingValue(record), PURPOSE);
        Struct updatedValue = new Struct(updatedSchema);
        for (Field field : value.schema().fields()) {
            Object original = replaceNullWithDefault ? value.get(field) : value.getWithoutDefault(field.name());
            Schema.Type target = spec.fieldTypes().get(field.name());
            Object updated = target == null ? original : CastValues.cast(field.schema(), original, target);
            updatedValue.put(updatedSchema.field(field.name()), updated);
        }
        return newRecord(record, updatedSchema, updatedValue);
    }

    private Schema updatedSchemaFor(Schema valueSchema) {
        Schema updated = schemaUpdateCache.get(valueSchema);
        if (updated == null) {
            updated = buildUpdatedSchema(valueSchema);
            schemaUpdateCache.put(valueSchema, updated);
        }
        return updated;
    }

    private Schema buildUpdatedSchema(Schema valueSchema) {
        SchemaBuilder builder;
        if (spec.wholeValueType() != null) {
            // A whole-value cast keeps the schema's name and parameters, even those of a logical type.
            builder = SchemaUtil.copySchemaBasics(valueSchema, CastTypes.builderFor(spec.wholeValueType()));
        } else {
            builder = SchemaUtil.copySchemaBasics(valueSchema, SchemaBuilder.struct());
            for (Field field : valueSchema.fields()) {
                Schema.Type target = spec.fieldTypes().get(field.name());
                builder.field(field.name(), target == null ? field.schema() : castFieldSchema(field.schema(), target));
            }
        }
        if (valueSchema.isOptional()) {
            builder.optional();
        }
        if (valueSchema.defaultValue() != null) {
            builder.defaultValue(CastValues.cast(valueSchema, valueSchema.defaultValue(), builder.type()));
        }
        return builder.build();
    }

    // A cast field gets a plain schema of the target type: name, doc and logical parameters are dropped.
    private static Schema castFieldSchema(Schema original, Schema.Type target) {
        SchemaBuilder builder = CastTypes.builderFor(target);
        if (original.isOptional()) {
            builder.optional();
        }
        if (original.defaultValue() != null) {
            builder.defaultValue(CastValues.cast(original, original.defaultValue(), target));
        }
        return builder.build();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }

    protected abstract Schema operatingSchema(R record);

    protected abstract Object operatingValue(R record);

    protected abstract R newRecord(R record, Schema updatedSchema, Object updatedValue);

    /** Casts the record key. */
    public static final class Key<R extends ConnectRecord<R>> extends Cast<R> {
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

    /** Casts the record value. */
    public static final class Value<R extends ConnectRecord<R>> extends Cast<R> {
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
