/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;

/**
 * A {@link Converter} and {@link HeaderConverter} that writes every value as the bytes of its
 * {@link Object#toString()} and reads every value back as an optional string. Schemas are ignored when writing.
 *
 * <p>Encoding follows Kafka's {@link StringSerializer} and {@link StringDeserializer}; {@code converter.encoding}
 * sets both directions at once, while the key/value specific serializer and deserializer settings still win.
 */
public class StringConverter implements Converter, HeaderConverter {

    // The Kafka (de)serializer settings that converter.encoding maps onto.
    private static final String SERIALIZER_ENCODING = "serializer.encoding";
    private static final String DESERIALIZER_ENCODING = "deserializer.encoding";

    // Usable before configure(), encoding as UTF-8.
    private final StringSerializer serializer = new StringSerializer();
    private final StringDeserializer deserializer = new StringDeserializer();

    public StringConverter() {
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public ConfigDef config() {
        return StringConverterConfig.configDef();
    }

    /** Configures this converter; the settings must name the {@code converter.type}. */
    @Override
    public void configure(Map<String, ?> configs) {
        StringConverterConfig config = new StringConverterConfig(configs);
        String encoding = config.encoding();

        Map<String, Object> serializerConfigs = new HashMap<>(configs);
        serializerConfigs.put(SERIALIZER_ENCODING, encoding);
        Map<String, Object> deserializerConfigs = new HashMap<>(configs);
        deserializerConfigs.put(DESERIALIZER_ENCODING, encoding);

        boolean isKey = config.type() == ConverterType.KEY;
        serializer.configure(serializerConfigs, isKey);
        deserializer.configure(deserializerConfigs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> withType = new HashMap<>(configs);
        // The caller's flag decides the use, whatever the settings say.
        withType.put(ConverterConfig.TYPE_CONFIG, (isKey ? ConverterType.KEY : ConverterType.VALUE).getName());
        configure(withType);
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        return serializer.serialize(topic, value == null ? null : value.toString());
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        return new SchemaAndValue(Schema.OPTIONAL_STRING_SCHEMA, deserializer.deserialize(topic, value));
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
        // The string (de)serializers hold no resources.
    }
}
