/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Waits for herder futures on a REST thread, turning a slow herder into a 500 instead of a hung request and
 * rethrowing the herder's own exception so the exception mapper sees it unwrapped.
 */
public final class HerderCalls {

    /** Apache's message when the herder does not answer in time. */
    public static final String TIMEOUT_MESSAGE = "Request timed out";

    private final Duration timeout;

    /** Waits at most {@code timeout} per request. */
    public HerderCalls(Duration timeout) {
        this.timeout = timeout;
    }

    /** The herder's answer, or its failure rethrown. */
    public <T> T await(CompletableFuture<T> future) {
        return await(future, timeout);
    }

    /** The herder's answer within {@code limit}, or its failure rethrown. */
    public static <T> T await(CompletableFuture<T> future, Duration limit) {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ConnectException(cause);
        } catch (TimeoutException e) {
            throw new RestException(500, TIMEOUT_MESSAGE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while waiting for the herder", e);
        }
    }
}
