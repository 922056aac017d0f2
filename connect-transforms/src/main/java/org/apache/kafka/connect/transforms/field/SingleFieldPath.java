/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.field;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.transforms.util.Requirements;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A path to one field of a struct or map, parsed according to a {@link FieldSyntaxVersion}. Lookups return null
 * when a step is missing or null; they fail with a {@code DataException} when a step that should be a struct or
 * map is some other value.
 */
public class SingleFieldPath {

    private static final String NESTED_ACCESS = "nested field access";

    private final FieldSyntaxVersion version;
    private final List<String> steps;

    /**
     * Parses {@code pathText}: under {@code V1} it is a single field name; under {@code V2} it is a dotted path.
     *
     * @throws org.apache.kafka.common.config.ConfigException when a {@code V2} backtick is never closed
     */
    public SingleFieldPath(String pathText, FieldSyntaxVersion version) {
        this.version = version;
        switch (version) {
            case V1:
                this.steps = List.of(pathText);
                break;
            case V2:
                this.steps = FieldPathParser.parse(pathText);
                break;
            default:
                throw new IllegalArgumentException("Unknown field syntax version: " + version);
        }
    }

    /** The field of {@code schema} this path points at, or null when a step is missing or the schema is null. */
    public Field fieldFrom(Schema schema) {
        if (schema == null) {
            return null;
        }
        Schema current = schema;
        for (String step : parentSteps()) {
            Field field = current.field(step);
            if (field == null) {
                return null;
            }
            current = field.schema();
        }
        return current.field(lastStep());
    }

    /** The value at this path, falling back to field defaults for null values. */
    public Object valueFrom(Struct struct) {
        return valueFrom(struct, true);
    }

    /**
     * The value at this path; {@code withDefault} chooses whether a null final field yields its schema default.
     * Intermediate structs always fall back to their defaults.
     */
    public Object valueFrom(Struct struct, boolean withDefault) {
        if (struct == null) {
            return null;
        }
        Struct current = struct;
        for (String step : parentSteps()) {
            Field field = current.schema().field(step);
            if (field == null) {
                return null;
            }
            // Parent structs always fall back to their defaults; withDefault only governs the final field.
            current = Requirements.requireStructOrNull(current.get(field), NESTED_ACCESS);
            if (current == null) {
                return null;
            }
        }
        Field field = current.schema().field(lastStep());
        if (field == null) {
            return null;
        }
        return withDefault ? current.get(field) : current.getWithoutDefault(field.name());
    }

    /** The value at this path in a schemaless map, or null when a step is missing or null. */
    public Object valueFrom(Map<String, Object> map) {
        if (map == null) {
            return null;
        }
        Map<String, Object> current = map;
        for (String step : parentSteps()) {
            current = Requirements.requireMapOrNull(current.get(step), NESTED_ACCESS);
            if (current == null) {
                return null;
            }
        }
        return current.get(lastStep());
    }

    /** The parsed field names, outermost first. */
    String[] path() {
        return steps.toArray(new String[0]);
    }

    private List<String> parentSteps() {
        return steps.subList(0, steps.size() - 1);
    }

    private String lastStep() {
        return steps.get(steps.size() - 1);
    }

    // Two paths are equal when they reach the same field, whichever syntax spelled them.
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return steps.equals(((SingleFieldPath) o).steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps);
    }

    @Override
    public String toString() {
        return "SingleFieldPath{version=" + version + ", path=" + String.join(".", steps) + "}";
    }
}
