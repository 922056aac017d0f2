/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.header;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * The light check {@link ConnectHeaders#add(String, Object, Schema)} applies: only the Java class of the value is
 * compared with what the schema's type (and well-known logical name) allows. Elements of lists and maps and the
 * fields of structs are deliberately not inspected, so adding a header stays cheap.
 */
final class HeaderValueCheck {

    private HeaderValueCheck() {
    }

    static void checkFits(Object value, Schema schema) {
        if (schema == null) {
            return;
        }
        if (value == null) {
            if (!schema.isOptional()) {
                throw new DataException("A null value requires an optional schema but was " + schema);
            }
            return;
        }
        if (!fits(value, schema)) {
            throw new DataException("The value " + value + " is not compatible with the schema " + schema);
        }
    }

    static void checkType(Schema schema, Schema.Type expected) {
        if (schema.type() != expected) {
            throw new DataException("Expecting " + expected + " but instead found " + schema.type());
        }
    }

    private static boolean fits(Object value, Schema schema) {
        Schema.Type type = schema.type();
        if (type == null) {
            return false;
        }
        return fitsType(value, type) || fitsLogical(value, schema.name(), type);
    }

    private static boolean fitsType(Object value, Schema.Type type) {
        switch (type) {
            case INT8:
                return value instanceof Byte;
            case INT16:
                return value instanceof Short;
            case INT32:
                return value instanceof Integer;
            case INT64:
                return value instanceof Long;
            case FLOAT32:
                return value instanceof Float;
            case FLOAT64:
                return value instanceof Double;
            case BOOLEAN:
                return value instanceof Boolean;
            case STRING:
                return value instanceof String;
            case BYTES:
                return value instanceof byte[] || value instanceof ByteBuffer;
            case ARRAY:
                return value instanceof List;
            case MAP:
                return value instanceof Map;
            case STRUCT:
                return value instanceof Struct;
            default:
                return false;
        }
    }

    // A logical value is only accepted when the schema's underlying type is the one that logical type uses.
    private static boolean fitsLogical(Object value, String name, Schema.Type type) {
        if (name == null) {
            return false;
        }
        switch (name) {
            case Decimal.LOGICAL_NAME:
                return type == Schema.Type.BYTES && value instanceof BigDecimal;
            case org.apache.kafka.connect.data.Date.LOGICAL_NAME:
            case Time.LOGICAL_NAME:
                return type == Schema.Type.INT32 && value instanceof java.util.Date;
            case Timestamp.LOGICAL_NAME:
                return type == Schema.Type.INT64 && value instanceof java.util.Date;
            default:
                return false;
        }
    }
}
