/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.junit.jupiter.api.Test;

/** The default methods of the converter interfaces, as observed on Apache 4.3.1. */
class ConverterTest {

    /** Implements only what Converter requires. */
    private static final class MinimalConverter implements Converter {
        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
        }

        @Override
        public byte[] fromConnectData(String topic, Schema schema, Object value) {
            return (topic + ":" + value).getBytes(UTF_8);
        }

        @Override
        public SchemaAndValue toConnectData(String topic, byte[] value) {
            return new SchemaAndValue(null, topic + ":" + new String(value, UTF_8));
        }
    }

    /** Implements only what HeaderConverter requires. */
    private static final class MinimalHeaderConverter implements HeaderConverter {
        @Override
        public void configure(Map<String, ?> configs) {
        }

        @Override
        public SchemaAndValue toConnectHeader(String topic, String headerKey, byte[] value) {
            return SchemaAndValue.NULL;
        }

        @Override
        public byte[] fromConnectHeader(String topic, String headerKey, Schema schema, Object value) {
            return null;
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public void close() {
        }
    }

    private final Converter converter = new MinimalConverter();

    @Test
    void headerAwareFromConnectDataDelegatesToThePlainVariant() {
        assertArrayEquals("t:v".getBytes(UTF_8), converter.fromConnectData("t", new RecordHeaders(), null, "v"));
        assertArrayEquals("t:v".getBytes(UTF_8), converter.fromConnectData("t", null, null, "v"));
    }

    @Test
    void headerAwareToConnectDataDelegatesToThePlainVariant() {
        assertEquals("t:v", converter.toConnectData("t", new RecordHeaders(), "v".getBytes(UTF_8)).value());
    }

    @Test
    void defaultConfigIsAFreshEmptyDefinition() {
        assertTrue(converter.config().names().isEmpty());
        assertNotSame(converter.config(), converter.config());
    }

    @Test
    void defaultVersionIsUndefined() {
        assertEquals("undefined", converter.version());
        assertEquals("undefined", new MinimalHeaderConverter().version());
    }

    @Test
    void defaultCloseDoesNothing() throws IOException {
        converter.close();
        assertEquals("t:v", converter.toConnectData("t", "v".getBytes(UTF_8)).value());
    }
}
