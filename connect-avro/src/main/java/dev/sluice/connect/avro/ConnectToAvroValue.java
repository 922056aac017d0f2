/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Turns a Connect value into the Java value Avro's generic writer takes for the schema
 * {@link ConnectToAvroSchema} built: records for structs, map-entry records for maps with other keys, logical
 * types as their encoded numbers or bytes, a value of an optional schema as the union's other branch.
 */
final class ConnectToAvroValue {

    private ConnectToAvroValue() {
    }

    static Object convert(org.apache.kafka.connect.data.Schema schema, Schema avro, Object value) {
        if (value == null) {
            if (schema.defaultValue() != null) {
                return convert(schema, avro, schema.defaultValue());
            }
            if (!schema.isOptional()) {
                throw new DataException("Found null value for non-optional schema " + describe(schema));
            }
            return null;
        }
        Schema branch = avro.getType() == Schema.Type.UNION ? nonNullBranch(avro) : avro;
        try {
            if (LogicalValues.isLogical(schema)) {
                Object encoded = LogicalValues.encode(schema, value);
                return encoded instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : encoded;
            }
            return switch (schema.type()) {
                case INT8 -> (int) (Byte) value;
                case INT16 -> (int) (Short) value;
                case INT32 -> (Integer) value;
                case INT64 -> (Long) value;
                case FLOAT32 -> (Float) value;
                case FLOAT64 -> (Double) value;
                case BOOLEAN -> (Boolean) value;
                case STRING -> branch.getType() == Schema.Type.ENUM
                        ? new GenericData.EnumSymbol(branch, (String) value) : (String) value;
                case BYTES -> bytes(branch, value);
                case ARRAY -> array(schema, branch, (List<?>) value);
                case MAP -> map(schema, branch, (Map<?, ?>) value);
                case STRUCT -> record(schema, branch, (Struct) value);
            };
        } catch (ClassCastException e) {
            throw new DataException("Invalid Java object for schema " + describe(schema) + ": "
                    + value.getClass().getName(), e);
        }
    }

    private static Object bytes(Schema avro, Object value) {
        ByteBuffer buffer = value instanceof byte[] array ? ByteBuffer.wrap(array) : (ByteBuffer) value;
        if (avro.getType() == Schema.Type.FIXED) {
            byte[] fixed = new byte[buffer.remaining()];
            buffer.duplicate().get(fixed);
            return new GenericData.Fixed(avro, fixed);
        }
        return buffer;
    }

    private static List<Object> array(org.apache.kafka.connect.data.Schema schema, Schema avro, List<?> value) {
        List<Object> items = new ArrayList<>(value.size());
        for (Object item : value) {
            items.add(convert(schema.valueSchema(), avro.getElementType(), item));
        }
        return items;
    }

    private static Object map(org.apache.kafka.connect.data.Schema schema, Schema avro, Map<?, ?> value) {
        if (avro.getType() == Schema.Type.MAP) {
            Map<String, Object> entries = new HashMap<>(value.size() * 2);
            value.forEach((key, item) -> entries.put((String) key,
                    convert(schema.valueSchema(), avro.getValueType(), item)));
            return entries;
        }
        Schema entrySchema = avro.getElementType();
        Schema keyAvro = entrySchema.getField(AvroNames.MAP_KEY).schema();
        Schema valueAvro = entrySchema.getField(AvroNames.MAP_VALUE).schema();
        List<GenericRecord> entries = new ArrayList<>(value.size());
        value.forEach((key, item) -> {
            GenericData.Record entry = new GenericData.Record(entrySchema);
            entry.put(0, convert(schema.keySchema(), keyAvro, key));
            entry.put(1, convert(schema.valueSchema(), valueAvro, item));
            entries.add(entry);
        });
        return entries;
    }

    private static GenericRecord record(org.apache.kafka.connect.data.Schema schema, Schema avro, Struct struct) {
        if (!struct.schema().equals(schema)) {
            throw new DataException("Mismatching struct schema");
        }
        GenericData.Record record = new GenericData.Record(avro);
        List<Schema.Field> avroFields = avro.getFields();
        List<Field> fields = schema.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            record.put(i, convert(field.schema(), avroFields.get(i).schema(), struct.get(field)));
        }
        return record;
    }

    private static Schema nonNullBranch(Schema union) {
        for (Schema branch : union.getTypes()) {
            if (branch.getType() != Schema.Type.NULL) {
                return branch;
            }
        }
        throw new DataException("Union " + union + " has no branch but null");
    }

    private static String describe(org.apache.kafka.connect.data.Schema schema) {
        return schema.name() != null ? schema.name() + " (" + schema.type() + ")" : schema.type().toString();
    }
}
