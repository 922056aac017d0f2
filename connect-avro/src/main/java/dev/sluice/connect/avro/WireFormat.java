/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.nio.ByteBuffer;

import org.apache.kafka.connect.errors.DataException;

/** Confluent's framing of a record: magic byte 0, the schema id as four big-endian bytes, then the Avro binary. */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** The id of the schema the bytes were written with. */
    static int schemaId(String topic, byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            throw new DataException("Failed to deserialize data for topic " + topic + " to Avro: " + bytes.length
                    + " byte(s) are too short for the Confluent wire format (magic byte and 4-byte schema id)");
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new DataException("Failed to deserialize data for topic " + topic + " to Avro: Unknown magic byte "
                    + bytes[0] + " (expected " + MAGIC_BYTE + "); the data was not written by a Confluent-format"
                    + " Avro serializer");
        }
        return ByteBuffer.wrap(bytes, 1, 4).getInt();
    }

    static void writeHeader(ByteBuffer buffer, int schemaId) {
        buffer.put(MAGIC_BYTE).putInt(schemaId);
    }
}
