/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import org.apache.kafka.common.serialization.FloatDeserializer;
import org.apache.kafka.common.serialization.FloatSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts float values to and from the 4-byte big-endian layout of Kafka's {@link FloatSerializer};
 * values read back get {@link Schema#OPTIONAL_FLOAT32_SCHEMA}. Usable as a header converter too.
 */
public class FloatConverter extends NumberConverter<Float> {

    public FloatConverter() {
        super("float", Schema.OPTIONAL_FLOAT32_SCHEMA, new FloatSerializer(), new FloatDeserializer());
    }
}
