/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSpecTest {

    @Test
    void singleBrokerUsesAFreePortAndTemporaryData() {
        ClusterSpec spec = ClusterSpec.singleBroker();

        assertEquals(1, spec.brokerCount());
        assertEquals(0, spec.brokerPort());
        assertNull(spec.dataDirectory());
        assertTrue(spec.persistentDataDirectory().isEmpty());
        assertEquals(ClusterSpec.DEFAULT_STARTUP_TIMEOUT, spec.startupTimeout());
        assertEquals(Map.of(), spec.brokerProperties());
    }

    @Test
    void dataDirectoryIsMadeAbsolute() {
        ClusterSpec spec = ClusterSpec.singleBroker().withDataDirectory(Path.of("data", "kafka"));

        assertTrue(spec.dataDirectory().isAbsolute());
        assertEquals(Path.of("data", "kafka").toAbsolutePath().normalize(), spec.dataDirectory());
    }

    @Test
    void brokerPropertiesAccumulateAndLaterValuesWin() {
        ClusterSpec spec = ClusterSpec.brokers(3)
                .withBrokerProperty("a", "1")
                .withBrokerProperty("b", "2")
                .withBrokerProperty("a", "3");

        assertEquals(Map.of("a", "3", "b", "2"), spec.brokerProperties());
        assertEquals(3, spec.brokerCount());
    }

    @Test
    void fixedPortIsOnlyAllowedForASingleBroker() {
        assertEquals(9092, ClusterSpec.singleBroker().withBrokerPort(9092).brokerPort());
        assertThrows(IllegalArgumentException.class, () -> ClusterSpec.brokers(3).withBrokerPort(9092));
    }

    @Test
    void nonsensicalValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClusterSpec.brokers(0));
        assertThrows(IllegalArgumentException.class, () -> ClusterSpec.singleBroker().withBrokerPort(70000));
        assertThrows(IllegalArgumentException.class,
                () -> ClusterSpec.singleBroker().withStartupTimeout(Duration.ZERO));
    }
}
