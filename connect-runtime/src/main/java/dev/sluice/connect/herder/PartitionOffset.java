/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import java.util.Map;

/**
 * One committed position of a connector: a source connector's own partition and offset maps, or for a sink
 * {@code {"kafka_topic","kafka_partition"}} and {@code {"kafka_offset"}}. A null offset means "reset".
 */
public record PartitionOffset(Map<String, Object> partition, Map<String, Object> offset) {
}
