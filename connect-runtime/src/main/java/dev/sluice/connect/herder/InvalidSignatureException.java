/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import org.apache.kafka.connect.errors.ConnectException;

/** An internal request whose signature does not match the session key; REST answers 403. */
public class InvalidSignatureException extends ConnectException {

    public InvalidSignatureException() {
        super("Internal request contained invalid signature.");
    }
}
