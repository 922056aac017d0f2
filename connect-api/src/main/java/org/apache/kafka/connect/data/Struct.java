/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record whose fields are fixed by a struct {@link Schema}. Values are checked against the field schema when
 * they are put; {@link #validate()} checks that every required field is present.
 */
public class Struct {

    private final Schema schema;
    // Indexed by Field.index(); null means "not set".
    private final Object[] values;

    /** Creates an empty struct; a DataException if {@code schema} is not a struct schema. */
    public Struct(Schema schema) {
        if (schema.type() != Schema.Type.STRUCT) {
            throw new DataException("Not a struct schema: " + schema);
        }
        this.schema = schema;
        this.values = new Object[schema.fields().size()];
    }

    /** The schema this struct was created with. */
    public Schema schema() {
        return schema;
    }

    /** The value of the named field, or the field schema's default when unset. */
    public Object get(String fieldName) {
        return get(lookupField(fieldName));
    }

    /** The value at the field's index, or the given field schema's default when unset. */
    public Object get(Field field) {
        Object value = values[field.index()];
        if (value == null && field.schema().defaultValue() != null) {
            return field.schema().defaultValue();
        }
        return value;
    }

    /** The value exactly as set, ignoring defaults. */
    public Object getWithoutDefault(String fieldName) {
        return values[lookupField(fieldName).index()];
    }

    // The typed getters below return the raw value (no defaults), after checking the field's schema type.

    /** The raw value of an INT8 field. */
    public Byte getInt8(String fieldName) {
        return (Byte) getCheckType(fieldName, Schema.Type.INT8);
    }

    /** The raw value of an INT16 field. */
    public Short getInt16(String fieldName) {
        return (Short) getCheckType(fieldName, Schema.Type.INT16);
    }

    /** The raw value of an INT32 field. */
    public Integer getInt32(String fieldName) {
        return (Integer) getCheckType(fieldName, Schema.Type.INT32);
    }

    /** The raw value of an INT64 field. */
    public Long getInt64(String fieldName) {
        return (Long) getCheckType(fieldName, Schema.Type.INT64);
    }

    /** The raw value of a FLOAT32 field. */
    public Float getFloat32(String fieldName) {
        return (Float) getCheckType(fieldName, Schema.Type.FLOAT32);
    }

    /** The raw value of a FLOAT64 field. */
    public Double getFloat64(String fieldName) {
        return (Double) getCheckType(fieldName, Schema.Type.FLOAT64);
    }

    /** The raw value of a BOOLEAN field. */
    public Boolean getBoolean(String fieldName) {
        return (Boolean) getCheckType(fieldName, Schema.Type.BOOLEAN);
    }

    /** The raw value of a STRING field. */
    public String getString(String fieldName) {
        return (String) getCheckType(fieldName, Schema.Type.STRING);
    }

    /** The raw value of a BYTES field; a ByteBuffer yields its whole backing array. */
    public byte[] getBytes(String fieldName) {
        Object bytes = getCheckType(fieldName, Schema.Type.BYTES);
        if (bytes instanceof ByteBuffer) {
            return ((ByteBuffer) bytes).array();
        }
        return (byte[]) bytes;
    }

    /** The raw value of an ARRAY field. */
    @SuppressWarnings("unchecked")
    public <T> List<T> getArray(String fieldName) {
        return (List<T>) getCheckType(fieldName, Schema.Type.ARRAY);
    }

    /** The raw value of a MAP field. */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> getMap(String fieldName) {
        return (Map<K, V>) getCheckType(fieldName, Schema.Type.MAP);
    }

    /** The raw value of a STRUCT field. */
    public Struct getStruct(String fieldName) {
        return (Struct) getCheckType(fieldName, Schema.Type.STRUCT);
    }

    /** Sets the named field after validating the value; returns this struct for chaining. */
    public Struct put(String fieldName, Object value) {
        return put(lookupField(fieldName), value);
    }

    /** Sets the value at the field's index after validating it against the field's schema. */
    public Struct put(Field field, Object value) {
        if (field == null) {
            throw new DataException("field cannot be null.");
        }
        ConnectSchema.validateValue(field.name(), field.schema(), value);
        values[field.index()] = value;
        return this;
    }

    /** Throws a DataException if a required field without default is unset or any value does not fit. */
    public void validate() {
        for (Field field : schema.fields()) {
            Schema fieldSchema = field.schema();
            Object value = values[field.index()];
            if (value == null && (fieldSchema.isOptional() || fieldSchema.defaultValue() != null)) {
                continue;
            }
            ConnectSchema.validateValue(field.name(), fieldSchema, value);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Struct that = (Struct) o;
        return Objects.equals(schema, that.schema) && Arrays.deepEquals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, Arrays.deepHashCode(values));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Struct{");
        boolean first = true;
        for (Field field : schema.fields()) {
            Object value = values[field.index()];
            if (value == null) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append(field.name()).append('=').append(value);
        }
        return sb.append('}').toString();
    }

    private Field lookupField(String fieldName) {
        Field field = schema.field(fieldName);
        if (field == null) {
            throw new DataException(fieldName + " is not a valid field name");
        }
        return field;
    }

    private Object getCheckType(String fieldName, Schema.Type type) {
        Field field = lookupField(fieldName);
        if (field.schema().type() != type) {
            throw new DataException("Field '" + fieldName + "' is not of type " + type);
        }
        return values[field.index()];
    }
}
