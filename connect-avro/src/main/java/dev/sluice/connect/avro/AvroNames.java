/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

/**
 * The names the Avro form of Connect data uses, as Confluent's converter writes them, so that either converter reads
 * what the other wrote: the {@code connect.*} properties that carry what Avro cannot say (a Connect name on a
 * primitive, a version, parameters, a default), and the names given to records Connect leaves unnamed.
 */
final class AvroNames {

    static final String NAMESPACE = "io.confluent.connect.avro";
    static final String DEFAULT_RECORD = "ConnectDefault";
    static final String MAP_ENTRY = "MapEntry";
    static final String MAP_KEY = "key";
    static final String MAP_VALUE = "value";
    static final String UNION = NAMESPACE + ".Union";
    static final String ENUM = NAMESPACE + ".Enum";

    static final String CONNECT_NAME = "connect.name";
    static final String CONNECT_DOC = "connect.doc";
    static final String CONNECT_VERSION = "connect.version";
    static final String CONNECT_PARAMETERS = "connect.parameters";
    static final String CONNECT_DEFAULT = "connect.default";
    static final String CONNECT_TYPE = "connect.type";
    static final String CONNECT_TYPE_INT8 = "int8";
    static final String CONNECT_TYPE_INT16 = "int16";

    /** The Connect parameter that carries a decimal's precision; Avro's decimal needs one, Connect's does not. */
    static final String DECIMAL_PRECISION = "connect.decimal.precision";
    /** The precision written when a decimal schema gives none. */
    static final int DEFAULT_DECIMAL_PRECISION = 64;
    /** The Connect parameter that keeps an Avro fixed type's size. */
    static final String FIXED_SIZE = "connect.fixed.size";

    static final String LOGICAL_TYPE = "logicalType";

    private AvroNames() {
    }
}
