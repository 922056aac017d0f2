/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

/** The request itself is wrong (a bad body, a state that forbids the operation): answered with 400. */
public class BadRequestException extends RestException {

    /** A 400 with {@code message}. */
    public BadRequestException(String message) {
        super(400, message);
    }
}
