/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.transforms.util.SchemaUtil;

/**
 * {@link Flatten} for data with schemas. A flattened field is optional when it or any enclosing struct is optional,
 * and it takes its own default or, failing that, the value an enclosing struct's default holds for it.
 */
final class FlattenStructs {

    private FlattenStructs() {
    }

    static Schema flattenSchema(FlattenNames names, Schema schema) {
        SchemaBuilder builder = SchemaUtil.copySchemaBasics(schema, SchemaBuilder.struct());
        addFields(names, schema, "", builder, schema.isOptional(), (Struct) schema.defaultValue());
        return builder.build();
    }

    private static void addFields(FlattenNames names, Schema schema, String prefix, SchemaBuilder target,
                                  boolean optionalParent, Struct parentDefault) {
        for (Field field : schema.fields()) {
            String fieldName = names.join(prefix, field.name());
            Schema fieldSchema = field.schema();
            boolean optional = optionalParent || fieldSchema.isOptional();
            Object defaultValue = fieldSchema.defaultValue();
            if (defaultValue == null && parentDefault != null) {
                defaultValue = parentDefault.get(field.name());
            }
            switch (fieldSchema.type()) {
                case INT8:
                case INT16:
                case INT32:
                case INT64:
                case FLOAT32:
                case FLOAT64:
                case BOOLEAN:
                case STRING:
                case BYTES:
                case ARRAY:
                    target.field(fieldName, leafSchema(fieldSchema, optional, defaultValue));
                    break;
                case STRUCT:
                    addFields(names, fieldSchema, fieldName, target, optional, (Struct) defaultValue);
                    break;
                default:
                    throw unsupported(fieldSchema, fieldName);
            }
        }
    }

    private static Schema leafSchema(Schema original, boolean optional, Object defaultValue) {
        SchemaBuilder builder = SchemaUtil.copySchemaBasics(original);
        if (optional) {
            builder.optional();
        }
        if (defaultValue != null) {
            builder.defaultValue(defaultValue);
        }
        return builder.build();
    }

    static void flattenValue(FlattenNames names, Struct source, String prefix, Struct target) {
        // A missing nested struct leaves its flattened fields unset.
        if (source == null) {
            return;
        }
        for (Field field : source.schema().fields()) {
            String fieldName = names.join(prefix, field.name());
            switch (field.schema().type()) {
                case INT8:
                case INT16:
                case INT32:
                case INT64:
                case FLOAT32:
                case FLOAT64:
                case BOOLEAN:
                case STRING:
                case BYTES:
                case ARRAY:
                    target.put(fieldName, source.get(field));
                    break;
                case STRUCT:
                    flattenValue(names, source.getStruct(field.name()), fieldName, target);
                    break;
                default:
                    throw unsupported(field.schema(), fieldName);
            }
        }
    }

    private static DataException unsupported(Schema schema, String fieldName) {
        return new DataException("Flatten transformation does not support " + schema.type()
                + " for record with schemas (for field " + fieldName + ").");
    }
}
