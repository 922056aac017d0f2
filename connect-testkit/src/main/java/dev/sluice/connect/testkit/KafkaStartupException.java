/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

/**
 * A broker did not come up in time or its JVM exited while starting. The message ends with the tail of the
 * broker's logs, which usually says why.
 */
public class KafkaStartupException extends RuntimeException {

    public KafkaStartupException(String message) {
        super(message);
    }

    public KafkaStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
