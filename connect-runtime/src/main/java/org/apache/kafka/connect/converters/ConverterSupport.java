/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.apache.kafka.connect.storage.ConverterType;

/** Small pieces shared by the converters of this package. */
final class ConverterSupport {

    private ConverterSupport() {
    }

    /**
     * A copy of the settings whose {@code converter.type} follows the caller's flag, whatever the settings say.
     */
    static Map<String, Object> withType(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> copy = new HashMap<>(configs);
        copy.put(ConverterConfig.TYPE_CONFIG, (isKey ? ConverterType.KEY : ConverterType.VALUE).getName());
        return copy;
    }

    /**
     * The error for bytes that cannot be read back. Apache's text ("Failed to deserialize short: ") is kept as the
     * prefix so existing matchers still work; the topic and the reason are appended so the bad record can be found.
     */
    static DataException deserializationFailed(String typeName, String topic, SerializationException cause) {
        return new DataException("Failed to deserialize " + typeName + ": invalid data in topic '" + topic + "' ("
                + cause.getMessage() + ")", cause);
    }
}
