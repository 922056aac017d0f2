/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.sink;

import java.util.concurrent.Future;

/**
 * Lets a sink task hand over a record it could not write, together with the cause, to the connector's dead letter
 * queue. Reported records reach the queue before the offsets that cover them are committed.
 *
 * @since 2.6
 */
public interface ErrantRecordReporter {

    /**
     * Reports a failed record asynchronously; the future completes when the record is written to the dead letter
     * queue, or fails if writing it fails.
     */
    Future<Void> report(SinkRecord record, Throwable error);
}
