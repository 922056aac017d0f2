/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Builds the Avro schema of a Connect schema, as Confluent's converter does: optional schemas become
 * {@code ["null", T]} unions, unnamed structs become records {@code io.confluent.connect.avro.ConnectDefault},
 * {@code ConnectDefault2}, …, maps with non-string keys become arrays of {@code MapEntry} records, logical types
 * become Avro logical types, and with {@code connect.meta.data} on, what Avro has no place for travels in
 * {@code connect.*} properties. One instance converts one top-level schema (it numbers the unnamed records).
 */
final class ConnectToAvroSchema {

    private static final String SCALE_PROP = "scale";
    private static final String PRECISION_PROP = "precision";

    private final AvroMappingOptions options;
    private final Map<org.apache.kafka.connect.data.Schema, Schema> records = new HashMap<>();
    private int unnamedRecords;

    ConnectToAvroSchema(AvroMappingOptions options) {
        this.options = options;
    }

    /** The Avro schema of {@code schema}; a top-level optional schema is a union too. */
    Schema convert(org.apache.kafka.connect.data.Schema schema) {
        if (schema == null) {
            throw new DataException("A null Connect schema has no Avro schema");
        }
        Schema avro = nonNull(schema);
        return schema.isOptional() ? optional(avro, schema.defaultValue() != null) : avro;
    }

    private static Schema optional(Schema avro, boolean hasDefault) {
        Schema nullSchema = Schema.create(Schema.Type.NULL);
        // An Avro default must match the union's first branch: null, unless the schema has a default of its own.
        return hasDefault ? Schema.createUnion(avro, nullSchema) : Schema.createUnion(nullSchema, avro);
    }

    private Schema nonNull(org.apache.kafka.connect.data.Schema schema) {
        String logical = schema.name();
        if (Decimal.LOGICAL_NAME.equals(logical)) {
            return decimal(schema);
        }
        Schema avro = switch (schema.type()) {
            case INT8 -> withConnectType(Schema.create(Schema.Type.INT), AvroNames.CONNECT_TYPE_INT8);
            case INT16 -> withConnectType(Schema.create(Schema.Type.INT), AvroNames.CONNECT_TYPE_INT16);
            case INT32 -> Schema.create(Schema.Type.INT);
            case INT64 -> Schema.create(Schema.Type.LONG);
            case FLOAT32 -> Schema.create(Schema.Type.FLOAT);
            case FLOAT64 -> Schema.create(Schema.Type.DOUBLE);
            case BOOLEAN -> Schema.create(Schema.Type.BOOLEAN);
            case STRING -> enumOrString(schema);
            case BYTES -> fixedOrBytes(schema);
            case ARRAY -> Schema.createArray(convert(schema.valueSchema()));
            case MAP -> map(schema);
            case STRUCT -> record(schema);
        };
        if (avro.getType() == Schema.Type.RECORD || avro.getType() == Schema.Type.ENUM
                || avro.getType() == Schema.Type.FIXED) {
            return avro;
        }
        // The connect.* properties come before logicalType, in the order Confluent's converter writes them.
        addConnectProps(avro, schema, true);
        if (Date.LOGICAL_NAME.equals(logical)) {
            LogicalTypes.date().addToSchema(avro);
        } else if (Time.LOGICAL_NAME.equals(logical)) {
            LogicalTypes.timeMillis().addToSchema(avro);
        } else if (Timestamp.LOGICAL_NAME.equals(logical)) {
            LogicalTypes.timestampMillis().addToSchema(avro);
        }
        return avro;
    }

    private static Schema withConnectType(Schema avro, String connectType) {
        avro.addProp(AvroNames.CONNECT_TYPE, connectType);
        return avro;
    }

    private Schema decimal(org.apache.kafka.connect.data.Schema schema) {
        Map<String, String> parameters = schema.parameters() == null ? Map.of() : schema.parameters();
        String scaleText = parameters.get(Decimal.SCALE_FIELD);
        if (scaleText == null) {
            throw new DataException("Decimal schema has no " + Decimal.SCALE_FIELD + " parameter");
        }
        int scale = Integer.parseInt(scaleText);
        String precisionText = parameters.get(AvroNames.DECIMAL_PRECISION);
        int precision = precisionText == null ? AvroNames.DEFAULT_DECIMAL_PRECISION : Integer.parseInt(precisionText);
        Schema avro = Schema.create(Schema.Type.BYTES);
        // scale and precision, the connect.* properties, then logicalType: the order of Confluent's converter.
        avro.addProp(SCALE_PROP, scale);
        avro.addProp(PRECISION_PROP, precision);
        addConnectProps(avro, schema, true);
        LogicalTypes.decimal(precision, scale).addToSchema(avro);
        return avro;
    }

