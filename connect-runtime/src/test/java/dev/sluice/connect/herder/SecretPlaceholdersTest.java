/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Task configs are stored with the connector's placeholders, never with the secrets they resolve to. */
class SecretPlaceholdersTest {

    private static final Map<String, String> RAW = Map.of("password", "${file:/secrets:db}", "topic", "t");
    private static final Map<String, String> RESOLVED = Map.of("password", "hunter2", "topic", "t");

    @Test
    void aResolvedSecretGoesBackToItsPlaceholder() {
        List<Map<String, String>> stored = SecretPlaceholders.restore(
                List.of(Map.of("password", "hunter2", "topic", "t", "task.class", "T")), RAW, RESOLVED);
        assertEquals(List.of(Map.of("password", "${file:/secrets:db}", "topic", "t", "task.class", "T")), stored);
    }

    @Test
    void aValueTheConnectorChangedIsKeptAsGenerated() {
        List<Map<String, String>> stored = SecretPlaceholders.restore(
                List.of(Map.of("password", "derived-from-hunter2")), RAW, RESOLVED);
        assertEquals(List.of(Map.of("password", "derived-from-hunter2")), stored);
    }
}
