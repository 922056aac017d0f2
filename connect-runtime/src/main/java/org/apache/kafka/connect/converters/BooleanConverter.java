/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.BooleanDeserializer;
import org.apache.kafka.common.serialization.BooleanSerializer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.ConverterType;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * Converts booleans to and from the single byte of Kafka's {@link BooleanSerializer} ({@code 0x01} true,
 * {@code 0x00} false); values read back get {@link Schema#OPTIONAL_BOOLEAN_SCHEMA}. Usable as a header converter too.
 */
public class BooleanConverter implements Converter, HeaderConverter {

    private final BooleanSerializer serializer = new BooleanSerializer();
    private final BooleanDeserializer deserializer = new BooleanDeserializer();

    public BooleanConverter() {
    }

    @Override
    public ConfigDef config() {
        return BooleanConverterConfig.configDef();
    }

    /** Configures this converter; the settings must name the {@code converter.type}. */
    @Override
    public void configure(Map<String, ?> configs) {
        BooleanConverterConfig config = new BooleanConverterConfig(configs);
        boolean isKey = config.type() == ConverterType.KEY;
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        configure(ConverterSupport.withType(configs, isKey));
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        // A declared schema must be boolean even when the value is null.
        if (schema != null && schema.type() != Schema.Type.BOOLEAN) {
            throw new DataException("Invalid schema type for BooleanConverter: " + schema.type());
        }
        if (value == null) {
            return null;
        }
        if (!(value instanceof Boolean)) {
            throw new DataException("BooleanConverter is not compatible with objects of type " + value.getClass());
        }
        return serializer.serialize(topic, (Boolean) value);
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        try {
            return new SchemaAndValue(Schema.OPTIONAL_BOOLEAN_SCHEMA, deserializer.deserialize(topic, value));
        } catch (SerializationException e) {
            throw ConverterSupport.deserializationFailed("boolean", topic, e);
        }
    }

    @Override
    public byte[] fromConnectHeader(String topic, String headerKey, Schema schema, Object value) {
        return fromConnectData(topic, schema, value);
    }

    @Override
    public SchemaAndValue toConnectHeader(String topic, String headerKey, byte[] value) {
        return toConnectData(topic, value);
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }
}
