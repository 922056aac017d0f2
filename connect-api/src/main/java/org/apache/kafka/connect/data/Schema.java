/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import java.util.List;
import java.util.Map;

/**
 * Describes the shape of Connect data: a type, whether the value may be absent, an optional default, and naming
 * metadata (name, version, doc, parameters). Complex types also carry their element, key/value or field schemas.
 * A schema's name is also how logical types such as {@link Decimal} or {@link Date} are recognised.
 */
public interface Schema {

    /** The physical types Connect understands. Logical types are layered on top of these by schema name. */
    enum Type {
        /** 8-bit signed integer, carried as {@link Byte}. */
        INT8,
        /** 16-bit signed integer, carried as {@link Short}. */
        INT16,
        /** 32-bit signed integer, carried as {@link Integer}. */
        INT32,
        /** 64-bit signed integer, carried as {@link Long}. */
        INT64,
        /** IEEE 754 single precision, carried as {@link Float}. */
        FLOAT32,
        /** IEEE 754 double precision, carried as {@link Double}. */
        FLOAT64,
        /** True or false, carried as {@link Boolean}. */
        BOOLEAN,
        /** Unicode text, carried as {@link String}. */
        STRING,
        /** Raw bytes, carried as {@code byte[]} or {@link java.nio.ByteBuffer}. */
        BYTES,
        /** An ordered list whose elements share one schema. */
        ARRAY,
        /** A map whose keys share one schema and whose values share another. */
        MAP,
        /** A record with a fixed, ordered set of named fields. */
        STRUCT;

        // Cached so that hot serialization paths do not lower-case the constant name each time.
        private final String name;

        Type() {
            this.name = this.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The lower-case name of this type, as used in serialized schemas (e.g. {@code "int8"}). */
        public String getName() {
            return name;
        }

        /** Whether this type holds a single value rather than other values (array, map and struct are not). */
        public boolean isPrimitive() {
            return this != ARRAY && this != MAP && this != STRUCT;
        }
    }

    Schema INT8_SCHEMA = new ConnectSchema(Type.INT8);
    Schema INT16_SCHEMA = new ConnectSchema(Type.INT16);
    Schema INT32_SCHEMA = new ConnectSchema(Type.INT32);
    Schema INT64_SCHEMA = new ConnectSchema(Type.INT64);
    Schema FLOAT32_SCHEMA = new ConnectSchema(Type.FLOAT32);
    Schema FLOAT64_SCHEMA = new ConnectSchema(Type.FLOAT64);
    Schema BOOLEAN_SCHEMA = new ConnectSchema(Type.BOOLEAN);
    Schema STRING_SCHEMA = new ConnectSchema(Type.STRING);
    Schema BYTES_SCHEMA = new ConnectSchema(Type.BYTES);

    Schema OPTIONAL_INT8_SCHEMA = new ConnectSchema(Type.INT8, true, null, null, null, null);
    Schema OPTIONAL_INT16_SCHEMA = new ConnectSchema(Type.INT16, true, null, null, null, null);
    Schema OPTIONAL_INT32_SCHEMA = new ConnectSchema(Type.INT32, true, null, null, null, null);
    Schema OPTIONAL_INT64_SCHEMA = new ConnectSchema(Type.INT64, true, null, null, null, null);
    Schema OPTIONAL_FLOAT32_SCHEMA = new ConnectSchema(Type.FLOAT32, true, null, null, null, null);
    Schema OPTIONAL_FLOAT64_SCHEMA = new ConnectSchema(Type.FLOAT64, true, null, null, null, null);
    Schema OPTIONAL_BOOLEAN_SCHEMA = new ConnectSchema(Type.BOOLEAN, true, null, null, null, null);
    Schema OPTIONAL_STRING_SCHEMA = new ConnectSchema(Type.STRING, true, null, null, null, null);
    Schema OPTIONAL_BYTES_SCHEMA = new ConnectSchema(Type.BYTES, true, null, null, null, null);

    /** The physical type of values described by this schema. */
    Type type();

    /** Whether a null value is acceptable. */
    boolean isOptional();

    /** The value to use when none was supplied, or null when there is none. */
    Object defaultValue();

    /** The schema's name, or null. Well-known names mark logical types. */
    String name();

    /** The schema version, or null. Later versions must compare greater than earlier ones. */
    Integer version();

    /** Human-readable documentation, or null. */
    String doc();

    /** Free-form string parameters, or null when the schema has none. */
    Map<String, String> parameters();

    /** The schema of map keys; a {@link org.apache.kafka.connect.errors.DataException} if this is not a map. */
    Schema keySchema();

    /** The schema of map values or array elements; a DataException for any other type. */
    Schema valueSchema();

    /** The fields of a struct schema, in order; a DataException for any other type. */
    List<Field> fields();

    /** The named field of a struct schema or null if absent; a DataException for any other type. */
    Field field(String fieldName);

    /** A concrete, immutable schema equivalent to this one. */
    Schema schema();
}
