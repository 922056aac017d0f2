/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.components.ConnectPlugin;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;

/**
 * Translates record keys or values between Connect's data model and the bytes stored in Kafka. Implementations
 * are found through {@link java.util.ServiceLoader} when listed in
 * {@code META-INF/services/org.apache.kafka.connect.storage.Converter}.
 */
public interface Converter extends Closeable, ConnectPlugin {

    /**
     * Configures this converter.
     *
     * @param configs the converter's settings
     * @param isKey   true when it converts record keys, false for record values
     */
    void configure(Map<String, ?> configs, boolean isKey);

    /**
     * Serializes a Connect value.
     *
     * @param topic  the topic the data goes to
     * @param schema the value's schema
     * @param value  the value
     * @return the serialized bytes
     */
    byte[] fromConnectData(String topic, Schema schema, Object value);

    /**
     * Serializes a Connect value, with access to the record's Kafka headers. Connect calls this variant; by
     * default it ignores the headers so that older converters keep working.
     *
     * @param topic   the topic the data goes to
     * @param headers the record's headers; changes made here reach the broker
     * @param schema  the value's schema
     * @param value   the value
     * @return the serialized bytes
     */
    default byte[] fromConnectData(String topic, org.apache.kafka.common.header.Headers headers, Schema schema,
                                   Object value) {
        return fromConnectData(topic, schema, value);
    }

    /**
     * Deserializes bytes into a Connect value.
     *
     * @param topic the topic the data came from
     * @param value the serialized bytes
     * @return the schema and value
     */
    SchemaAndValue toConnectData(String topic, byte[] value);

    /**
     * Deserializes bytes into a Connect value, with access to the record's Kafka headers. Connect calls this
     * variant; by default it ignores the headers so that older converters keep working.
     *
     * @param topic   the topic the data came from
     * @param headers the record's headers
     * @param value   the serialized bytes
     * @return the schema and value
     */
    default SchemaAndValue toConnectData(String topic, org.apache.kafka.common.header.Headers headers, byte[] value) {
        return toConnectData(topic, value);
    }

    /** The settings this converter accepts; none unless overridden. */
    @Override
    default ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    default void close() throws IOException {
        // Nothing to release unless an implementation holds resources.
    }

    @Override
    default String version() {
        return "undefined";
    }
}
