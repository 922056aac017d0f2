/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.concurrent.Future;

/**
 * Somewhere a failure is written to (log, dead letter queue).
 *
 * @param <T> the original record type
 */
public interface ErrorReporter<T> extends AutoCloseable {

    /** Reports one failure; the future completes when the report is durable. */
    Future<?> report(ErrorContext<T> context);

    /** Waits until every report made so far is durable; a sink runner calls it before committing offsets. */
    default void flush() {
    }

    @Override
    default void close() {
    }
}
