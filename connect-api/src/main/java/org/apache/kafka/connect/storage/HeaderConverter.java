/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import java.io.Closeable;

import org.apache.kafka.common.Configurable;
import org.apache.kafka.connect.components.ConnectPlugin;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;

/**
 * Translates single header values between Connect's data model and the bytes stored in Kafka, the header
 * counterpart of {@link Converter}. Implementations are found through {@link java.util.ServiceLoader} when listed
 * in {@code META-INF/services/org.apache.kafka.connect.storage.HeaderConverter}.
 */
public interface HeaderConverter extends Configurable, Closeable, ConnectPlugin {

    /**
     * Deserializes one header value.
     *
     * @param topic     the topic of the record carrying the header
     * @param headerKey the header's key; never null
     * @param value     the raw value; may be null
     * @return the schema and value; never null
     */
    SchemaAndValue toConnectHeader(String topic, String headerKey, byte[] value);

    /**
     * Serializes one header value.
     *
     * @param topic     the topic of the record carrying the header
     * @param headerKey the header's key; never null
     * @param schema    the value's schema; may be null
     * @param value     the value; may be null
     * @return the bytes, or null for a null value
     */
    byte[] fromConnectHeader(String topic, String headerKey, Schema schema, Object value);

    @Override
    default String version() {
        return "undefined";
    }
}