    /** A string that came from an Avro enum (its symbols kept as parameters) becomes that enum again. */
    private Schema enumOrString(org.apache.kafka.connect.data.Schema schema) {
        Map<String, String> parameters = schema.parameters();
        String enumName = parameters == null ? null : parameters.get(AvroNames.ENUM);
        if (enumName == null) {
            return Schema.create(Schema.Type.STRING);
        }
        List<String> symbols = new ArrayList<>();
        String prefix = AvroNames.ENUM + ".";
        parameters.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                symbols.add(value);
            }
        });
        Schema avro = Schema.createEnum(simpleName(enumName), schema.doc(), namespace(enumName), symbols);
        addConnectProps(avro, schema, false);
        return avro;
    }

    /** Bytes that came from an Avro fixed type (its size kept as a parameter) become that fixed type again. */
    private Schema fixedOrBytes(org.apache.kafka.connect.data.Schema schema) {
        Map<String, String> parameters = schema.parameters();
        String size = parameters == null ? null : parameters.get(AvroNames.FIXED_SIZE);
        if (size == null || schema.name() == null) {
            return Schema.create(Schema.Type.BYTES);
        }
        Schema avro = Schema.createFixed(simpleName(schema.name()), schema.doc(), namespace(schema.name()),
                Integer.parseInt(size));
        addConnectProps(avro, schema, false);
        return avro;
    }

    private Schema map(org.apache.kafka.connect.data.Schema schema) {
        org.apache.kafka.connect.data.Schema keySchema = schema.keySchema();
        if (isAvroMap(schema)) {
            return Schema.createMap(convert(schema.valueSchema()));
        }
        List<Schema.Field> fields = List.of(
                field(AvroNames.MAP_KEY, keySchema),
                field(AvroNames.MAP_VALUE, schema.valueSchema()));
        Schema entry = Schema.createRecord(AvroNames.MAP_ENTRY, null, AvroNames.NAMESPACE, false, fields);
        return Schema.createArray(entry);
    }

    private Schema record(org.apache.kafka.connect.data.Schema schema) {
        Schema known = records.get(schema);
        if (known != null) {
            return known;
        }
        String name = schema.name();
        Schema avro;
        if (name == null) {
            unnamedRecords++;
            String simple = unnamedRecords == 1 ? AvroNames.DEFAULT_RECORD : AvroNames.DEFAULT_RECORD + unnamedRecords;
            avro = Schema.createRecord(simple, schema.doc(), AvroNames.NAMESPACE, false);
        } else {
            avro = Schema.createRecord(options.scrub(simpleName(name)), schema.doc(), namespace(name), false);
        }
        // Registered before its fields, so a field that refers back to the same struct reuses it by name.
        records.put(schema, avro);
        List<Schema.Field> fields = new ArrayList<>();
        for (Field field : schema.fields()) {
            fields.add(field(options.scrub(field.name()), field.schema()));
        }
        avro.setFields(fields);
        addConnectProps(avro, schema, false);
        return avro;
    }

    private Schema.Field field(String name, org.apache.kafka.connect.data.Schema schema) {
        Schema avro = convert(schema);
        Object defaultValue;
        if (schema.defaultValue() != null) {
            defaultValue = AvroDefaults.toAvroJson(schema, schema.defaultValue());
        } else if (schema.isOptional()) {
            defaultValue = JsonProperties.NULL_VALUE;
        } else {
            defaultValue = null;
        }
        return new Schema.Field(name, avro, schema.doc(), defaultValue);
    }

    /**
     * The {@code connect.*} properties, when {@code connect.meta.data} is on. A named type keeps its doc in Avro's
     * own {@code doc}; a primitive has no such place, so its doc goes in {@code connect.doc}.
     */
    private void addConnectProps(Schema avro, org.apache.kafka.connect.data.Schema schema, boolean primitive) {
        if (!options.connectMetaData()) {
            return;
        }
        if (schema.doc() != null && primitive) {
            avro.addProp(AvroNames.CONNECT_DOC, schema.doc());
        }
        if (schema.version() != null) {
            avro.addProp(AvroNames.CONNECT_VERSION, schema.version());
        }
        if (schema.parameters() != null && !schema.parameters().isEmpty()) {
            avro.addProp(AvroNames.CONNECT_PARAMETERS, new LinkedHashMap<>(schema.parameters()));
        }
        if (schema.defaultValue() != null) {
            avro.addProp(AvroNames.CONNECT_DEFAULT, AvroDefaults.toAvroJson(schema, schema.defaultValue()));
        }
        if (schema.name() != null) {
            avro.addProp(AvroNames.CONNECT_NAME, schema.name());
        }
    }

    /** Whether a Connect map is an Avro map: only plain, required string keys are; others are arrays of entries. */
    static boolean isAvroMap(org.apache.kafka.connect.data.Schema mapSchema) {
        org.apache.kafka.connect.data.Schema keySchema = mapSchema.keySchema();
        return keySchema.type() == org.apache.kafka.connect.data.Schema.Type.STRING && !keySchema.isOptional()
                && keySchema.name() == null;
    }

    static String simpleName(String fullName) {
        int dot = fullName.lastIndexOf('.');
        return dot < 0 ? fullName : fullName.substring(dot + 1);
    }

    static String namespace(String fullName) {
        int dot = fullName.lastIndexOf('.');
        return dot < 0 ? null : fullName.substring(0, dot);
    }
}
