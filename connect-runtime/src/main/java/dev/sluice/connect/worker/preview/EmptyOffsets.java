/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import java.util.Collection;
import java.util.Map;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** The offsets of a connector that has never run: a preview of a config that is not created starts from scratch. */
final class EmptyOffsets implements OffsetStorageReader {

    @Override
    public <T> Map<String, Object> offset(Map<String, T> partition) {
        return null;
    }

    @Override
    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
        return Map.of();
    }
}
