/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import org.apache.kafka.connect.errors.RetriableException;

/**
 * A step of a task's record pipeline. The names are written verbatim into the {@code __connect.errors.stage}
 * dead letter queue header, so they match Apache Kafka Connect's.
 */
public enum Stage {
    TASK_POLL(false),
    TASK_PUT(false),
    TRANSFORMATION(true),
    KEY_CONVERTER(true),
    VALUE_CONVERTER(true),
    HEADER_CONVERTER(true),
    KAFKA_PRODUCE(false),
    KAFKA_CONSUME(false);

    private final boolean anyExceptionTolerable;

    Stage(boolean anyExceptionTolerable) {
        this.anyExceptionTolerable = anyExceptionTolerable;
    }

    /**
     * Whether {@code errors.tolerance=all} may skip a record that failed here with this exception. Converters and
     * transformations only see one record, so any exception is that record's fault; a task's put/poll and the Kafka
     * clients fail for reasons beyond one record, so only retriable exceptions qualify there.
     */
    public boolean tolerates(Throwable error) {
        if (!(error instanceof Exception)) {
            return false;
        }
        return anyExceptionTolerable || error instanceof RetriableException;
    }
}
