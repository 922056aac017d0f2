/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import org.apache.kafka.connect.errors.ConnectException;

/** A failure that carries the HTTP status REST should answer with. */
public class RestException extends ConnectException {

    private final int statusCode;

    /** A failure answered with {@code statusCode} and {@code message}. */
    public RestException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    /** A failure answered with {@code statusCode} and {@code message}, caused by {@code cause}. */
    public RestException(int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** The HTTP status of the answer. */
    public int statusCode() {
        return statusCode;
    }
}
