/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The five representations {@link TimestampConverter} converts between. Every conversion goes through a
 * {@link Date} holding epoch milliseconds in UTC: {@link #toRaw} reads one representation, {@link #toType}
 * writes another.
 */
enum TimestampConverterType {

    STRING("string") {
        @Override
        Date toRaw(TimestampConverterSettings settings, Object value) {
            if (!(value instanceof String)) {
                throw new DataException("Expected string timestamp to be a String, but found " + value.getClass());
            }
            SimpleDateFormat format = settings.format;
            if (format == null) {
                // Apache Kafka fails with a NullPointerException here; say what is missing instead.
                throw new DataException("TimestampConverter requires format option to be specified when using "
                        + "string timestamps");
            }
            synchronized (format) {
                try {
                    return format.parse((String) value);
                } catch (ParseException e) {
                    throw new DataException("Could not parse timestamp: value (" + value + ") does not match pattern ("
                            + format.toPattern() + ")", e);
                }
            }
        }

        @Override
        Schema typeSchema(boolean optional) {
            return optional ? Schema.OPTIONAL_STRING_SCHEMA : Schema.STRING_SCHEMA;
        }

        @Override
        Object toType(TimestampConverterSettings settings, Date raw) {
            SimpleDateFormat format = settings.format;
            synchronized (format) {
                return format.format(raw);
            }
        }
    },

    UNIX("unix") {
        @Override
        Date toRaw(TimestampConverterSettings settings, Object value) {
            if (!(value instanceof Long)) {
                throw new DataException("Expected Unix timestamp to be a Long, but found " + value.getClass());
            }
            // TimeUnit truncates toward zero and saturates instead of overflowing.
            return new Date(settings.unixPrecision.toMillis((Long) value));
        }

        @Override
        Schema typeSchema(boolean optional) {
            return optional ? Schema.OPTIONAL_INT64_SCHEMA : Schema.INT64_SCHEMA;
        }

        @Override
        Object toType(TimestampConverterSettings settings, Date raw) {
            return settings.unixPrecision.convert(raw.getTime(), TimeUnit.MILLISECONDS);
        }
    },

    DATE("Date") {
        @Override
        Date toRaw(TimestampConverterSettings settings, Object value) {
            return requireDate(value);
        }

        @Override
        Schema typeSchema(boolean optional) {
            return optional ? TimestampConverter.OPTIONAL_DATE_SCHEMA : org.apache.kafka.connect.data.Date.SCHEMA;
        }

        @Override
        Object toType(TimestampConverterSettings settings, Date raw) {
            // Midnight UTC of the same day, rounding down for instants before the epoch.
            return new Date(Math.floorDiv(raw.getTime(), MILLIS_PER_DAY) * MILLIS_PER_DAY);
        }
    },

    TIME("Time") {
        @Override
        Date toRaw(TimestampConverterSettings settings, Object value) {
            return requireDate(value);
        }

        @Override
        Schema typeSchema(boolean optional) {
            return optional ? TimestampConverter.OPTIONAL_TIME_SCHEMA : Time.SCHEMA;
        }

        @Override
        Object toType(TimestampConverterSettings settings, Date raw) {
            // The time of day in UTC, placed on 1970-01-01.
            return new Date(Math.floorMod(raw.getTime(), MILLIS_PER_DAY));
        }
    },

    TIMESTAMP("Timestamp") {
        @Override
        Date toRaw(TimestampConverterSettings settings, Object value) {
            return requireDate(value);
        }

        @Override
        Schema typeSchema(boolean optional) {
            return optional ? TimestampConverter.OPTIONAL_TIMESTAMP_SCHEMA : Timestamp.SCHEMA;
        }

        @Override
        Object toType(TimestampConverterSettings settings, Date raw) {
            return raw;
        }
    };

    private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);

    /** The spelling used in the {@code target.type} config. */
    final String configName;

    TimestampConverterType(String configName) {
        this.configName = configName;
    }

    /** Reads {@code value} (never null) in this representation as UTC epoch milliseconds. */
    abstract Date toRaw(TimestampConverterSettings settings, Object value);

    /** The Connect schema of this representation. */
    abstract Schema typeSchema(boolean optional);

    /** Writes {@code raw} in this representation. */
    abstract Object toType(TimestampConverterSettings settings, Date raw);

    Date requireDate(Object value) {
        if (!(value instanceof Date)) {
            throw new DataException("Expected " + configName + " to be a java.util.Date, but found "
                    + value.getClass());
        }
        return (Date) value;
    }

    /** The type named by a {@code target.type} value; the config validator has already vetted the name. */
    static TimestampConverterType forConfigName(String name) {
        for (TimestampConverterType type : values()) {
            if (type.configName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown timestamp type: " + name);
    }

    /** The representation a schema describes: logical names win, then INT64 means unix and STRING means string. */
    static TimestampConverterType forSchema(Schema schema) {
        String name = schema.name();
        if (org.apache.kafka.connect.data.Date.LOGICAL_NAME.equals(name)) {
            return DATE;
        } else if (Time.LOGICAL_NAME.equals(name)) {
            return TIME;
        } else if (Timestamp.LOGICAL_NAME.equals(name)) {
            return TIMESTAMP;
        } else if (schema.type() == Schema.Type.INT64) {
            return UNIX;
        } else if (schema.type() == Schema.Type.STRING) {
            return STRING;
        }
        // Apache Kafka throws a plain ConnectException here; DataException is a subclass with the same message.
        throw new DataException("Schema " + schema + " does not correspond to a known timestamp type format");
    }

    /** The representation of a schemaless value, judged by its Java class. */
    static TimestampConverterType forValue(Object value) {
        if (value instanceof String) {
            return STRING;
        } else if (value instanceof Long) {
            return UNIX;
        } else if (value instanceof Date) {
            return TIMESTAMP;
        }
        throw new DataException("TimestampConverter does not support " + value.getClass()
                + " objects as timestamps");
    }
}
