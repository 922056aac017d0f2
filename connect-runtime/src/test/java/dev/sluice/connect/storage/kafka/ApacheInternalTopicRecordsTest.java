/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.storage.OffsetKey;
import dev.sluice.connect.storage.OffsetKeyCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/**
 * Every record Apache Kafka Connect 4.3.1 wrote to its internal topics during a connector lifecycle (create,
 * update, pause, resume, stop, offsets, restart, delete, cluster log level) reads back into our records and writes
 * out again byte for byte, to the same partition.
 */
class ApacheInternalTopicRecordsTest {

    private record Observed(int partition, String key, byte[] value) {
    }

    private static List<Observed> observed(String topic) throws IOException {
        String resource = "/apache-4.3.1-internal-topics/" + topic + "-topic.txt";
        List<Observed> records = new ArrayList<>();
        try (InputStream in = ApacheInternalTopicRecordsTest.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int key = line.indexOf(" key=");
                int value = line.indexOf(" value=", key);
                String valueText = line.substring(value + " value=".length());
                records.add(new Observed(Integer.parseInt(line.substring("p=".length(), key)),
                        line.substring(key + " key=".length(), value),
                        valueText.equals("null") ? null : valueText.getBytes(StandardCharsets.UTF_8)));
            }
        }
        assertTrue(records.size() > 3, "the resource has records: " + resource);
        return records;
    }

    /** The default partitioner of every Kafka producer for a keyed record. */
    private static int partitionOf(byte[] key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    @Test
    void configTopicRecordsRoundTripByteForByte() throws IOException {
        ConfigRecordCodec codec = new ConfigRecordCodec("connect-configs");
        for (Observed record : observed("config")) {
            Optional<ConfigRecord> decoded = codec.decode(record.key(), record.value());
            assertTrue(decoded.isPresent(), () -> "decodes " + record.key());
            EncodedRecord encoded = codec.encode(decoded.get());
            assertEquals(record.key(), encoded.key());
            assertArrayEquals(record.value(), encoded.value(), () -> "same bytes for " + record.key() + ": "
                    + encoded.valueText());
            assertEquals(0, record.partition());
        }
    }

    @Test
    void statusTopicRecordsRoundTripByteForByteAndLandInTheSamePartition() throws IOException {
        StatusRecordCodec codec = new StatusRecordCodec("connect-status");
        for (Observed record : observed("status")) {
            Optional<StatusRecord> decoded = codec.decode(record.key(), record.value());
            assertTrue(decoded.isPresent(), () -> "decodes " + record.key());
            EncodedRecord encoded = codec.encode(decoded.get());
            assertEquals(record.key(), encoded.key());
            assertArrayEquals(record.value(), encoded.value(), () -> "same bytes for " + record.key() + ": "
                    + encoded.valueText());
            assertEquals(record.partition(),
                    partitionOf(encoded.keyBytes(), InternalTopicSpec.DEFAULT_STATUS_PARTITIONS),
                    () -> "partition of " + record.key());
        }
    }

    @Test
    void offsetsTopicRecordsRoundTripByteForByteAndLandInTheSamePartition() throws IOException {
        OffsetKeyCodec codec = new OffsetKeyCodec();
        for (Observed record : observed("offsets")) {
            OffsetKey key = codec.decodeKey(ByteBuffer.wrap(record.key().getBytes(StandardCharsets.UTF_8)));
            byte[] keyBytes = bytesOf(codec.encodeKey(key.connector(), key.partition()));
            assertEquals(record.key(), new String(keyBytes, StandardCharsets.UTF_8));
            ByteBuffer value = record.value() == null ? null : codec.encodeValue(key.connector(),
                    codec.decodeValue(ByteBuffer.wrap(record.value())));
            assertArrayEquals(record.value(), value == null ? null : bytesOf(value));
            assertEquals(record.partition(), partitionOf(keyBytes, InternalTopicSpec.DEFAULT_OFFSETS_PARTITIONS),
                    () -> "partition of " + record.key());
        }
    }
}
