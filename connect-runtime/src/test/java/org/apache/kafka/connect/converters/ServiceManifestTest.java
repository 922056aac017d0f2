/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.converters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.junit.jupiter.api.Test;

/** The bundled converters are discoverable through ServiceLoader manifests, both as converters and header converters. */
class ServiceManifestTest {

    private static final List<String> BUNDLED = List.of("Boolean", "ByteArray", "Double", "Float", "Integer", "Long", "Short")
            .stream().map(t -> "org.apache.kafka.connect.converters." + t + "Converter").collect(Collectors.toList());

    @Test
    void bundledConvertersAreListedAsConverters() {
        Set<String> found = ServiceLoader.load(Converter.class).stream()
                .map(p -> p.type().getName()).collect(Collectors.toSet());
        assertTrue(found.containsAll(BUNDLED), found.toString());
        assertTrue(found.contains("org.apache.kafka.connect.storage.StringConverter"), found.toString());
    }

    @Test
    void bundledConvertersAreListedAsHeaderConverters() {
        Set<String> found = ServiceLoader.load(HeaderConverter.class).stream()
                .map(p -> p.type().getName()).collect(Collectors.toSet());
        assertTrue(found.containsAll(BUNDLED), found.toString());
        assertTrue(found.containsAll(Set.of("org.apache.kafka.connect.storage.StringConverter",
                "org.apache.kafka.connect.storage.SimpleHeaderConverter")), found.toString());
    }
}
