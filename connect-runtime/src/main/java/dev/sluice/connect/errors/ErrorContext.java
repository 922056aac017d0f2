/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

/**
 * One failure, as handed to the reporters.
 *
 * @param original the record being processed when the stage failed
 * @param stage the stage that failed
 * @param executingClass the class running that stage (converter, transformation, task, ...)
 * @param error what the stage threw
 * @param attempts how many times the stage was tried; 0 when a task reported the record itself
 * @param <T> the original record type
 */
public record ErrorContext<T>(T original, Stage stage, Class<?> executingClass, Throwable error, int attempts) {
}
