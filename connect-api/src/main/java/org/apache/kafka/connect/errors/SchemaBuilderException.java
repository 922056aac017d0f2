/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.errors;

/**
 * Raised when a {@link org.apache.kafka.connect.data.SchemaBuilder} is used inconsistently, such as setting a property twice.
 */
public class SchemaBuilderException extends DataException {

    public SchemaBuilderException(String message) {
        super(message);
    }

    public SchemaBuilderException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemaBuilderException(Throwable cause) {
        super(cause);
    }
}
