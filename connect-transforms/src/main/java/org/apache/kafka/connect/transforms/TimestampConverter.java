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
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.transforms.util.Requirements;
import org.apache.kafka.connect.transforms.util.SchemaUtil;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

/**
 * Converts a timestamp between a formatted string, a unix epoch number, and the Connect Date, Time and Timestamp
 * logical types, either for the whole key ({@link Key}) / value ({@link Value}) or for one top-level field of it.
 * The source representation is read from the schema, or from the Java class of schemaless data.
 *
 * @param <R> the record type
 */
public abstract class TimestampConverter<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String OVERVIEW_DOC = "Convert timestamps between different formats such as Unix epoch, "
            + "strings, and Connect Date/Timestamp types.Applies to individual fields or to the entire value."
            + "<p/>Use the concrete transformation type designed for the record key (<code>" + Key.class.getName()
            + "</code>) or value (<code>" + Value.class.getName() + "</code>).";

    public static final String FIELD_CONFIG = "field";

    public static final String TARGET_TYPE_CONFIG = "target.type";

    public static final String FORMAT_CONFIG = "format";

    public static final String UNIX_PRECISION_CONFIG = "unix.precision";

    public static final String REPLACE_NULL_WITH_DEFAULT_CONFIG = "replace.null.with.default";

    public static final Schema OPTIONAL_DATE_SCHEMA = Date.builder().optional().schema();

    public static final Schema OPTIONAL_TIMESTAMP_SCHEMA = Timestamp.builder().optional().schema();

    public static final Schema OPTIONAL_TIME_SCHEMA = Time.builder().optional().schema();

    private static final String PURPOSE = "converting timestamp formats";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FIELD_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.HIGH,
                    "The field containing the timestamp, or empty if the entire value is a timestamp")
            .define(TARGET_TYPE_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.ValidString.in("string", "unix", "Date", "Time", "Timestamp"),
                    ConfigDef.Importance.HIGH,
                    "The desired timestamp representation: string, unix, Date, Time, or Timestamp")
            .define(FORMAT_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                    "A SimpleDateFormat-compatible format for the timestamp. Used to generate the output when "
                            + "type=string or used to parse the input if the input is a string.")
            .define(UNIX_PRECISION_CONFIG, ConfigDef.Type.STRING, "milliseconds",
                    ConfigDef.ValidString.in("nanoseconds", "microseconds", "milliseconds", "seconds"),
                    ConfigDef.Importance.LOW,
                    "The desired Unix precision for the timestamp: seconds, milliseconds, microseconds, or "
                            + "nanoseconds. Used to generate the output when type=unix or used to parse the input "
                            + "if the input is a Long.Note: This SMT will cause precision loss during conversions "
                            + "from, and to, values with sub-millisecond components.")
            .define(REPLACE_NULL_WITH_DEFAULT_CONFIG, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                    "Whether to replace fields that have a default value and that are null to the default value. "
                            + "When set to true, the default value is used, otherwise null is used.");

    private TimestampConverterSettings settings;

    // Converted struct schemas, per input schema.
    private Cache<Schema, Schema> schemaUpdateCache;

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public void configure(Map<String, ?> configs) {
        SimpleConfig config = new SimpleConfig(CONFIG_DEF, configs);
        TimestampConverterType targetType = TimestampConverterType.forConfigName(config.getString(TARGET_TYPE_CONFIG));
        String formatPattern = config.getString(FORMAT_CONFIG);
        boolean hasFormat = formatPattern != null && !formatPattern.trim().isEmpty();
        if (targetType == TimestampConverterType.STRING && !hasFormat) {
            throw new ConfigException("TimestampConverter requires format option to be specified when using string "
                    + "timestamps");
        }
        SimpleDateFormat format = null;
        if (hasFormat) {
            try {
                format = new SimpleDateFormat(formatPattern);
                format.setTimeZone(TimeZone.getTimeZone("UTC"));
            } catch (IllegalArgumentException e) {
                // The (name, value) constructor is what Apache Kafka uses, hence the odd "Invalid value" wording.
                throw new ConfigException("TimestampConverter requires a SimpleDateFormat-compatible pattern for "
                        + "string timestamps: " + formatPattern, e);
            }
        }
        this.settings = new TimestampConverterSettings(config.getString(FIELD_CONFIG), targetType, format,
                unixPrecision(config.getString(UNIX_PRECISION_CONFIG)),
                config.getBoolean(REPLACE_NULL_WITH_DEFAULT_CONFIG));
        this.schemaUpdateCache = new SynchronizedCache<>(new LRUCache<>(16));
    }

    private static TimeUnit unixPrecision(String name) {
        switch (name) {
            case "seconds":
                return TimeUnit.SECONDS;
            case "microseconds":
                return TimeUnit.MICROSECONDS;
            case "nanoseconds":
                return TimeUnit.NANOSECONDS;
            default:
                return TimeUnit.MILLISECONDS;
        }
    }

    @Override
    public R apply(R record) {
        Schema schema = operatingSchema(record);
        Object value = operatingValue(record);
        if (schema == null) {
            return settings.convertsWholeValue()
                    ? newRecord(record, null, convert(value, null))
                    : applyToMapField(record, value);
        }
        if (settings.convertsWholeValue()) {
            // The source type comes from the schema, so an unusable schema fails even for a null value.
            TimestampConverterType sourceType = TimestampConverterType.forSchema(schema);
            Schema updatedSchema = settings.targetType.typeSchema(schema.isOptional());
            return newRecord(record, updatedSchema, value == null ? null : convert(value, sourceType));
        }
        return applyToStructField(record, value, schema);
    }

    private R applyToStructField(R record, Object operatingValue, Schema schema) {
        Struct value = Requirements.requireStructOrNull(operatingValue, PURPOSE);
        Schema updatedSchema = schemaUpdateCache.get(schema);
        if (updatedSchema == null) {
            updatedSchema = convertedStructSchema(schema);
            schemaUpdateCache.put(schema, updatedSchema);
        }
        if (value == null) {
            return newRecord(record, updatedSchema, null);
        }
        Struct updatedValue = new Struct(updatedSchema);
        for (Field field : value.schema().fields()) {
            Object fieldValue = settings.replaceNullWithDefault
                    ? value.get(field)
                    : value.getWithoutDefault(field.name());
            if (field.name().equals(settings.field)) {
                fieldValue = fieldValue == null
                        ? null
                        : convert(fieldValue, TimestampConverterType.forSchema(field.schema()));
            }
            updatedValue.put(field.name(), fieldValue);
        }
        return newRecord(record, updatedSchema, updatedValue);
    }

    private Schema convertedStructSchema(Schema schema) {
        SchemaBuilder builder = SchemaUtil.copySchemaBasics(schema, SchemaBuilder.struct());
        if (schema.isOptional()) {
            builder.optional();
        }
        for (Field field : schema.fields()) {
            Schema fieldSchema = field.name().equals(settings.field)
                    ? settings.targetType.typeSchema(field.schema().isOptional())
                    : field.schema();
            builder.field(field.name(), fieldSchema);
        }
        return builder.build();
    }

    private R applyToMapField(R record, Object operatingValue) {
        Map<String, Object> value = Requirements.requireMapOrNull(operatingValue, PURPOSE);
        if (value == null) {
            return newRecord(record, null, null);
        }
        // A missing field is written back as null, as Apache Kafka does.
        Map<String, Object> updatedValue = new HashMap<>(value);
        updatedValue.put(settings.field, convert(value.get(settings.field), null));
        return newRecord(record, null, updatedValue);
    }

    /** Converts one timestamp to the target type; a null source type means "judge by the Java class". */
    private Object convert(Object timestamp, TimestampConverterType sourceType) {
        if (timestamp == null) {
            return null;
        }
        TimestampConverterType source = sourceType != null ? sourceType : TimestampConverterType.forValue(timestamp);
        return settings.targetType.toType(settings, source.toRaw(settings, timestamp));
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
        if (schemaUpdateCache != null) {
            schemaUpdateCache = new SynchronizedCache<>(new LRUCache<>(16));
        }
    }

    /** The schema of the key or value being converted, or null when the record is schemaless. */
    protected abstract Schema operatingSchema(R record);

    /** The key or value being converted. */
    protected abstract Object operatingValue(R record);

    /** Builds the output record with the converted key or value. */
    protected abstract R newRecord(R record, Schema updatedSchema, Object updatedValue);

    /**
     * Converts the record key.
     *
     * @param <R> the record type
     */
    public static class Key<R extends ConnectRecord<R>> extends TimestampConverter<R> {

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

    /**
     * Converts the record value.
     *
     * @param <R> the record type
     */
    public static class Value<R extends ConnectRecord<R>> extends TimestampConverter<R> {

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
