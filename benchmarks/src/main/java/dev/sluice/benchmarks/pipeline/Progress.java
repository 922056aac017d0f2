/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.pipeline;

import java.util.Locale;

/**
 * How far a timed run got: the count seen at the first sample that showed any record, the final count, and the
 * nanosecond clock at both. Records already there at the first sample are left out of the rate, since their time is
 * not known.
 */
record Progress(long target, long firstCount, long firstNanos, long lastCount, long lastNanos) {

    static Progress none(long target) {
        return new Progress(target, 0, 0, 0, 0);
    }

    boolean reached() {
        return lastCount >= target;
    }

    double seconds() {
        return (lastNanos - firstNanos) / 1e9;
    }

    double recordsPerSecond() {
        double seconds = seconds();
        return seconds > 0 ? (lastCount - firstCount) / seconds : 0;
    }

    boolean printIfReached() {
        if (!reached()) {
            System.err.println("only " + lastCount + " of " + target + " records seen");
            return false;
        }
        System.out.println(String.format(Locale.ROOT, "records=%d first_sample=%d seconds=%.3f records_per_sec=%.0f",
                lastCount, firstCount, seconds(), recordsPerSecond()));
        return true;
    }
}
