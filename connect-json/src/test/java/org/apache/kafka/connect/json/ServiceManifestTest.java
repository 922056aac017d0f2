/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.junit.jupiter.api.Test;

/** JsonConverter is discoverable through ServiceLoader manifests as a converter and as a header converter. */
class ServiceManifestTest {

    @Test
    void jsonConverterIsListedAsConverterAndHeaderConverter() {
        assertTrue(ServiceLoader.load(Converter.class).stream().map(p -> p.type())
                .collect(Collectors.toSet()).contains(JsonConverter.class));
        assertTrue(ServiceLoader.load(HeaderConverter.class).stream().map(p -> p.type())
                .collect(Collectors.toSet()).contains(JsonConverter.class));
    }
}
