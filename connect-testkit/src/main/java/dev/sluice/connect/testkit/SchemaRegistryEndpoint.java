/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

/**
 * Where a test reaches a running schema registry; it cannot stop it.
 *
 * @param url the Confluent-compatible API, the value for {@code schema.registry.url}
 */
public record SchemaRegistryEndpoint(String url) {
}
