/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts long values to and from the 8-byte big-endian layout of Kafka's {@link LongSerializer};
 * values read back get {@link Schema#OPTIONAL_INT64_SCHEMA}. Usable as a header converter too.
 */
public class LongConverter extends NumberConverter<Long> {

    public LongConverter() {
        super("long", Schema.OPTIONAL_INT64_SCHEMA, new LongSerializer(), new LongDeserializer());
    }
}
