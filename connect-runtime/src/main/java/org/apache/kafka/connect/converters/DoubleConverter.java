/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import org.apache.kafka.common.serialization.DoubleDeserializer;
import org.apache.kafka.common.serialization.DoubleSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts double values to and from the 8-byte big-endian layout of Kafka's {@link DoubleSerializer};
 * values read back get {@link Schema#OPTIONAL_FLOAT64_SCHEMA}. Usable as a header converter too.
 */
public class DoubleConverter extends NumberConverter<Double> {

    public DoubleConverter() {
        super("double", Schema.OPTIONAL_FLOAT64_SCHEMA, new DoubleSerializer(), new DoubleDeserializer());
    }
}
