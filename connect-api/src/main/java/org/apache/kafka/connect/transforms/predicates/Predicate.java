/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.predicates;

import org.apache.kafka.common.Configurable;
import org.apache.kafka.connect.components.ConnectPlugin;
import org.apache.kafka.connect.connector.ConnectRecord;

/**
 * A condition on records, used to apply a transformation only to matching (or, negated, non-matching) records.
 * Implementations are discovered through {@link java.util.ServiceLoader}.
 *
 * @param <R> the record type it works on
 */
public interface Predicate<R extends ConnectRecord<R>> extends Configurable, AutoCloseable, ConnectPlugin {

    /** Placeholder version reported when a predicate does not declare its own. */
    @Override
    default String version() {
        return "undefined";
    }

    /** Whether the record matches. */
    boolean test(R record);

    /** Releases resources; the instance is not used afterwards. */
    @Override
    void close();
}
