/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.errors.DataException;

import java.util.EnumSet;
import java.util.Set;

/** Which Connect types {@link Cast} reads and writes, and the schema builder for each target. */
final class CastTypes {

    static final Set<Schema.Type> INPUT_TYPES = EnumSet.of(
            Schema.Type.INT8, Schema.Type.INT16, Schema.Type.INT32, Schema.Type.INT64,
            Schema.Type.FLOAT32, Schema.Type.FLOAT64, Schema.Type.BOOLEAN, Schema.Type.STRING, Schema.Type.BYTES);
    static final Set<Schema.Type> OUTPUT_TYPES = EnumSet.of(
            Schema.Type.INT8, Schema.Type.INT16, Schema.Type.INT32, Schema.Type.INT64,
            Schema.Type.FLOAT32, Schema.Type.FLOAT64, Schema.Type.BOOLEAN, Schema.Type.STRING);

    private CastTypes() {
    }

    /**
     * Checks that {@code type} may be read ({@link Cast.FieldType#INPUT}) or written ({@link Cast.FieldType#OUTPUT}).
     * A bad target is a config problem ({@link ConfigException}); a bad source is only found when a record arrives
     * ({@link DataException}).
     */
    static Schema.Type requireSupported(Schema.Type type, Cast.FieldType side) {
        if (side == Cast.FieldType.INPUT && !INPUT_TYPES.contains(type)) {
            throw new DataException("Cast transformation does not support casting from " + type
                    + "; supported types are " + INPUT_TYPES);
        }
        if (side == Cast.FieldType.OUTPUT && !OUTPUT_TYPES.contains(type)) {
            throw new ConfigException("Cast transformation does not support casting to " + type
                    + "; supported types are " + OUTPUT_TYPES);
        }
        return type;
    }

    static SchemaBuilder builderFor(Schema.Type type) {
        switch (type) {
            case INT8:
                return SchemaBuilder.int8();
            case INT16:
                return SchemaBuilder.int16();
            case INT32:
                return SchemaBuilder.int32();
            case INT64:
                return SchemaBuilder.int64();
            case FLOAT32:
                return SchemaBuilder.float32();
            case FLOAT64:
                return SchemaBuilder.float64();
            case BOOLEAN:
                return SchemaBuilder.bool();
            case STRING:
                return SchemaBuilder.string();
            default:
                throw new DataException("Unexpected type in Cast transformation: " + type);
        }
    }
}
