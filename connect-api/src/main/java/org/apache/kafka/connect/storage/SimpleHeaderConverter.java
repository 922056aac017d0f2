/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link HeaderConverter} that writes header values as UTF-8 text and, when reading, infers the most specific
 * type the text represents (number, boolean, list, map, date, ...) using {@link Values}. No schema is written.
 */
public class SimpleHeaderConverter implements HeaderConverter {

    private static final Logger log = LoggerFactory.getLogger(SimpleHeaderConverter.class);
    private static final ConfigDef CONFIG_DEF = new ConfigDef();
    private static final SchemaAndValue NULL_SCHEMA_AND_VALUE = new SchemaAndValue(null, null);

    public SimpleHeaderConverter() {
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // Nothing to configure.
    }

    @Override
    public SchemaAndValue toConnectHeader(String topic, String headerKey, byte[] value) {
        if (value == null) {
            return NULL_SCHEMA_AND_VALUE;
        }
        try {
            return Values.parseString(new String(value, StandardCharsets.UTF_8));
        } catch (Throwable t) {
            // A header the parser cannot cope with (even one nested deeply enough to exhaust the stack) must not
            // fail the whole record, so it is passed on as raw bytes.
            log.warn("Failed to deserialize value for header '{}' on topic '{}', so using byte array", headerKey,
                    topic, t);
            return new SchemaAndValue(Schema.BYTES_SCHEMA, value);
        }
    }

    @Override
    public byte[] fromConnectHeader(String topic, String headerKey, Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        return Values.convertToString(schema, value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        // Nothing to release.
    }
}
