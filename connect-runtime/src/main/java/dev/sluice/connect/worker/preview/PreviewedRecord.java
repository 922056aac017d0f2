/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import java.util.List;
import java.util.Map;

/**
 * One record of a preview. A source's record is shown as it would be written to Kafka: bytes, after the
 * transformations and converters. A sink's record is shown as its task would be handed it: Connect data, after the
 * converters and transformations, with the topic, partition and offset it was read from. A record that a
 * transformation dropped, or that a stage failed on, says so instead.
 *
 * @param sourcePartition a source record's partition, as the task gave it; null for a sink
 * @param sourceOffset    a source record's offset, as the task gave it (never committed by a preview)
 */
public record PreviewedRecord(Outcome outcome, String topic, Integer partition, Long offset, Long timestamp,
                              PreviewedData key, PreviewedData value, List<Header> headers,
                              Map<String, ?> sourcePartition, Map<String, ?> sourceOffset, PreviewFailure failure) {

    /** What became of the record. */
    public enum Outcome {
        /** Through every stage: written (source) or delivered (sink) as shown. */
        CONVERTED,
        /** A transformation (or its predicate) dropped it. */
        DROPPED,
        /** A stage failed on it; {@code failure} says which. */
        FAILED
    }

    /** A header as it would be written (bytes) or delivered (Connect data). */
    public record Header(String key, PreviewedData value) {
    }
}
