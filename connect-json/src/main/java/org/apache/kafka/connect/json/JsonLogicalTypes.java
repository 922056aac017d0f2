/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Both directions of the four logical types. They are chosen by schema name alone, whatever the schema's
 * underlying type, as Apache does.
 */
final class JsonLogicalTypes {

    /** One logical type's conversions. */
    interface LogicalType {
        JsonNode toJson(Schema schema, Object value, DecimalFormat decimalFormat);

        Object toConnect(Schema schema, JsonNode json);
    }

    private static final JsonNodeFactory NODES = JsonMappers.NODE_FACTORY;

    private static final Map<String, LogicalType> BY_NAME = Map.of(
            Decimal.LOGICAL_NAME, new DecimalType(),
            Date.LOGICAL_NAME, new DateType(),
            Time.LOGICAL_NAME, new TimeType(),
            Timestamp.LOGICAL_NAME, new TimestampType());

    private JsonLogicalTypes() {
    }

    /** The logical type a schema stands for, or null when it is a plain schema. */
    static LogicalType of(Schema schema) {
        String name = schema == null ? null : schema.name();
        return name == null ? null : BY_NAME.get(name);
    }

    private static java.util.Date requireDate(String typeName, Object value) {
        if (!(value instanceof java.util.Date date)) {
            throw new DataException("Invalid type for " + typeName + ", expected Date but was " + value.getClass());
        }
        return date;
    }

    private static void requireInt(String typeName, JsonNode json) {
        if (!json.isInt()) {
            throw new DataException("Invalid type for " + typeName
                    + ", underlying representation should be integer but was " + json.getNodeType());
        }
    }

    private static final class DecimalType implements LogicalType {
        @Override
        public JsonNode toJson(Schema schema, Object value, DecimalFormat decimalFormat) {
            if (!(value instanceof BigDecimal decimal)) {
                throw new DataException("Invalid type for Decimal, expected BigDecimal but was " + value.getClass());
            }
            return decimalFormat == DecimalFormat.NUMERIC
                    ? NODES.numberNode(decimal)
                    : NODES.binaryNode(Decimal.fromLogical(schema, decimal));
        }

        @Override
        public Object toConnect(Schema schema, JsonNode json) {
            // Either written form is accepted whatever decimal.format says, so the setting can change safely.
            if (json.isNumber()) {
                return json.decimalValue();
            }
            if (json.isBinary() || json.isTextual()) {
                try {
                    return Decimal.toLogical(schema, json.binaryValue());
                } catch (Exception e) {
                    throw new DataException("Invalid bytes for Decimal field", e);
                }
            }
            throw new DataException("Invalid type for Decimal, underlying representation should be numeric or bytes "
                    + "but was " + json.getNodeType());
        }
    }

    private static final class DateType implements LogicalType {
        @Override
        public JsonNode toJson(Schema schema, Object value, DecimalFormat decimalFormat) {
            return NODES.numberNode(Date.fromLogical(schema, requireDate("Date", value)));
        }

        @Override
        public Object toConnect(Schema schema, JsonNode json) {
            requireInt("Date", json);
            return Date.toLogical(schema, json.intValue());
        }
    }

    private static final class TimeType implements LogicalType {
        @Override
        public JsonNode toJson(Schema schema, Object value, DecimalFormat decimalFormat) {
            return NODES.numberNode(Time.fromLogical(schema, requireDate("Time", value)));
        }

        @Override
        public Object toConnect(Schema schema, JsonNode json) {
            requireInt("Time", json);
            return Time.toLogical(schema, json.intValue());
        }
    }

    private static final class TimestampType implements LogicalType {
        @Override
        public JsonNode toJson(Schema schema, Object value, DecimalFormat decimalFormat) {
            return NODES.numberNode(Timestamp.fromLogical(schema, requireDate("Timestamp", value)));
        }

        @Override
        public Object toConnect(Schema schema, JsonNode json) {
            if (!json.isIntegralNumber()) {
                throw new DataException("Invalid type for Timestamp, underlying representation should be integral but "
                        + "was " + json.getNodeType());
            }
            return Timestamp.toLogical(schema, json.longValue());
        }
    }
}
