/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import dev.sluice.connect.errors.ErrorContext;
import dev.sluice.connect.errors.ErrorHandlingSettings;
import dev.sluice.connect.errors.ErrorReporter;
import dev.sluice.connect.errors.ErrorStats;
import dev.sluice.connect.errors.RetryAndTolerance;
import dev.sluice.connect.errors.ToleranceType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The error policy of a preview: the conversion classes the tasks use, run with every failure tolerated, no retry
 * and no log, and each failure kept here so the preview can say which stage failed on which record. Used by one
 * thread at a time.
 *
 * @param <T> the record type the stages start from
 */
final class CapturedFailures<T> implements ErrorReporter<T> {

    private static final ErrorHandlingSettings TOLERATE_ALL =
            new ErrorHandlingSettings(0L, 0L, ToleranceType.ALL, false, false, "", (short) 3, false);

    private ErrorContext<T> last;

    RetryAndTolerance<T> policy() {
        return new RetryAndTolerance<>(TOLERATE_ALL, new ErrorStats(), List.of(this));
    }

    @Override
    public Future<?> report(ErrorContext<T> context) {
        last = context;
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Runs one record's conversion. A null result means a transformation dropped the record, unless a stage
     * failed on it: then {@code failure} says where.
     */
    <R> Converted<R> convert(Supplier<R> conversion) {
        take();
        try {
            R result = conversion.get();
            return new Converted<>(result, take());
        } catch (RuntimeException e) {
            PreviewFailure reported = take();
            return new Converted<>(null, reported != null ? reported : PreviewFailure.of("CONVERSION", null, e));
        }
    }

    /** A conversion's result, or the failure that stopped it. */
    record Converted<R>(R result, PreviewFailure failure) {

        /** What became of a record that has no result. */
        PreviewedRecord.Outcome missingOutcome() {
            return failure == null ? PreviewedRecord.Outcome.DROPPED : PreviewedRecord.Outcome.FAILED;
        }
    }

    /** The failure reported since the last call, or null. */
    private PreviewFailure take() {
        ErrorContext<T> failed = last;
        last = null;
        return failed == null ? null
                : PreviewFailure.of(failed.stage().name(), failed.executingClass(), failed.error());
    }
}
