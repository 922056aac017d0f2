/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The two Jackson set-ups the JSON classes use. */
final class JsonMappers {

    /** Creates every node the converter builds; it keeps a decimal's scale as given (1.20 stays 1.20). */
    static final JsonNodeFactory NODE_FACTORY = JsonNodeFactory.instance;

    private JsonMappers() {
    }

    /**
     * What users of the public serializer and deserializer get: Jackson's defaults, except that numbers with
     * leading zeros ({@code 007}) are accepted, as Apache accepts them.
     */
    static ObjectMapper plain() {
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .build();
    }

    /**
     * For the converter's reads: as {@link #plain()}, and fractional numbers are parsed as exact decimals with their
     * trailing zeros, so a NUMERIC decimal payload reads back with every digit and its scale. Integral numbers keep
     * Jackson's int, long and big-integer nodes.
     */
    static ObjectMapper exactDecimals() {
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }
}
