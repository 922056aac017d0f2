/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import java.util.Objects;

/** One named, positioned member of a struct schema, with the schema of its value. */
public class Field {

    private final String name;
    private final int index;
    private final Schema schema;

    /** Creates a field; no checks are made, builders do those. */
    public Field(String name, int index, Schema schema) {
        this.name = name;
        this.index = index;
        this.schema = schema;
    }

    /** The field name. */
    public String name() {
        return name;
    }

    /** The zero-based position of the field in its struct. */
    public int index() {
        return index;
    }

    /** The schema of the field's value. */
    public Schema schema() {
        return schema;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Field that = (Field) o;
        return index == that.index && Objects.equals(name, that.name) && Objects.equals(schema, that.schema);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, index, schema);
    }

    @Override
    public String toString() {
        return "Field{name=" + name + ", index=" + index + ", schema=" + schema + "}";
    }
}
