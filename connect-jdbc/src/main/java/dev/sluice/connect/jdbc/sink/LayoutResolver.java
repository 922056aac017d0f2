/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.jdbc.sink;

import dev.sluice.connect.jdbc.dialect.SinkColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Which columns records of a key and value schema write, by {@code pk.mode}, {@code pk.fields} and
 * {@code fields.whitelist}. The layout depends on the schemas only, and consecutive records nearly always share
 * their schema instances, so the last layout is kept and reused while the schemas are the same objects.
 */
final class LayoutResolver {

    private final PrimaryKeyMode pkMode;
    private final List<String> pkFields;
    private final Set<String> whitelist;

    private Schema lastKeySchema;
    private Schema lastValueSchema;
    private RecordLayout lastLayout;

    LayoutResolver(PrimaryKeyMode pkMode, List<String> pkFields, List<String> whitelist) {
        this.pkMode = pkMode;
        this.pkFields = List.copyOf(pkFields);
        this.whitelist = Set.copyOf(whitelist);
    }

    /**
     * @param valueSchema null for a tombstone: only the key columns
     * @throws DataException    when records of these schemas cannot be written
     * @throws ConnectException when the settings cannot work with these schemas
     */
    RecordLayout layout(SinkRecord record, Schema keySchema, Schema valueSchema) {
        if (lastLayout != null && keySchema == lastKeySchema && valueSchema == lastValueSchema) {
            return lastLayout;
        }
        List<SinkColumn> keys = keyColumns(record, keySchema, valueSchema);
        List<SinkColumn> values = new ArrayList<>();
        if (valueSchema != null) {
            List<String> keyNames = keys.stream().map(SinkColumn::name).toList();
            for (Field field : valueSchema.fields()) {
                if (!keyNames.contains(field.name())
                        && (whitelist.isEmpty() || whitelist.contains(field.name()))) {
                    values.add(new SinkColumn(field.name(), field.schema()));
                }
            }
        }
        RecordLayout layout = new RecordLayout(keys, values);
        for (SinkColumn column : layout.allColumns()) {
            requireWritable(record, column);
        }
        lastKeySchema = keySchema;
        lastValueSchema = valueSchema;
        lastLayout = layout;
        return layout;
    }

    private List<SinkColumn> keyColumns(SinkRecord record, Schema keySchema, Schema valueSchema) {
        return switch (pkMode) {
            case NONE -> List.of();
            case KAFKA -> {
                List<String> names = pkFields.isEmpty() ? PrimaryKeyMode.DEFAULT_KAFKA_COLUMNS : pkFields;
                yield List.of(new SinkColumn(names.get(0), Schema.STRING_SCHEMA),
                        new SinkColumn(names.get(1), Schema.INT32_SCHEMA),
                        new SinkColumn(names.get(2), Schema.INT64_SCHEMA));
            }
            case RECORD_KEY -> keySchema.type().isPrimitive() ? primitiveKey(keySchema)
                    : structFields(record, keySchema, "key");
            case RECORD_VALUE -> structFields(record, valueSchema, "value");
        };
    }

    /** A primitive key has no field name, so {@code pk.fields} must give its column one. */
    private List<SinkColumn> primitiveKey(Schema keySchema) {
        if (pkFields.size() != 1) {
            throw new ConnectException("pk.mode=record_key with a primitive key (" + keySchema.type() + ") needs"
                    + " exactly one column name in pk.fields, but pk.fields is " + pkFields);
        }
        return List.of(new SinkColumn(pkFields.get(0), keySchema));
    }

    /** All fields of the Struct schema when {@code pk.fields} is empty, else the listed ones in that order. */
    private List<SinkColumn> structFields(SinkRecord record, Schema schema, String part) {
        List<SinkColumn> columns = new ArrayList<>();
        if (pkFields.isEmpty()) {
            schema.fields().forEach(field -> columns.add(new SinkColumn(field.name(), field.schema())));
            return columns;
        }
        for (String name : pkFields) {
            Field field = schema.field(name);
            if (field == null) {
                throw new DataException("Primary-key field " + name + " (pk.fields, pk.mode=record_" + part + ") is"
                        + " missing from the " + part + " schema of the record at " + PendingWrite.describe(record)
                        + "; its fields are " + schema.fields().stream().map(Field::name).toList());
            }
            columns.add(new SinkColumn(name, field.schema()));
        }
        return columns;
    }

    /** Columns hold primitives and their logical types; nested values have no column type to go to. */
    private static void requireWritable(SinkRecord record, SinkColumn column) {
        Schema.Type type = column.schema().type();
        if (!type.isPrimitive()) {
            throw new DataException("Field " + column.name() + " of the record at " + PendingWrite.describe(record)
                    + " has type " + type + ", which no column can hold; flatten it (e.g. the Flatten transform)"
                    + " or leave it out with fields.whitelist");
        }
    }
}
