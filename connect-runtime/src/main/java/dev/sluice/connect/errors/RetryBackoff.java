/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.function.LongUnaryOperator;

/**
 * The pause before each retry: doubling from {@link #INITIAL_DELAY_MS}; once doubling would pass
 * {@code errors.retry.delay.max.ms}, a random pause below that cap so that tasks failing together do not retry in
 * lock step. Never past the retry deadline.
 */
final class RetryBackoff {

    /** The first pause, as in Apache Kafka Connect. */
    static final long INITIAL_DELAY_MS = 300L;

    private final long maxDelayMs;
    private final LongUnaryOperator randomBelow;

    RetryBackoff(long maxDelayMs, LongUnaryOperator randomBelow) {
        this.maxDelayMs = maxDelayMs;
        this.randomBelow = randomBelow;
    }

    /**
     * @param failedAttempts attempts made so far (1 after the first failure)
     * @param remainingMs time left before the retry deadline, or {@link Long#MAX_VALUE} without one
     */
    long delayMs(int failedAttempts, long remainingMs) {
        long delay = exponential(failedAttempts);
        if (delay > maxDelayMs) {
            delay = maxDelayMs <= 0 ? 0 : randomBelow.applyAsLong(maxDelayMs);
        }
        return Math.min(delay, remainingMs);
    }

    private static long exponential(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 40) {
            return Long.MAX_VALUE;
        }
        return INITIAL_DELAY_MS << doublings;
    }
}
