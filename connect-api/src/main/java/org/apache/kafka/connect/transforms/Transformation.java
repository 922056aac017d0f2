/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import java.io.Closeable;

import org.apache.kafka.common.Configurable;
import org.apache.kafka.connect.components.ConnectPlugin;
import org.apache.kafka.connect.connector.ConnectRecord;

/**
 * A single message transformation: maps each record to a new record, or drops it by returning null. Implementations
 * are discovered through {@link java.util.ServiceLoader}.
 *
 * @param <R> the record type it works on
 */
public interface Transformation<R extends ConnectRecord<R>> extends Configurable, Closeable, ConnectPlugin {

    /**
     * Returns the transformed record (possibly the same instance) or null to drop it. Must be thread-safe and must not
     * mutate anything reachable from the input (headers, structs, lists, maps); build a new record instead.
     */
    R apply(R record);

    /** Placeholder version reported when a transformation does not declare its own. */
    @Override
    default String version() {
        return "undefined";
    }

    /** Releases resources; the instance is not used afterwards. */
    @Override
    void close();
}
