/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one policy every task stage runs under. A {@link RetriableException} is retried with backoff until
 * {@code errors.retry.timeout} has passed; a failure that remains is reported to every {@link ErrorReporter}, and
 * then either skipped ({@code errors.tolerance=all}, when {@link Stage#tolerates} allows) or turned into the
 * {@link ConnectException} that fails the task. {@link Error}s are never caught.
 *
 * <p>Exception messages match Apache Kafka Connect's, since users search logs for them.
 *
 * @param <T> the original record type
 */
public final class RetryAndTolerance<T> implements AutoCloseable {

    /** Message of the exception thrown when a tolerable failure meets {@code errors.tolerance=none}. */
    public static final String TOLERANCE_EXCEEDED = "Tolerance exceeded in error handler";
    /** Message of the exception thrown for failures that no tolerance setting covers. */
    public static final String UNHANDLED = "Unhandled exception in error handler";

    private static final Logger log = LoggerFactory.getLogger(RetryAndTolerance.class);

    /** Pauses between retries; package-private so tests can run on a fake clock. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long ms) throws InterruptedException;
    }

    private final ErrorHandlingSettings settings;
    private final ErrorStats stats;
    private final List<ErrorReporter<T>> reporters;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final RetryBackoff backoff;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile boolean stopping;

    /** A policy on the system clock whose retry pauses end early on {@link #triggerStop()}. */
    public RetryAndTolerance(ErrorHandlingSettings settings, ErrorStats stats, List<? extends ErrorReporter<T>> reporters) {
        this(settings, stats, reporters, System::currentTimeMillis, null, bound -> ThreadLocalRandom.current().nextLong(bound));
    }

    RetryAndTolerance(ErrorHandlingSettings settings, ErrorStats stats, List<? extends ErrorReporter<T>> reporters,
                      LongSupplier clock, Sleeper sleeper, LongUnaryOperator randomBelow) {
        this.settings = settings;
        this.stats = stats;
        this.reporters = List.copyOf(reporters);
        this.clock = clock;
        this.sleeper = sleeper != null ? sleeper : ms -> stopRequested.await(ms, TimeUnit.MILLISECONDS);
        this.backoff = new RetryBackoff(settings.retryDelayMaxMs(), randomBelow);
    }

    /**
     * Runs one stage for the record in {@code context}.
     *
     * @return the stage's result, or null when the stage failed and the failure was tolerated; check
     *         {@link ProcessingContext#failed()} to tell that from a stage that returned null
     * @throws ConnectException when the failure is not tolerated; the task should fail
     */
    public <V> V execute(ProcessingContext<T> context, Stage stage, Class<?> executingClass, Operation<V> operation) {
        context.enter(stage, executingClass);
        long deadline = 0L;
        while (true) {
            context.nextAttempt();
            try {
                return operation.call();
            } catch (Exception e) {
                stats.recordFailure();
                if (e instanceof RetriableException && !stopping) {
                    if (context.attempt() == 1) {
                        deadline = retryDeadline();
                    }
                    long pause = pauseBeforeRetry(context.attempt(), deadline);
                    if (pause >= 0 && sleepQuietly(pause)) {
                        stats.recordRetry();
                        continue;
                    }
                }
                context.fail(e);
                return handleFailure(context);
            }
        }
    }

    /**
     * Reports a failure that happened outside {@link #execute}, such as a record a sink task hands to its errant
     * record reporter.
     *
     * @return completes when every reporter has stored the report
     * @throws ConnectException when {@code errors.tolerance=none}
     */
    public Future<Void> executeFailed(ProcessingContext<T> context, Stage stage, Class<?> executingClass, Throwable error) {
        context.enter(stage, executingClass);
        context.fail(error);
        stats.recordFailure();
        Future<Void> reported = report(context);
        if (settings.tolerance() == ToleranceType.NONE) {
            throw new ConnectException(TOLERANCE_EXCEEDED + where(context), error);
        }
        return reported;
    }

    /** Whether the task may keep running after the failures seen so far. */
    public boolean withinToleranceLimits() {
        return settings.tolerance() == ToleranceType.ALL || stats.recordErrors() == 0;
    }

    public ToleranceType toleranceType() {
        return settings.tolerance();
    }

    public ErrorStats stats() {
        return stats;
    }

    /** Waits until every report so far is durable; call before committing offsets past failed records. */
    public void flushReporters() {
        for (ErrorReporter<T> reporter : reporters) {
            reporter.flush();
        }
    }

    /** Stops retrying: a pause in progress ends now and failures from here on are final. */
    public void triggerStop() {
        stopping = true;
        stopRequested.countDown();
    }

    @Override
    public void close() {
        for (ErrorReporter<T> reporter : reporters) {
            try {
                reporter.close();
            } catch (RuntimeException e) {
                log.warn("Failed to close error reporter {}", reporter.getClass().getName(), e);
            }
        }
    }

    private <V> V handleFailure(ProcessingContext<T> context) {
        Throwable error = context.error();
        report(context);
        if (!context.stage().tolerates(error)) {
            throw new ConnectException(UNHANDLED + where(context), error);
        }
        if (settings.tolerance() == ToleranceType.NONE) {
            throw new ConnectException(TOLERANCE_EXCEEDED + where(context), error);
        }
        stats.recordSkipped();
        return null;
    }

    /**
     * Which record failed where, appended to Apache's message (whose start log alerts match) so that the failed
     * task's trace tells which record to look at: a consumed record by its coordinates, a source record by its
     * topic and source position. Never the record's contents.
     */
    private static String where(ProcessingContext<?> context) {
        String stage = " (stage " + context.stage() + (context.executingClass() == null ? ""
                : ", class " + context.executingClass().getName()) + ")";
        if (context.original() instanceof ConsumerRecord<?, ?> consumed) {
            return " at the record of topic '" + consumed.topic() + "', partition " + consumed.partition()
                    + ", offset " + consumed.offset() + stage;
        }
        if (context.original() instanceof SourceRecord source) {
            return " at the record for topic '" + source.topic() + "' from source partition "
                    + source.sourcePartition() + ", offset " + source.sourceOffset() + stage;
        }
        return stage;
    }

    private Future<Void> report(ProcessingContext<T> context) {
        stats.recordError(clock.getAsLong());
        ErrorContext<T> snapshot = context.snapshot();
        List<Future<?>> futures = new ArrayList<>(reporters.size());
        for (ErrorReporter<T> reporter : reporters) {
            futures.add(reporter.report(snapshot));
        }
        return new AllReported(futures);
    }

    private long retryDeadline() {
        if (settings.retriesForever()) {
            return Long.MAX_VALUE;
        }
        return clock.getAsLong() + settings.retryTimeoutMs();
    }

    /** The pause before the next attempt, or -1 when the retry budget is spent. */
    private long pauseBeforeRetry(int failedAttempts, long deadline) {
        if (settings.retryTimeoutMs() == 0) {
            return -1;
        }
        long remaining = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - clock.getAsLong();
        if (remaining <= 0) {
            return -1;
        }
        return backoff.delayMs(failedAttempts, remaining);
    }

    /** @return false when interrupted or stopped, so the failure becomes final */
    private boolean sleepQuietly(long ms) {
        try {
            if (ms > 0) {
                sleeper.sleep(ms);
            }
            return !stopping;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return "RetryAndTolerance{retryTimeoutMs=" + settings.retryTimeoutMs()
                + ", retryDelayMaxMs=" + settings.retryDelayMaxMs()
                + ", tolerance=" + settings.tolerance()
                + ", recordErrors=" + stats.recordErrors() + '}';
    }
}
