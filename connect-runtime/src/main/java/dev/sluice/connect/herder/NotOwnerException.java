/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * Another worker runs the connector or task this request is about (a plain restart); REST forwards the request to
 * {@link #ownerUrl()}.
 */
public class NotOwnerException extends ConnectException {

    private final String ownerUrl;

    public NotOwnerException(String message, String ownerUrl) {
        super(message);
        this.ownerUrl = ownerUrl;
    }

    /** The REST URL of the worker that runs it. */
    public String ownerUrl() {
        return ownerUrl;
    }
}
