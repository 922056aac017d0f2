/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

/**
 * Where the schema a record is written with comes from, as {@code auto.register.schemas} and
 * {@code use.latest.version} choose it; decided once at configure time, not per record.
 */
enum WriterSchemaSource {
    /** The record's own schema, registered under its subject if the subject lacks it. */
    REGISTER,
    /** The record's own schema, which must already be registered. */
    LOOK_UP,
    /** The subject's newest schema; the record is projected onto it. */
    LATEST;

    static WriterSchemaSource of(AvroConverterConfig config) {
        if (config.getBoolean(AvroConverterConfig.USE_LATEST_VERSION)) {
            return LATEST;
        }
        return config.getBoolean(AvroConverterConfig.AUTO_REGISTER_SCHEMAS) ? REGISTER : LOOK_UP;
    }
}
