/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.errors;

/**
 * One stage's work for one record.
 *
 * @param <V> the stage's result
 */
@FunctionalInterface
public interface Operation<V> {
    V call() throws Exception;
}
