/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Builds the Connect schema of an Avro schema: the inverse of {@link ConnectToAvroSchema} for what it writes, and a
 * faithful reading of schemas other tools wrote: {@code ["null", T]} is an optional T, any other union a struct
 * {@code io.confluent.connect.avro.Union} with one optional field per branch, an enum a string whose parameters keep
 * the symbols, a fixed type bytes that keep the size, {@code MapEntry} arrays maps with any key type.
 */
final class AvroToConnectSchema {

    private final AvroMappingOptions options;
    // A recursive Avro record cannot become a Connect struct (Connect schemas are trees); this catches it.
    private final Map<Schema, Boolean> inProgress = new IdentityHashMap<>();

    AvroToConnectSchema(AvroMappingOptions options) {
        this.options = options;
    }

    org.apache.kafka.connect.data.Schema convert(Schema avro) {
        return builder(avro, false, null).build();
    }

    private SchemaBuilder builder(Schema avro, boolean optional, Object fieldDefault) {
        SchemaBuilder builder = switch (avro.getType()) {
            case UNION -> union(avro);
            case RECORD -> record(avro);
            case ENUM -> enumeration(avro);
            case FIXED -> fixed(avro);
            case ARRAY -> array(avro);
            case MAP -> SchemaBuilder.map(org.apache.kafka.connect.data.Schema.STRING_SCHEMA,
                    builder(avro.getValueType(), false, null).build());
            case INT -> integer(avro);
            case LONG -> avro.getLogicalType() instanceof LogicalTypes.TimestampMillis
                    ? Timestamp.builder() : SchemaBuilder.int64();
            case BYTES -> avro.getLogicalType() instanceof LogicalTypes.Decimal decimal
                    ? decimal(decimal) : SchemaBuilder.bytes();
            case FLOAT -> SchemaBuilder.float32();
            case DOUBLE -> SchemaBuilder.float64();
            case BOOLEAN -> SchemaBuilder.bool();
            case STRING -> SchemaBuilder.string();
            case NULL -> throw new DataException("Avro schema of type null has no Connect schema on its own: " + avro);
        };
        applyConnectProps(avro, builder);
        if (optional) {
            builder.optional();
        }
        // A connect.default property on the type has already given the same default.
        if (fieldDefault != null && builder.defaultValue() == null) {
            builder.defaultValue(AvroToConnectValue.convert(builder.build(), avro, fieldDefault));
        }
        return builder;
    }

    private SchemaBuilder union(Schema avro) {
        if (isOptionalUnion(avro)) {
            Schema branch = avro.getTypes().get(0).getType() == Schema.Type.NULL
                    ? avro.getTypes().get(1) : avro.getTypes().get(0);
            SchemaBuilder builder = builder(branch, true, null);
            return builder.optional();
        }
        SchemaBuilder builder = SchemaBuilder.struct().name(AvroNames.UNION);
        for (Schema branch : avro.getTypes()) {
            if (branch.getType() == Schema.Type.NULL) {
                builder.optional();
            } else {
                builder.field(unionFieldName(branch), builder(branch, true, null).build());
            }
        }
        return builder;
    }

    static boolean isOptionalUnion(Schema union) {
        List<Schema> types = union.getTypes();
        return types.size() == 2
                && (types.get(0).getType() == Schema.Type.NULL) != (types.get(1).getType() == Schema.Type.NULL);
    }

    /** A union branch's field: the type name of a primitive, the name of a named type (full with enhanced support). */
    String unionFieldName(Schema branch) {
        return switch (branch.getType()) {
            case RECORD, ENUM, FIXED -> options.enhancedSchemaSupport()
                    ? options.scrub(branch.getFullName()) : branch.getName();
            default -> branch.getType().getName();
        };
    }

    private SchemaBuilder record(Schema avro) {
        if (inProgress.put(avro, Boolean.TRUE) != null) {
            throw new DataException("Recursive Avro record " + avro.getFullName() + " has no Connect schema");
        }
        try {
            if (isMapEntry(avro)) {
                throw new DataException("A MapEntry record stands only inside an array");
            }
            SchemaBuilder builder = SchemaBuilder.struct();
            if (!isDefaultRecordName(avro)) {
                builder.name(avro.getFullName());
            }
            if (avro.getDoc() != null) {
                builder.doc(avro.getDoc());
            }
            for (Schema.Field field : avro.getFields()) {
                Object fieldDefault = field.hasDefaultValue() ? field.defaultVal() : null;
                boolean nullDefault = fieldDefault == JsonProperties.NULL_VALUE;
                SchemaBuilder fieldSchema = builder(field.schema(), false, nullDefault ? null : fieldDefault);
                if (field.doc() != null) {
                    fieldSchema.doc(field.doc());
                }
                builder.field(field.name(), fieldSchema.build());
            }
            return builder;
        } finally {
            inProgress.remove(avro);
        }
    }

