/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

/**
 * Where one record is in its pipeline: the original record, the stage and class currently running it, and how the
 * last stage ended. A runner may keep one instance per task and {@link #reset} it for every record, so the success
 * path allocates nothing.
 *
 * @param <T> the original record type: the consumed {@code ConsumerRecord<byte[], byte[]>} for sinks, the
 *            {@code SourceRecord} for sources
 */
public final class ProcessingContext<T> {

    private T original;
    private Stage stage;
    private Class<?> executingClass;
    private int attempt;
    private Throwable error;

    public ProcessingContext(T original) {
        this.original = original;
    }

    /** Starts over for another record. */
    public ProcessingContext<T> reset(T newOriginal) {
        this.original = newOriginal;
        this.stage = null;
        this.executingClass = null;
        this.attempt = 0;
        this.error = null;
        return this;
    }

    public T original() {
        return original;
    }

    public Stage stage() {
        return stage;
    }

    public Class<?> executingClass() {
        return executingClass;
    }

    /** How many times the current stage has been tried. */
    public int attempt() {
        return attempt;
    }

    /** The failure of the last stage, or null. */
    public Throwable error() {
        return error;
    }

    /** Whether a stage failed for this record; a runner drops the record when it did. */
    public boolean failed() {
        return error != null;
    }

    void enter(Stage newStage, Class<?> newExecutingClass) {
        this.stage = newStage;
        this.executingClass = newExecutingClass;
        this.attempt = 0;
    }

    void nextAttempt() {
        attempt++;
    }

    void fail(Throwable failure) {
        this.error = failure;
    }

    /** A snapshot for reporters, taken only when something failed. */
    ErrorContext<T> snapshot() {
        return new ErrorContext<>(original, stage, executingClass, error, attempt);
    }
}
