/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import org.apache.kafka.connect.errors.ConnectException;

/** The request itself is wrong (a bad body, a state that forbids the operation); REST answers 400. */
public class BadRequestException extends ConnectException {

    public BadRequestException(String message) {
        super(message);
    }
}
