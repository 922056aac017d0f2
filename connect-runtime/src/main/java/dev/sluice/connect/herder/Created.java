/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

/**
 * The result of a create-or-update request together with whether it created something, so that REST can answer
 * 201 Created rather than 200 OK.
 *
 * @param created true when the request created a new resource
 * @param result  the resource as it now is
 * @param <T>     the resource type
 */
public record Created<T>(boolean created, T result) {
}
