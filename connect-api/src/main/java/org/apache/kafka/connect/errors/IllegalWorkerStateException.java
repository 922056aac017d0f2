/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.errors;

/**
 * Raised when the worker is asked to do something its current state does not allow.
 */
public class IllegalWorkerStateException extends ConnectException {

    public IllegalWorkerStateException(String message) {
        super(message);
    }

    public IllegalWorkerStateException(String message, Throwable cause) {
        super(message, cause);
    }

    public IllegalWorkerStateException(Throwable cause) {
        super(cause);
    }
}
