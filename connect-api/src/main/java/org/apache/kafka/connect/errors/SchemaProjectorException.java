/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.errors;

/**
 * Raised when a value cannot be projected from its schema onto a target schema.
 */
public class SchemaProjectorException extends DataException {

    public SchemaProjectorException(String message) {
        super(message);
    }

    public SchemaProjectorException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemaProjectorException(Throwable cause) {
        super(cause);
    }
}
