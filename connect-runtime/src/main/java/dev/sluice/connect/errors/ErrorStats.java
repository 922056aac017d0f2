/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Running totals of one task's error handling, read by the task metrics. The names follow Apache Kafka Connect's
 * task-error-metrics group.
 */
public final class ErrorStats {

    private final AtomicLong recordFailures = new AtomicLong();
    private final AtomicLong recordErrors = new AtomicLong();
    private final AtomicLong recordsSkipped = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong errorsLogged = new AtomicLong();
    private final AtomicLong deadLetterQueueProduceRequests = new AtomicLong();
    private final AtomicLong deadLetterQueueProduceFailures = new AtomicLong();
    private volatile long lastErrorTimestamp = -1L;

    /** Failed attempts, retries included ({@code total-record-failures}). */
    public long recordFailures() {
        return recordFailures.get();
    }

    /** Records given up on ({@code total-record-errors}). */
    public long recordErrors() {
        return recordErrors.get();
    }

    /** Records dropped under {@code errors.tolerance=all} ({@code total-records-skipped}). */
    public long recordsSkipped() {
        return recordsSkipped.get();
    }

    /** Retries made ({@code total-retries}). */
    public long retries() {
        return retries.get();
    }

    /** {@code total-errors-logged}. */
    public long errorsLogged() {
        return errorsLogged.get();
    }

    /** {@code deadletterqueue-produce-requests}. */
    public long deadLetterQueueProduceRequests() {
        return deadLetterQueueProduceRequests.get();
    }

    /** {@code deadletterqueue-produce-failures}. */
    public long deadLetterQueueProduceFailures() {
        return deadLetterQueueProduceFailures.get();
    }

    /** Wall-clock time of the last record error, -1 if none ({@code last-error-timestamp}). */
    public long lastErrorTimestamp() {
        return lastErrorTimestamp;
    }

    void recordFailure() {
        recordFailures.incrementAndGet();
    }

    void recordError(long nowMs) {
        recordErrors.incrementAndGet();
        lastErrorTimestamp = nowMs;
    }

    void recordSkipped() {
        recordsSkipped.incrementAndGet();
    }

    void recordRetry() {
        retries.incrementAndGet();
    }

    void recordErrorLogged() {
        errorsLogged.incrementAndGet();
    }

    void recordDeadLetterQueueProduceRequest() {
        deadLetterQueueProduceRequests.incrementAndGet();
    }

    void recordDeadLetterQueueProduceFailure() {
        deadLetterQueueProduceFailures.incrementAndGet();
    }
}
