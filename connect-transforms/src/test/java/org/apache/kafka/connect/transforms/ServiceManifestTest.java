/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.connect.transforms.predicates.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The worker finds our transforms and predicates through ServiceLoader manifests, as it finds Apache's, so that
 * {@code plugin.discovery=service_load} lists the same plugins for Sluice's jar as for Apache's.
 */
class ServiceManifestTest {

    @Test
    @SuppressWarnings("rawtypes")
    void everyTransformationUsersCanNameIsInTheManifest() {
        Set<String> found = new TreeSet<>();
        for (ServiceLoader.Provider<Transformation> provider : ServiceLoader.load(Transformation.class).stream().toList()) {
            found.add(provider.type().getName());
        }
        Set<String> expected = new TreeSet<>();
        for (String name : Set.of("Cast", "ExtractField", "Flatten", "HeaderFrom", "HoistField", "InsertField",
                "MaskField", "ReplaceField", "SetSchemaMetadata", "TimestampConverter")) {
            expected.add("org.apache.kafka.connect.transforms." + name + "$Key");
            expected.add("org.apache.kafka.connect.transforms." + name + "$Value");
        }
        for (String name : Set.of("DropHeaders", "Filter", "InsertHeader", "RegexRouter", "TimestampRouter", "ValueToKey")) {
            expected.add("org.apache.kafka.connect.transforms." + name);
        }
        assertEquals(expected, found);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void everyPredicateIsInTheManifest() {
        Set<String> found = new TreeSet<>();
        for (ServiceLoader.Provider<Predicate> provider : ServiceLoader.load(Predicate.class).stream().toList()) {
            found.add(provider.type().getName());
        }
        assertEquals(Set.of("org.apache.kafka.connect.transforms.predicates.HasHeaderKey",
                "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone",
                "org.apache.kafka.connect.transforms.predicates.TopicNameMatches"), found);
    }
}
