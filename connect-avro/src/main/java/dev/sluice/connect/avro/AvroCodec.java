/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.connect.errors.DataException;

/**
 * Avro binary encoding and decoding with Apache Avro's generic reader and writer, framed in the wire format. Readers
 * and writers are kept per schema; they hold no state between calls.
 */
final class AvroCodec {

    private final Map<Schema, GenericDatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private final Map<Schema, GenericDatumReader<Object>> readers = new ConcurrentHashMap<>();
    private final Map<SchemaPair, GenericDatumReader<Object>> projections = new ConcurrentHashMap<>();

    /**
     * Frames {@code datum}, built for {@code datumSchema}, as data of {@code writeSchema} with schema id {@code id}.
     * When the two schemas differ (the subject's newest schema is used) the datum is written in its own schema and
     * read back in the other, Avro's schema resolution doing the projection.
     */
    byte[] encode(int id, Schema writeSchema, Schema datumSchema, Object datum) {
        Object written = datum;
        if (!writeSchema.equals(datumSchema)) {
            byte[] own = binary(datumSchema, datum, new ByteArrayOutputStream());
            GenericDatumReader<Object> projection = projections.computeIfAbsent(
                    new SchemaPair(datumSchema, writeSchema), pair -> new GenericDatumReader<>(pair.writer(),
                            pair.reader()));
            try {
                written = projection.read(null, DecoderFactory.get().binaryDecoder(own, null));
            } catch (IOException | AvroRuntimeException e) {
                throw new DataException("The record cannot be written with the subject's newest schema: "
                        + e.getMessage(), e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(WireFormat.MAGIC_BYTE);
        out.write(id >>> 24);
        out.write(id >>> 16);
        out.write(id >>> 8);
        out.write(id);
        return binary(writeSchema, written, out);
    }

    private byte[] binary(Schema schema, Object datum, ByteArrayOutputStream out) {
        GenericDatumWriter<Object> writer = writers.computeIfAbsent(schema, GenericDatumWriter::new);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            writer.write(datum, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException e) {
            throw new DataException("Cannot write the record as Avro " + schema.getType().getName() + ": "
                    + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    Object decode(String topic, int id, Schema writer, byte[] bytes) {
        GenericDatumReader<Object> reader = readers.computeIfAbsent(writer, GenericDatumReader::new);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_SIZE,
                bytes.length - WireFormat.HEADER_SIZE, null);
        try {
            return reader.read(null, decoder);
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new DataException("Failed to deserialize data for topic " + topic + " to Avro: schema id " + id
                    + ": the bytes are not Avro data of that schema (" + e + ")", e);
        }
    }

    /**
     * With {@code latest.compatibility.strict}, refuses a subject's newest schema that cannot read data written in
     * the record's own schema.
     */
    void requireReadable(Schema latest, Schema own, String subject, boolean strict) {
        if (!strict || latest.equals(own)) {
            return;
        }
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(latest, own);
        if (result.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new DataException("The newest schema of subject " + subject + " cannot read the record's schema"
                    + " (latest.compatibility.strict=true): " + result.getDescription());
        }
    }

    private record SchemaPair(Schema writer, Schema reader) {
    }
}
