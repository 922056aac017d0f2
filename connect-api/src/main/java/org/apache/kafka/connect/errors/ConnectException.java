/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.errors;

/**
 * The root of every exception Kafka Connect raises; unchecked, like every Kafka exception.
 */
public class ConnectException extends org.apache.kafka.common.KafkaException {

    public ConnectException(String message) {
        super(message);
    }

    public ConnectException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConnectException(Throwable cause) {
        super(cause);
    }
}
