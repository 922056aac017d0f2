/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts integer values to and from the 4-byte big-endian layout of Kafka's {@link IntegerSerializer};
 * values read back get {@link Schema#OPTIONAL_INT32_SCHEMA}. Usable as a header converter too.
 */
public class IntegerConverter extends NumberConverter<Integer> {

    public IntegerConverter() {
        super("integer", Schema.OPTIONAL_INT32_SCHEMA, new IntegerSerializer(), new IntegerDeserializer());
    }
}
