/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.ConverterType;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * The shared body of the fixed-width number converters: the Kafka client (de)serializer of one boxed number type
 * does the work, and the Connect schema is ignored when writing. Package-private like Apache's, so only the concrete
 * converters of this package are public.
 *
 * @param <T> the boxed number type
 */
abstract class NumberConverter<T extends Number> implements Converter, HeaderConverter {

    private final String typeName;
    private final Schema schema;
    private final Serializer<T> serializer;
    private final Deserializer<T> deserializer;

    /**
     * @param typeName the name of the number type used in error messages, e.g. {@code "short"}
     * @param schema the optional schema every read value gets
     * @param serializer writes one value
     * @param deserializer reads one value
     */
    protected NumberConverter(String typeName, Schema schema, Serializer<T> serializer,
            Deserializer<T> deserializer) {
        this.typeName = typeName;
        this.schema = schema;
        this.serializer = serializer;
        this.deserializer = deserializer;
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public ConfigDef config() {
        return NumberConverterConfig.configDef();
    }

    /** Configures this converter; the settings must name the {@code converter.type}. */
    @Override
    public void configure(Map<String, ?> configs) {
        NumberConverterConfig config = new NumberConverterConfig(configs);
        boolean isKey = config.type() == ConverterType.KEY;
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        configure(ConverterSupport.withType(configs, isKey));
    }

    /**
     * Narrows a Connect value to the number type. Only the cast to {@link Number} is checked here; the serializer
     * rejects other number types.
     *
     * @param value the value to write
     * @return the same value, typed
     */
    @SuppressWarnings("unchecked")
    protected T cast(Object value) {
        return (T) value;
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        try {
            return serializer.serialize(topic, value == null ? null : cast(value));
        } catch (ClassCastException e) {
            throw new DataException("Failed to serialize to " + typeName + " (was " + value.getClass() + "): ", e);
        }
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        try {
            return new SchemaAndValue(schema, deserializer.deserialize(topic, value));
        } catch (SerializationException e) {
            throw ConverterSupport.deserializationFailed(typeName, topic, e);
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
}