    private static boolean isDefaultRecordName(Schema avro) {
        return AvroNames.NAMESPACE.equals(avro.getNamespace()) && avro.getName().startsWith(AvroNames.DEFAULT_RECORD);
    }

    static boolean isMapEntry(Schema avro) {
        return avro.getType() == Schema.Type.RECORD && AvroNames.MAP_ENTRY.equals(avro.getName())
                && avro.getFields().size() == 2 && avro.getField(AvroNames.MAP_KEY) != null
                && avro.getField(AvroNames.MAP_VALUE) != null;
    }

    private SchemaBuilder array(Schema avro) {
        Schema items = avro.getElementType();
        if (isMapEntry(items)) {
            return SchemaBuilder.map(builder(items.getField(AvroNames.MAP_KEY).schema(), false, null).build(),
                    builder(items.getField(AvroNames.MAP_VALUE).schema(), false, null).build());
        }
        return SchemaBuilder.array(builder(items, false, null).build());
    }

    private SchemaBuilder enumeration(Schema avro) {
        SchemaBuilder builder = SchemaBuilder.string().name(avro.getFullName());
        builder.parameter(AvroNames.ENUM, avro.getFullName());
        for (String symbol : avro.getEnumSymbols()) {
            builder.parameter(AvroNames.ENUM + "." + symbol, symbol);
        }
        if (avro.getDoc() != null) {
            builder.doc(avro.getDoc());
        }
        return builder;
    }

    private SchemaBuilder fixed(Schema avro) {
        if (avro.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
            return decimal(decimal);
        }
        return SchemaBuilder.bytes().name(avro.getFullName())
                .parameter(AvroNames.FIXED_SIZE, String.valueOf(avro.getFixedSize()));
    }

    private static SchemaBuilder integer(Schema avro) {
        LogicalType logical = avro.getLogicalType();
        if (logical instanceof LogicalTypes.Date) {
            return Date.builder();
        }
        if (logical instanceof LogicalTypes.TimeMillis) {
            return Time.builder();
        }
        Object connectType = avro.getObjectProp(AvroNames.CONNECT_TYPE);
        if (AvroNames.CONNECT_TYPE_INT8.equals(connectType)) {
            return SchemaBuilder.int8();
        }
        if (AvroNames.CONNECT_TYPE_INT16.equals(connectType)) {
            return SchemaBuilder.int16();
        }
        return SchemaBuilder.int32();
    }

    private static SchemaBuilder decimal(LogicalTypes.Decimal decimal) {
        return Decimal.builder(decimal.getScale())
                .parameter(AvroNames.DECIMAL_PRECISION, String.valueOf(decimal.getPrecision()));
    }

    /** {@code connect.name}, {@code connect.version}, {@code connect.doc}, {@code connect.parameters}. */
    private static void applyConnectProps(Schema avro, SchemaBuilder builder) {
        if (avro.getType() == Schema.Type.UNION) {
            return; // an optional union's branch carried its own properties
        }
        Object name = avro.getObjectProp(AvroNames.CONNECT_NAME);
        if (name instanceof String text && builder.name() == null) {
            builder.name(text);
        }
        Object version = avro.getObjectProp(AvroNames.CONNECT_VERSION);
        if (version instanceof Number number && builder.version() == null) {
            builder.version(number.intValue());
        }
        Object doc = avro.getObjectProp(AvroNames.CONNECT_DOC);
        if (doc instanceof String text && builder.doc() == null) {
            builder.doc(text);
        }
        Object parameters = avro.getObjectProp(AvroNames.CONNECT_PARAMETERS);
        if (parameters instanceof Map<?, ?> map) {
            Map<String, String> existing = builder.parameters();
            map.forEach((key, value) -> {
                if (existing == null || !existing.containsKey(String.valueOf(key))) {
                    builder.parameter(String.valueOf(key), String.valueOf(value));
                }
            });
        }
        Object connectDefault = avro.getObjectProp(AvroNames.CONNECT_DEFAULT);
        if (connectDefault != null && builder.defaultValue() == null) {
            builder.defaultValue(AvroToConnectValue.convert(builder.build(), avro, connectDefault));
        }
    }
}
