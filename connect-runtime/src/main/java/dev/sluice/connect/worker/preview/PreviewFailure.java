/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker.preview;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Where and why a preview step failed: a stage of one record (a transformation, a converter) or of the plugin
 * ({@code CONNECTOR_START}, {@code TASK_START}, {@code TASK_POLL}, {@code KAFKA_CONSUME}).
 *
 * @param stage          the step that failed
 * @param executingClass the class that threw, when one stage class is to blame
 * @param message        the exception and its causes, one line each
 * @param trace          the full stack trace
 */
public record PreviewFailure(String stage, String executingClass, String message, String trace) {

    static PreviewFailure of(String stage, Class<?> executingClass, Throwable error) {
        StringBuilder message = new StringBuilder(error.toString());
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append("\ncaused by ").append(cause);
        }
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return new PreviewFailure(stage, executingClass == null ? null : executingClass.getName(),
                message.toString(), trace.toString());
    }
}
