/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.storage;

import java.util.Collection;
import java.util.Map;

/**
 * Read access to the offsets committed for a source connector, so its tasks can resume where they stopped.
 * Partitions and offsets are maps from strings to primitive values.
 */
public interface OffsetStorageReader {

    /**
     * The committed offset of one source partition, loading it from the backing store if needed.
     *
     * @param partition the source partition
     * @param <T>       the type of the partition's values
     * @return the offset, or null if none was committed
     */
    <T> Map<String, Object> offset(Map<String, T> partition);

    /**
     * The committed offsets of several source partitions at once. Partitions whose offsets cannot be read are
     * left out rather than failing the whole call; only a failure of the entire lookup throws.
     *
     * @param partitions the source partitions
     * @param <T>        the type of the partitions' values
     * @return the offsets by partition
     */
    <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions);
}
