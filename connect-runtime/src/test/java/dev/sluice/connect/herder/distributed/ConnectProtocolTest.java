/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code connect.protocol} values, protocol names and versions as Apache Kafka Connect 4.3.1 has them (observed
 * through its {@code ConnectProtocolCompatibility}, {@code metadataRequest} and {@code DistributedConfig}).
 */
class ConnectProtocolTest {

    @Test
    void settingDefaultsToSessioned() {
        assertEquals(ConnectProtocol.SESSIONED, ConnectProtocol.DEFAULT);
    }

    @Test
    void settingValuesAreReadIgnoringCase() {
        assertEquals(ConnectProtocol.EAGER, ConnectProtocol.fromConfig("eager"));
        assertEquals(ConnectProtocol.EAGER, ConnectProtocol.fromConfig("EAGER"));
        assertEquals(ConnectProtocol.COMPATIBLE, ConnectProtocol.fromConfig("Compatible"));
        assertEquals(ConnectProtocol.SESSIONED, ConnectProtocol.fromConfig("sessioned"));
        assertThrows(IllegalArgumentException.class, () -> ConnectProtocol.fromConfig("cooperative"));
    }

    @Test
    void eagerIsNamedDefaultOnTheWire() {
        assertEquals("default", ConnectProtocol.EAGER.protocolName());
        assertEquals("compatible", ConnectProtocol.COMPATIBLE.protocolName());
        assertEquals("sessioned", ConnectProtocol.SESSIONED.protocolName());
        assertEquals(ConnectProtocol.EAGER, ConnectProtocol.fromProtocolName("default"));
        assertThrows(IllegalArgumentException.class, () -> ConnectProtocol.fromProtocolName("eager"));
    }

    @Test
    void versionsCountFromZero() {
        assertEquals(0, ConnectProtocol.EAGER.version());
        assertEquals(1, ConnectProtocol.COMPATIBLE.version());
        assertEquals(2, ConnectProtocol.SESSIONED.version());
        assertEquals(ConnectProtocol.SESSIONED, ConnectProtocol.fromVersion((short) 2));
        assertThrows(IllegalArgumentException.class, () -> ConnectProtocol.fromVersion((short) 3));
    }

    @Test
    void workersAdvertiseTheirProtocolAndEveryOlderOneNewestFirst() {
        assertEquals(List.of(ConnectProtocol.EAGER), ConnectProtocol.EAGER.advertised());
        assertEquals(List.of(ConnectProtocol.COMPATIBLE, ConnectProtocol.EAGER), ConnectProtocol.COMPATIBLE.advertised());
        assertEquals(List.of(ConnectProtocol.SESSIONED, ConnectProtocol.COMPATIBLE, ConnectProtocol.EAGER),
                ConnectProtocol.SESSIONED.advertised());
    }

    @Test
    void onlyEagerRevokesEverythingBeforeARebalance() {
        assertFalse(ConnectProtocol.EAGER.cooperative());
        assertTrue(ConnectProtocol.COMPATIBLE.cooperative());
        assertTrue(ConnectProtocol.SESSIONED.cooperative());
    }
}
