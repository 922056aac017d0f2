/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The standard immutable {@link Schema}. Usually obtained from {@link SchemaBuilder#build()} or one of the constants
 * on {@link Schema}; it also hosts the checks that decide whether a Java value fits a schema.
 */
public class ConnectSchema implements Schema {

    private final Type type;
    private final boolean optional;
    private final Object defaultValue;
    private final String name;
    private final Integer version;
    private final String doc;
    private final Map<String, String> parameters;
    private final List<Field> fields;
    private final Map<String, Field> fieldsByName;
    private final Schema keySchema;
    private final Schema valueSchema;
    private int hash;

    /**
     * Creates a schema from all of its parts. The parameter map and field list are kept as given, not copied;
     * {@link SchemaBuilder} passes read-only views.
     */
    public ConnectSchema(Type type, boolean optional, Object defaultValue, String name, Integer version, String doc,
                         Map<String, String> parameters, List<Field> fields, Schema keySchema, Schema valueSchema) {
        this.type = type;
        this.optional = optional;
        this.defaultValue = defaultValue;
        this.name = name;
        this.version = version;
        this.doc = doc;
        this.parameters = parameters;
        if (type == Type.STRUCT) {
            this.fields = fields == null ? List.of() : fields;
            this.fieldsByName = new HashMap<>();
            for (Field field : this.fields) {
                fieldsByName.put(field.name(), field);
            }
        } else {
            this.fields = fields;
            this.fieldsByName = null;
        }
        this.keySchema = keySchema;
        this.valueSchema = valueSchema;
    }

    /** Creates a schema without parameters, fields, key or value schema: enough for any primitive type. */
    public ConnectSchema(Type type, boolean optional, Object defaultValue, String name, Integer version, String doc) {
        this(type, optional, defaultValue, name, version, doc, null, null, null, null);
    }

    /** Creates a required, unnamed schema of the given type without default. */
    public ConnectSchema(Type type) {
        this(type, false, null, null, null, null);
    }

    @Override
    public Type type() {
        return type;
    }

    @Override
    public boolean isOptional() {
        return optional;
    }

    @Override
    public Object defaultValue() {
        return defaultValue;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Integer version() {
        return version;
    }

    @Override
    public String doc() {
        return doc;
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public List<Field> fields() {
        if (type != Type.STRUCT) {
            throw new DataException("Cannot list fields on non-struct type");
        }
        return fields;
    }

    @Override
    public Field field(String fieldName) {
        if (type != Type.STRUCT) {
            throw new DataException("Cannot look up fields on non-struct type");
        }
        return fieldsByName.get(fieldName);
    }

    @Override
    public Schema keySchema() {
        if (type != Type.MAP) {
            throw new DataException("Cannot look up key schema on non-map type");
        }
        return keySchema;
    }

    @Override
    public Schema valueSchema() {
        if (type != Type.MAP && type != Type.ARRAY) {
            throw new DataException("Cannot look up value schema on non-array and non-map type");
        }
        return valueSchema;
    }

    /**
     * Checks that {@code value} fits {@code schema}: nullability, Java class (logical types by schema name) and,
     * recursively, array elements, map entries and struct contents. Throws a DataException otherwise.
     */
    public static void validateValue(Schema schema, Object value) {
        validateValue(null, schema, value);
    }

    /** Like {@link #validateValue(Schema, Object)}, naming {@code field} in error messages when it is not null. */
    public static void validateValue(String field, Schema schema, Object value) {
        ValueValidator.validate(schema, value, field);
    }

    /** Checks that {@code value} fits this schema; see {@link #validateValue(Schema, Object)}. */
    public void validateValue(Object value) {
        validateValue(this, value);
    }

    @Override
    public ConnectSchema schema() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        ConnectSchema that = (ConnectSchema) o;
        return optional == that.optional
                && type == that.type
                && Objects.equals(name, that.name)
                && Objects.equals(version, that.version)
                && Objects.equals(doc, that.doc)
                && Objects.deepEquals(defaultValue, that.defaultValue)
                && Objects.equals(parameters, that.parameters)
                && Objects.equals(fields, that.fields)
                && Objects.equals(keySchema, that.keySchema)
                && Objects.equals(valueSchema, that.valueSchema);
    }

    @Override
    public int hashCode() {
        // Schemas are map keys on every record's hot path (converter and transform schema caches), and a nested
        // schema's hash walks the whole tree. A schema does not change after construction (mutating the builder
        // it came from after build() is unsupported), so it is hashed once.
        // A racing first call computes the same value twice, which is harmless.
        int h = hash;
        if (h == 0) {
            // Defaults are compared deeply (byte[]), so they must be hashed deeply too.
            int defaultHash = Arrays.deepHashCode(new Object[]{defaultValue});
            h = Objects.hash(type, optional, defaultHash, name, version, doc, parameters, fields, keySchema,
                    valueSchema);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return name != null ? "Schema{" + name + ":" + type + "}" : "Schema{" + type + "}";
    }

    /**
     * The schema type whose Java representation {@code klass} is (or extends/implements), or null when the class
     * maps to no schema type.
     */
    public static Type schemaType(Class<?> klass) {
        return ValueValidator.schemaTypeFor(klass);
    }
}
