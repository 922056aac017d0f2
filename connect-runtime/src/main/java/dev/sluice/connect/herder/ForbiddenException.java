/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import org.apache.kafka.connect.errors.ConnectException;

/** The worker's settings turn the requested operation off; REST answers 403. */
public class ForbiddenException extends ConnectException {

    public ForbiddenException(String message) {
        super(message);
    }
}
