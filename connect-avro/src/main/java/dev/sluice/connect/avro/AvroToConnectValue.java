/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Turns what Avro gives into a Connect value of the schema {@link AvroToConnectSchema} built. It takes both forms
 * Avro has: a decoded datum (records, {@code Utf8}, byte buffers, fixed and enum objects) and a schema's JSON default
 * as Avro hands it over (maps for records, byte arrays, plain numbers and strings).
 */
final class AvroToConnectValue {

    private AvroToConnectValue() {
    }

    static Object convert(org.apache.kafka.connect.data.Schema schema, Schema avro, Object value) {
        if (value == null || value == org.apache.avro.JsonProperties.NULL_VALUE) {
            return null;
        }
        if (avro.getType() == Schema.Type.UNION) {
            if (AvroToConnectSchema.isOptionalUnion(avro)) {
                return convert(schema, nonNullBranch(avro), value);
            }
            return union(schema, avro, value);
        }
        String logical = schema.name();
        if (Decimal.LOGICAL_NAME.equals(logical)) {
            return Decimal.toLogical(schema, bytes(value));
        }
        if (Date.LOGICAL_NAME.equals(logical)) {
            return Date.toLogical(schema, ((Number) value).intValue());
        }
        if (Time.LOGICAL_NAME.equals(logical)) {
            return Time.toLogical(schema, ((Number) value).intValue());
        }
        if (Timestamp.LOGICAL_NAME.equals(logical)) {
            return Timestamp.toLogical(schema, ((Number) value).longValue());
        }
        return switch (schema.type()) {
            case INT8 -> ((Number) value).byteValue();
            case INT16 -> ((Number) value).shortValue();
            case INT32 -> ((Number) value).intValue();
            case INT64 -> ((Number) value).longValue();
            case FLOAT32 -> ((Number) value).floatValue();
            case FLOAT64 -> ((Number) value).doubleValue();
            case BOOLEAN -> (Boolean) value;
            case STRING -> value.toString();
            case BYTES -> bytes(value);
            case ARRAY -> array(schema, avro, (Collection<?>) value);
            case MAP -> map(schema, avro, value);
            case STRUCT -> struct(schema, avro, value);
        };
    }

    private static List<Object> array(org.apache.kafka.connect.data.Schema schema, Schema avro, Collection<?> value) {
        List<Object> items = new ArrayList<>(value.size());
        for (Object item : value) {
            items.add(convert(schema.valueSchema(), avro.getElementType(), item));
        }
        return items;
    }

    private static Map<Object, Object> map(org.apache.kafka.connect.data.Schema schema, Schema avro, Object value) {
        Map<Object, Object> result = new HashMap<>();
        if (avro.getType() == Schema.Type.MAP) {
            ((Map<?, ?>) value).forEach((key, item) ->
                    result.put(key.toString(), convert(schema.valueSchema(), avro.getValueType(), item)));
            return result;
        }
        Schema entry = avro.getElementType();
        Schema keyAvro = entry.getField(AvroNames.MAP_KEY).schema();
        Schema valueAvro = entry.getField(AvroNames.MAP_VALUE).schema();
        for (Object item : (Collection<?>) value) {
            result.put(convert(schema.keySchema(), keyAvro, field(item, AvroNames.MAP_KEY)),
                    convert(schema.valueSchema(), valueAvro, field(item, AvroNames.MAP_VALUE)));
        }
        return result;
    }

    private static Struct struct(org.apache.kafka.connect.data.Schema schema, Schema avro, Object value) {
        Struct struct = new Struct(schema);
        for (Field field : schema.fields()) {
            Schema.Field avroField = avro.getField(field.name());
            if (avroField == null) {
                throw new DataException("Avro record " + avro.getFullName() + " has no field " + field.name());
            }
            struct.put(field, convert(field.schema(), avroField.schema(), field(value, field.name())));
        }
        return struct;
    }

    /** A union value as the struct with the one field of its branch set. */
    private static Struct union(org.apache.kafka.connect.data.Schema schema, Schema avro, Object value) {
        int index = GenericData.get().resolveUnion(avro, value);
        Schema branch = avro.getTypes().get(index);
        Struct struct = new Struct(schema);
        for (Field field : schema.fields()) {
            if (matches(field.name(), branch)) {
                struct.put(field, convert(field.schema(), branch, value));
                return struct;
            }
        }
        throw new DataException("No field of " + schema.name() + " holds the union branch " + branch);
    }

    private static boolean matches(String fieldName, Schema branch) {
        return switch (branch.getType()) {
            case RECORD, ENUM, FIXED -> fieldName.equals(branch.getName()) || fieldName.equals(branch.getFullName());
            default -> fieldName.equals(branch.getType().getName());
        };
    }

    private static Object field(Object record, String name) {
        if (record instanceof GenericRecord generic) {
            return generic.get(name);
        }
        return ((Map<?, ?>) record).get(name);
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] array) {
            return array;
        }
        if (value instanceof GenericFixed fixed) {
            return fixed.bytes();
        }
        ByteBuffer buffer = (ByteBuffer) value;
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static Schema nonNullBranch(Schema union) {
        return union.getTypes().get(0).getType() == Schema.Type.NULL ? union.getTypes().get(1) : union.getTypes().get(0);
    }
}
