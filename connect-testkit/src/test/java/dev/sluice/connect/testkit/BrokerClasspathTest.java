/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerClasspathTest {

    @Test
    void childClasspathHoldsTheBrokerTheClientsAndTheTestKit() {
        List<String> entries = BrokerClasspath.entries();

        assertTrue(entries.stream().anyMatch(e -> fileName(e).startsWith("kafka_2.13-")), entries::toString);
        assertTrue(entries.stream().anyMatch(e -> fileName(e).startsWith("kafka-clients-")), entries::toString);
        assertTrue(entries.stream().anyMatch(e -> fileName(e).startsWith("log4j-core-")), entries::toString);
        for (String entry : entries) {
            assertTrue(Files.exists(Path.of(entry)), entry + " does not exist");
        }
    }

    @Test
    void childClasspathLeavesOutJUnit() {
        assertTrue(BrokerClasspath.entries().stream().noneMatch(e -> fileName(e).startsWith("junit-")));
    }

    @Test
    void brokerClassesStayOffTheTestClasspath() {
        // Modules using the test kit must not see the broker's classes; this module's tests run the same way.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("kafka.Kafka"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("scala.Option"));
    }

    private static String fileName(String entry) {
        return Path.of(entry).getFileName().toString();
    }
}
