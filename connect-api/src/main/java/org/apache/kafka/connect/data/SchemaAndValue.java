/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import java.util.Objects;

/** A value paired with the schema describing it, as produced by converters. Neither part is checked. */
public class SchemaAndValue {

    /** The pair of a null schema and a null value. */
    public static final SchemaAndValue NULL = new SchemaAndValue(null, null);

    private final Schema schema;
    private final Object value;

    /** Pairs {@code value} with {@code schema}; either may be null. */
    public SchemaAndValue(Schema schema, Object value) {
        this.schema = schema;
        this.value = value;
    }

    /** The schema, possibly null. */
    public Schema schema() {
        return schema;
    }

    /** The value, possibly null. */
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        SchemaAndValue that = (SchemaAndValue) o;
        return Objects.equals(schema, that.schema) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, value);
    }

    @Override
    public String toString() {
        return "SchemaAndValue{schema=" + schema + ", value=" + value + "}";
    }
}
