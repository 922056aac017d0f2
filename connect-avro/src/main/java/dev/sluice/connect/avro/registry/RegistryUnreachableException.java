/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.avro.registry;

/** None of the registry's URLs answered. */
public class RegistryUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistryUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
