/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.SchemaBuilderException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fluent, mutable {@link Schema} used to assemble schemas step by step; {@link #build()} turns it into an
 * immutable {@link ConnectSchema}. Each property can be set only once. Equality is identity, since the builder
 * keeps changing.
 */
public class SchemaBuilder implements Schema {

    private static final String OPTIONAL_FIELD = "optional";
    private static final String DEFAULT_FIELD = "default";
    private static final String NAME_FIELD = "name";
    private static final String VERSION_FIELD = "version";
    private static final String DOC_FIELD = "doc";

    private final Type type;
    private Boolean optional = null;
    private Object defaultValue = null;
    // Keyed by field name, in declaration order; null unless this is a struct builder.
    private final Map<String, Field> fields;
    private Schema keySchema = null;
    private Schema valueSchema = null;
    private String name;
    private Integer version;
    private String doc;
    // Created lazily so schemas without parameters report null, not an empty map.
    private Map<String, String> parameters;

    /** Starts a builder for the given type; a {@link SchemaBuilderException} if it is null. */
    public SchemaBuilder(Type type) {
        if (type == null) {
            throw new SchemaBuilderException("type cannot be null");
        }
        this.type = type;
        this.fields = type == Type.STRUCT ? new LinkedHashMap<>() : null;
    }

    @Override
    public boolean isOptional() {
        return optional != null && optional;
    }

    /** Marks the schema optional (nulls allowed). */
    public SchemaBuilder optional() {
        checkCanSet(OPTIONAL_FIELD, optional, true);
        optional = true;
        return this;
    }

    /** Marks the schema required, which is also the default. */
    public SchemaBuilder required() {
        checkCanSet(OPTIONAL_FIELD, optional, false);
        optional = false;
        return this;
    }

    @Override
    public Object defaultValue() {
        return defaultValue;
    }

    /** Sets the default value, which must be valid for the schema as configured so far. */
    public SchemaBuilder defaultValue(Object value) {
        checkCanSet(DEFAULT_FIELD, defaultValue, value);
        try {
            ConnectSchema.validateValue(this, value);
        } catch (DataException e) {
            throw new SchemaBuilderException("Invalid default value", e);
        }
        defaultValue = value;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    /** Sets the schema name. */
    public SchemaBuilder name(String name) {
        checkCanSet(NAME_FIELD, this.name, name);
        this.name = name;
        return this;
    }

    @Override
    public Integer version() {
        return version;
    }

    /** Sets the schema version; newer versions must be greater. */
    public SchemaBuilder version(Integer version) {
        checkCanSet(VERSION_FIELD, this.version, version);
        this.version = version;
        return this;
    }

    @Override
    public String doc() {
        return doc;
    }

    /** Sets the documentation. */
    public SchemaBuilder doc(String doc) {
        checkCanSet(DOC_FIELD, this.doc, doc);
        this.doc = doc;
        return this;
    }

    @Override
    public Map<String, String> parameters() {
        return parameters == null ? null : Collections.unmodifiableMap(parameters);
    }

    /** Sets one parameter, replacing any earlier value for the same name. */
    public SchemaBuilder parameter(String propertyName, String propertyValue) {
        if (parameters == null) {
            parameters = new LinkedHashMap<>();
        }
        parameters.put(propertyName, propertyValue);
        return this;
    }

    /** Adds all the given parameters, keeping those already set under other names. */
    public SchemaBuilder parameters(Map<String, String> props) {
        if (props.isEmpty()) {
            return this;
        }
        if (parameters == null) {
            parameters = new LinkedHashMap<>();
        }
        parameters.putAll(props);
        return this;
    }

    @Override
    public Type type() {
        return type;
    }

    /** A builder for any type; handy when the type is only known at run time. */
    public static SchemaBuilder type(Type type) {
        return new SchemaBuilder(type);
    }

    /** A builder for {@link Type#INT8}. */
    public static SchemaBuilder int8() {
        return new SchemaBuilder(Type.INT8);
    }

    /** A builder for {@link Type#INT16}. */
    public static SchemaBuilder int16() {
        return new SchemaBuilder(Type.INT16);
    }

    /** A builder for {@link Type#INT32}. */
    public static SchemaBuilder int32() {
        return new SchemaBuilder(Type.INT32);
    }

    /** A builder for {@link Type#INT64}. */
    public static SchemaBuilder int64() {
        return new SchemaBuilder(Type.INT64);
    }

    /** A builder for {@link Type#FLOAT32}. */
    public static SchemaBuilder float32() {
        return new SchemaBuilder(Type.FLOAT32);
    }

    /** A builder for {@link Type#FLOAT64}. */
    public static SchemaBuilder float64() {
        return new SchemaBuilder(Type.FLOAT64);
    }

    /** A builder for {@link Type#BOOLEAN}. */
    public static SchemaBuilder bool() {
        return new SchemaBuilder(Type.BOOLEAN);
    }

    /** A builder for {@link Type#STRING}. */
    public static SchemaBuilder string() {
        return new SchemaBuilder(Type.STRING);
    }

    /** A builder for {@link Type#BYTES}. */
    public static SchemaBuilder bytes() {
        return new SchemaBuilder(Type.BYTES);
    }

    /** A builder for {@link Type#STRUCT}; add fields with {@link #field(String, Schema)}. */
    public static SchemaBuilder struct() {
        return new SchemaBuilder(Type.STRUCT);
    }

    /** Appends a field to a struct builder. Names must be non-empty and unique, and the schema non-null. */
    public SchemaBuilder field(String fieldName, Schema fieldSchema) {
        if (type != Type.STRUCT) {
            throw new SchemaBuilderException("Cannot create fields on type " + type);
        }
        if (fieldName == null || fieldName.isEmpty()) {
            throw new SchemaBuilderException("fieldName cannot be null.");
        }
        if (fieldSchema == null) {
            throw new SchemaBuilderException("fieldSchema for field " + fieldName + " cannot be null.");
        }
        if (fields.containsKey(fieldName)) {
            throw new SchemaBuilderException("Cannot create field because of field name duplication " + fieldName);
        }
        fields.put(fieldName, new Field(fieldName, fields.size(), fieldSchema));
        return this;
    }

    /** A snapshot of the fields added so far; a DataException if this is not a struct builder. */
    @Override
    public List<Field> fields() {
        if (type != Type.STRUCT) {
            throw new DataException("Cannot list fields on non-struct type");
        }
        return new ArrayList<>(fields.values());
    }

    @Override
    public Field field(String fieldName) {
        if (type != Type.STRUCT) {
            throw new DataException("Cannot look up fields on non-struct type");
        }
        return fields.get(fieldName);
    }

    /** A builder for an array whose elements follow {@code valueSchema}. */
    public static SchemaBuilder array(Schema valueSchema) {
        if (valueSchema == null) {
            throw new SchemaBuilderException("valueSchema cannot be null.");
        }
        SchemaBuilder builder = new SchemaBuilder(Type.ARRAY);
        builder.valueSchema = valueSchema;
        return builder;
    }

    /** A builder for a map from {@code keySchema} keys to {@code valueSchema} values. */
    public static SchemaBuilder map(Schema keySchema, Schema valueSchema) {
        if (keySchema == null) {
            throw new SchemaBuilderException("keySchema cannot be null.");
        }
        if (valueSchema == null) {
            throw new SchemaBuilderException("valueSchema cannot be null.");
        }
        SchemaBuilder builder = new SchemaBuilder(Type.MAP);
        builder.keySchema = keySchema;
        builder.valueSchema = valueSchema;
        return builder;
    }

    /** The key schema, or null when none is set (builders do not reject non-map types here). */
    @Override
    public Schema keySchema() {
        return keySchema;
    }

    /** The value schema, or null when none is set (builders do not reject other types here). */
    @Override
    public Schema valueSchema() {
        return valueSchema;
    }

    /** Creates a new immutable schema from the current settings. */
    public Schema build() {
        // The parameter view stays live, matching Apache: later parameter() calls show through built schemas.
        return new ConnectSchema(type, isOptional(), defaultValue, name, version, doc,
                parameters == null ? null : Collections.unmodifiableMap(parameters),
                fields == null ? null : List.copyOf(fields.values()),
                keySchema, valueSchema);
    }

    /** Same as {@link #build()}. */
    @Override
    public Schema schema() {
        return build();
    }

    // Setting a property again is only allowed with the very same value (identity, as Apache does).
    private static void checkCanSet(String fieldName, Object fieldValue, Object value) {
        if (fieldValue != null && fieldValue != value) {
            throw new SchemaBuilderException("Invalid SchemaBuilder call: " + fieldName + " has already been set.");
        }
    }
}
