/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import java.time.Duration;

/**
 * How much a preview may take: at most {@code records} records, gathered for at most {@code timeout}. A source task
 * that has nothing new to read returns nothing; the timeout ends its preview.
 */
public record PreviewLimits(int records, Duration timeout) {

    public static final int DEFAULT_RECORDS = 10;
    public static final int MAX_RECORDS = 1000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);

    public PreviewLimits {
        if (records < 1 || records > MAX_RECORDS) {
            throw new IllegalArgumentException("A preview takes from 1 to " + MAX_RECORDS + " records, not " + records);
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("A preview's timeout is above 0 and at most " + MAX_TIMEOUT.toMillis()
                    + " ms, not " + timeout.toMillis() + " ms");
        }
    }

    public static PreviewLimits defaults() {
        return new PreviewLimits(DEFAULT_RECORDS, DEFAULT_TIMEOUT);
    }
}
